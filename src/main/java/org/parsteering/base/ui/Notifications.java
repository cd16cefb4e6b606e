package org.parsteering.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The two kinds of toast the application shows. */
public final class Notifications {

    private Notifications() {}

    public static void success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(String text) {
        Notification n = new Notification(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
        n.open();
    }
}
