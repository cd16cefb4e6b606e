package org.parsteering.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;

/**
 * The two kinds of toast the application shows. A success closes the error toasts still open in the same
 * window: the message of a failed attempt must not linger beside the confirmation that the next one worked.
 */
public final class Notifications {

    private Notifications() {}

    public static void success(String text) {
        closeErrors();
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(String text) {
        Notification n = new Notification(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
        UI ui = UI.getCurrent();
        if (ui != null) {
            List<Notification> open = openErrors(ui);
            open.add(n);
            n.addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    open.remove(n);
                }
            });
        }
        n.open();
    }

    /** Closes the error toasts open in the current window. */
    public static void closeErrors() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            List.copyOf(openErrors(ui)).forEach(Notification::close);
            openErrors(ui).clear();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Notification> openErrors(UI ui) {
        List<Notification> open = (List<Notification>) ComponentUtil.getData(ui, Notifications.class.getName());
        if (open == null) {
            open = new ArrayList<>();
            ComponentUtil.setData(ui, Notifications.class.getName(), open);
        }
        return open;
    }
}
