package org.parsteering.reminder.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the user changed reminders, so that the navigation badge counts again. */
public class RemindersChanged extends ComponentEvent<UI> {

    public RemindersChanged(UI source) {
        super(source, false);
    }

    static void fire() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new RemindersChanged(ui));
        }
    }
}
