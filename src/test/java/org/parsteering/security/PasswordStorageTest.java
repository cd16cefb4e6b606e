package org.parsteering.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Role;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Passwords are never stored in plain text: only DelegatingPasswordEncoder bcrypt hashes. */
@Transactional
class PasswordStorageTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    ProfileService profile;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void demo_passwords_are_stored_as_bcrypt_hashes() {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select username, password_hash from app_user where username in ('secretary','committee','inspector','head.noivu','head.baison')");
        assertThat(rows).hasSize(5);
        for (Map<String, Object> row : rows) {
            String hash = (String) row.get("password_hash");
            assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("Demo@2024");
            assertThat(encoder.matches("Demo@2024", hash)).isTrue();
        }
    }

    @Test
    @WithUserDetails("secretary")
    void a_new_account_password_is_hashed() {
        String username = unique("hash");
        UserDraft d = new UserDraft();
        d.setUsername(username);
        d.setDisplayName("Hash Test");
        d.setRole(Role.INSPECTOR);
        userAdmin.create(d, "Plain-Text-Secret-42");
        String stored =
                jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, username);
        assertThat(stored).startsWith("{bcrypt}").doesNotContain("Plain-Text-Secret-42");
    }

    @Test
    @WithUserDetails("head.noivu")
    void changing_the_own_password_needs_the_current_one_and_ten_characters() {
        assertThatThrownBy(() -> profile.changePassword("wrong", "A-new-password-1", "A-new-password-1"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("password.error.currentWrong");
        assertThatThrownBy(() -> profile.changePassword("Demo@2024", "Short-1", "Short-1"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("password.error.tooShort");
        assertThatThrownBy(() -> profile.changePassword("Demo@2024", "A-new-password-1", "A-new-password-2"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("password.error.mismatch");
        assertThatThrownBy(() -> profile.changePassword("Demo@2024", "my-head.noivu-pw", "my-head.noivu-pw"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("password.error.containsUsername");

        profile.changePassword("Demo@2024", "A-new-password-1", "A-new-password-1");
        String stored =
                jdbc.queryForObject("select password_hash from app_user where username = 'head.noivu'", String.class);
        assertThat(stored).startsWith("{bcrypt}").doesNotContain("A-new-password-1");
        assertThat(encoder.matches("A-new-password-1", stored)).isTrue();
        assertThat(encoder.matches("Demo@2024", stored)).isFalse();
    }

    @Test
    @WithUserDetails("inspector")
    void language_is_stored_with_the_account_and_only_english_or_vietnamese() {
        profile.changeLanguage("en");
        assertThat(profile.me().locale()).isEqualTo("en");
        assertThatThrownBy(() -> profile.changeLanguage("fr")).isInstanceOf(BusinessException.class);
    }
}
