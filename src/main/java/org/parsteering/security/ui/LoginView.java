package org.parsteering.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.parsteering.security.EndedSessionFilter;

/**
 * Sign-in through Spring Security's form login. A failed attempt comes back with {@code ?error}; the
 * message does not say whether the name or the password was wrong, nor whether the account is locked.
 * A session ended because the account was changed comes back with {@code ?expired} and says so.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Paragraph sessionEnded = new Paragraph();

    public LoginView(UserLocale userLocale) {
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());

        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("login-title");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");

        LanguageSelect language = new LanguageSelect(userLocale, null);

        Paragraph hint = new Paragraph(getTranslation("login.help"));
        hint.addClassName("login-help");
        sessionEnded.setText(getTranslation("login.sessionEnded"));
        sessionEnded.addClassName("login-session-ended");
        sessionEnded.getElement().setAttribute("role", "alert");
        sessionEnded.setVisible(false);

        Div card = new Div(title, tagline, sessionEnded, login, hint, language);
        card.addClassName("login-card");
        add(card);
    }

    /** Every text of the login form from the translation files: nothing is left to the component's English. */
    LoginI18n i18n() {
        LoginI18n.Form form = new LoginI18n.Form();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgotPassword"));
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.usernameRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        LoginI18n.Header header = new LoginI18n.Header();
        header.setTitle(getTranslation("app.title"));
        header.setDescription(getTranslation("login.tagline"));
        LoginI18n i18n = new LoginI18n();
        i18n.setHeader(header);
        i18n.setForm(form);
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        login.setError(parameters.containsKey("error"));
        // Sent here because the account was changed after sign-in: by the address, or (when Vaadin reloaded
        // the page itself) by the mark the ended session left on the new one.
        WrappedSession session = VaadinSession.getCurrent() == null
                ? null
                : VaadinSession.getCurrent().getSession();
        boolean marked = session != null && session.getAttribute(EndedSessionFilter.SESSION_ENDED) != null;
        if (marked) {
            session.removeAttribute(EndedSessionFilter.SESSION_ENDED);
        }
        sessionEnded.setVisible(!login.isError() && (marked || parameters.containsKey("expired")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }
}
