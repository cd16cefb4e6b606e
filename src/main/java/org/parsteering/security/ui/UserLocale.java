package org.parsteering.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.parsteering.security.CurrentUser;
import org.parsteering.security.ProfileService;
import org.springframework.stereotype.Component;

/**
 * Applies each user's language: the one stored with their account once they are signed in, the one picked
 * on the sign-in page before that, and Vietnamese by default.
 */
@Component
public class UserLocale implements VaadinServiceInitListener {

    static final String SESSION_KEY = "par.locale.applied";

    private final CurrentUser currentUser;
    private final ProfileService profileService;

    UserLocale(CurrentUser currentUser, ProfileService profileService) {
        this.currentUser = currentUser;
        this.profileService = profileService;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            VaadinSession session = e.getUI().getSession();
            Object applied = session.getAttribute(SESSION_KEY);
            var user = currentUser.get();
            if (user.isPresent() && !user.get().getUsername().equals(applied)) {
                session.setLocale(user.get().locale());
                session.setAttribute(SESSION_KEY, user.get().getUsername());
            } else if (user.isEmpty() && session.getAttribute(Locale.class) == null && applied == null) {
                session.setLocale(supported(
                        VaadinService.getCurrentRequest() == null
                                ? null
                                : VaadinService.getCurrentRequest().getLocale()));
            }
            e.getUI().setLocale(session.getLocale());
        });
    }

    /** Switches the current session's language and, when signed in, stores it with the account. */
    public void change(String language) {
        if (currentUser.get().isPresent()) {
            profileService.changeLanguage(language);
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(Locale.forLanguageTag(language));
        }
    }

    /** Only Vietnamese and English exist; anything else reads in Vietnamese. */
    static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }
}
