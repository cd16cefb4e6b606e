package org.parsteering.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.base.Role;
import org.parsteering.base.SystemAuthentication;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** SPEC 7: an account is locked for 15 minutes after 5 failed sign-ins within 15 minutes. */
class LoginLockoutTest extends IntegrationTest {

    static final String PASSWORD = "Correct-Horse-2024";

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    UserAdminService userAdmin;

    String username;

    @BeforeEach
    void createAccount() {
        username = unique("lock");
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setDisplayName("Lock Test");
        draft.setRole(Role.COMMITTEE);
        SystemAuthentication.run(() -> userAdmin.create(draft, PASSWORD));
    }

    private Authentication signIn(String password) {
        return authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private void failTimes(int n) {
        for (int i = 0; i < n; i++) {
            assertThatThrownBy(() -> signIn("wrong-password")).isInstanceOf(BadCredentialsException.class);
            clock.advance(Duration.ofSeconds(30));
        }
    }

    private UserSummary summary() {
        return SystemAuthentication.call(() -> userAdmin
                .search(username, null, org.springframework.data.domain.PageRequest.of(0, 5))
                .getContent()
                .getFirst());
    }

    @Test
    void five_failures_within_15_minutes_lock_the_account_even_for_the_right_password() {
        failTimes(5);
        assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(summary().status()).isEqualTo(UserSummary.Status.LOCKED_OUT);
    }

    @Test
    void the_lock_expires_after_15_minutes() {
        failTimes(5);
        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(2));
        assertThat(signIn(PASSWORD).isAuthenticated()).isTrue();
        assertThat(summary().status()).isEqualTo(UserSummary.Status.ACTIVE);
    }

    @Test
    void four_failures_do_not_lock() {
        failTimes(4);
        assertThat(signIn(PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void failures_spread_over_more_than_15_minutes_do_not_lock() {
        failTimes(3);
        clock.advance(Duration.ofMinutes(16));
        failTimes(2);
        assertThat(signIn(PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_successful_sign_in_resets_the_count() {
        failTimes(4);
        assertThat(signIn(PASSWORD).isAuthenticated()).isTrue();
        failTimes(4);
        assertThat(signIn(PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void the_secretary_sees_the_lock_out_and_can_lift_it() {
        failTimes(5);
        UserSummary locked = summary();
        assertThat(locked.status()).isEqualTo(UserSummary.Status.LOCKED_OUT);
        assertThat(locked.lockedUntil()).isAfter(clock.instant());
        SystemAuthentication.run(() -> userAdmin.unlock(locked.id()));
        assertThat(signIn(PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void an_account_locked_by_the_secretary_cannot_sign_in_until_unlocked() {
        long id = summary().id();
        SystemAuthentication.run(() -> userAdmin.lock(id));
        assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofDays(2));
        assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(LockedException.class);
        SystemAuthentication.run(() -> userAdmin.unlock(id));
        assertThat(signIn(PASSWORD).isAuthenticated()).isTrue();
    }
}
