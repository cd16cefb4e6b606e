package org.parsteering.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.ArrayList;
import java.util.List;
import org.parsteering.plan.TaskStatus;

/** The status and urgency badges and the progress bar shown on cards, rows and the task page. */
final class Badges {

    private Badges() {}

    static Span status(Component c, TaskStatus status) {
        Span s = new Span(c.getTranslation(status.messageKey()));
        s.getElement()
                .getThemeList()
                .add(
                        switch (status) {
                            case NOT_STARTED -> "badge contrast";
                            case IN_PROGRESS -> "badge";
                            case COMPLETED -> "badge warning";
                            case DONE -> "badge success";
                            case CANCELLED -> "badge contrast";
                        });
        s.addClassName("status-badge");
        return s;
    }

    static List<Span> urgency(Component c, boolean overdue, boolean dueSoon, boolean doneLate) {
        List<Span> list = new ArrayList<>();
        if (overdue) {
            list.add(badge(c, "task.badge.overdue", "badge error primary"));
        }
        if (dueSoon) {
            list.add(badge(c, "task.badge.dueSoon", "badge warning primary"));
        }
        if (doneLate) {
            list.add(badge(c, "task.badge.doneLate", "badge error"));
        }
        return list;
    }

    /** The status badge followed by the urgency badges, wrapping. */
    static Div statusAndUrgency(Component c, TaskStatus status, boolean overdue, boolean dueSoon, boolean doneLate) {
        Div d = new Div(status(c, status));
        urgency(c, overdue, dueSoon, doneLate).forEach(d::add);
        d.addClassName("task-badges");
        return d;
    }

    /** A progress bar with its percentage beside it. */
    static Div progress(int percent) {
        ProgressBar bar = new ProgressBar(0, 100, percent);
        bar.setWidth("5rem");
        Div d = new Div(bar, new Span(percent + " %"));
        d.addClassName("progress-box");
        return d;
    }

    private static Span badge(Component c, String key, String theme) {
        Span s = new Span(c.getTranslation(key));
        s.getElement().getThemeList().add(theme);
        s.addClassName("urgency-badge");
        return s;
    }
}
