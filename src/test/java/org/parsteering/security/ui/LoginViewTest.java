package org.parsteering.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parsteering.security.EndedSessionFilter;
import org.parsteering.support.KaribuTest;

/** The login page says why a session ended when the account was changed, in the user's language. */
class LoginViewTest extends KaribuTest {

    private Paragraph notice() {
        return _get(Paragraph.class, spec -> spec.withClasses("login-session-ended"));
    }

    @Test
    void the_login_page_opened_with_expired_says_the_account_was_changed() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("expired", "")));
        MockVaadin.clientRoundtrip(false);
        assertThat(notice().isVisible()).isTrue();
        assertThat(notice().getText())
                .isEqualTo("Your session was ended because your account was changed. Please sign in again.");
    }

    @Test
    void the_message_has_its_vietnamese_translation() {
        assertThat(VaadinService.getCurrent()
                        .getInstantiator()
                        .getI18NProvider()
                        .getTranslation("login.sessionEnded", Locale.forLanguageTag("vi")))
                .isEqualTo("Phiên làm việc của bạn đã kết thúc vì tài khoản của bạn đã được thay đổi."
                        + " Vui lòng đăng nhập lại.");
    }

    @Test
    void a_reload_by_vaadin_after_the_session_ended_shows_the_message_once() {
        // Vaadin reloads the page itself (heartbeat 410): the address has no ?expired, the new session a mark.
        VaadinSession.getCurrent().getSession().setAttribute(EndedSessionFilter.SESSION_ENDED, Boolean.TRUE);
        UI.getCurrent().navigate("login");
        MockVaadin.clientRoundtrip(false);
        assertThat(notice().isVisible()).isTrue();
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(EndedSessionFilter.SESSION_ENDED))
                .isNull();
    }

    @Test
    void the_plain_login_page_shows_no_such_message() {
        UI.getCurrent().navigate("login");
        MockVaadin.clientRoundtrip(false);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("login-session-ended")))
                .as("no visible notice")
                .isEmpty();
    }

    @Test
    void every_text_of_the_login_form_comes_from_the_translations_in_both_languages() {
        UI.getCurrent().navigate("login");
        MockVaadin.clientRoundtrip(false);
        var english = _get(LoginView.class).i18n();
        assertThat(english.getErrorMessage().getUsername()).isEqualTo("Enter your username.");
        assertThat(english.getErrorMessage().getPassword()).isEqualTo("Enter your password.");

        UI.getCurrent().setLocale(Locale.forLanguageTag("vi"));
        UI.getCurrent().navigate("tasks");
        UI.getCurrent().navigate("login");
        MockVaadin.clientRoundtrip(false);
        var vietnamese = _get(LoginView.class).i18n();
        assertThat(vietnamese.getErrorMessage().getUsername()).isEqualTo("Nhập tên đăng nhập.");
        assertThat(vietnamese.getErrorMessage().getPassword()).isEqualTo("Nhập mật khẩu.");
        assertThat(vietnamese.getErrorMessage().getTitle()).isEqualTo("Đăng nhập không thành công");
        assertThat(vietnamese.getForm().getUsername()).isEqualTo("Tên đăng nhập");
        assertThat(vietnamese.getForm().getSubmit()).isEqualTo("Đăng nhập");
        assertThat(vietnamese.getForm().getForgotPassword()).isEqualTo("Quên mật khẩu");
    }
}
