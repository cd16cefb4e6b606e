package org.parsteering.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.base.Role;
import org.parsteering.base.SystemAuthentication;
import org.parsteering.support.IntegrationTest;
import org.parsteering.support.PasswordCheckGate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** SPEC 7: an account is locked for 15 minutes after 5 failed sign-ins within 15 minutes. */
class LoginLockoutTest extends IntegrationTest {

    static final String PASSWORD = "Correct-Horse-2024";

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    PasswordCheckGate gate;

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

    /** The outcome of one sign-in: the exception it failed with, or null when it got in. */
    private AuthenticationException attempt(String password) {
        try {
            signIn(password);
            return null;
        } catch (AuthenticationException e) {
            return e;
        }
    }

    @Test
    void forty_parallel_sign_ins_cannot_let_the_right_password_in_as_attempt_30() throws Exception {
        // Attempts 1-29 are wrong and are all still in flight (held inside the slow password comparison,
        // where a real attacker's parallel guesses would be) when attempt 30 brings the right password.
        String wrong = "wrong-" + username;
        gate.hold(wrong);
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<Future<AuthenticationException>> wrongOnes = new ArrayList<>();
            for (int i = 0; i < 29; i++) {
                wrongOnes.add(pool.submit(() -> attempt(wrong)));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (gate.checks() + wrongOnes.stream().filter(Future::isDone).count() < 29) {
                assertThat(System.nanoTime()).as("29 attempts under way").isLessThan(deadline);
                Thread.sleep(5);
            }
            Future<AuthenticationException> right = pool.submit(() -> attempt(PASSWORD));
            AuthenticationException thirtieth = right.get(20, TimeUnit.SECONDS);
            for (int i = 0; i < 10; i++) {
                wrongOnes.add(pool.submit(() -> attempt(wrong)));
            }
            gate.release();
            for (Future<AuthenticationException> f : wrongOnes) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isNotNull();
            }

            assertThat(thirtieth)
                    .as("attempt 30 with the right password is refused")
                    .isNotNull();
            assertThat(gate.checks())
                    .as("no more than the allowed 5 guesses ever reach the password comparison")
                    .isLessThanOrEqualTo(5);
            assertThat(summary().status()).isEqualTo(UserSummary.Status.LOCKED_OUT);
            assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(LockedException.class);
        } finally {
            gate.release();
            pool.shutdownNow();
        }
    }
}
