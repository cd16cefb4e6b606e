package org.parsteering.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Conflicts;
import org.parsteering.base.ui.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * One place where failures reach the user (STYLE 4): a broken rule shows its translated message, a
 * concurrent edit asks to reload, a save that lost a race for the same rows (a lock not granted, a
 * deadlock) asks to try again in a moment, a refused call says so, and anything unexpected is logged with a
 * reference the user can quote — never a stack trace on screen.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        String text = describe(ui, event.getThrowable());
        if (ui != null) {
            ui.access(() -> Notifications.error(text));
        }
    }

    String describe(UI ui, Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof BusinessException be) {
                return translate(ui, be.getMessageKey(), be.getArgs());
            }
            if (t instanceof ObjectOptimisticLockingFailureException
                    || t instanceof jakarta.persistence.OptimisticLockException) {
                return translate(ui, "error.concurrentEdit", "?");
            }
            if (Conflicts.isConflict(t)) {
                return translate(ui, Conflicts.MESSAGE_KEY);
            }
            if (t instanceof AccessDeniedException) {
                return translate(ui, "error.accessDenied");
            }
            if (t instanceof ConstraintViolationException cve) {
                return cve.getConstraintViolations().stream()
                        .map(ConstraintViolation::getMessage)
                        .collect(Collectors.joining("; "));
            }
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {}", reference, throwable);
        return translate(ui, "error.unexpected", reference);
    }

    private static String translate(UI ui, String key, Object... args) {
        return ui == null ? key : ui.getTranslation(key, args);
    }
}
