package org.parsteering.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.base.BackgroundJobs;
import org.parsteering.base.Role;
import org.parsteering.base.SystemAuthentication;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Outside an HTTP request (a background job, a scheduled run) nothing checks the session, so
 * {@link CurrentUser} itself refuses a user whose account changed after they signed in.
 */
class StaleUserTest extends IntegrationTest {

    @Autowired
    CurrentUser currentUser;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    ProfileService profile;

    @Autowired
    BackgroundJobs jobs;

    @Autowired
    SessionVersions versions;

    String username;

    @BeforeEach
    void createAccount() {
        username = unique("stale");
        UserDraft d = new UserDraft();
        d.setUsername(username);
        d.setDisplayName("Stale Test");
        d.setRole(Role.COMMITTEE);
        SystemAuthentication.run(() -> userAdmin.create(d, "Stale-Pass-2024"));
    }

    private UserSummary summary() {
        return SystemAuthentication.call(() -> userAdmin
                .search(username, null, PageRequest.of(0, 5))
                .getContent()
                .getFirst());
    }

    @Test
    void a_user_demoted_after_sign_in_cannot_act_through_current_user() {
        as(username, () -> {
            assertThat(currentUser.require().role()).isEqualTo(Role.COMMITTEE);
            UserDraft d = UserDraft.edit(summary());
            d.setRole(Role.INSPECTOR);
            SystemAuthentication.run(() -> userAdmin.update(d));
            assertThatThrownBy(currentUser::require).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(currentUser::get).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void a_background_job_started_before_a_lock_is_refused_when_it_asks_who_runs_it() throws Exception {
        as(username, () -> {
            SystemAuthentication.run(() -> userAdmin.lock(summary().id()));
            var job = jobs.submit(() -> currentUser.require().getUsername());
            assertThatThrownBy(() -> job.get(20, TimeUnit.SECONDS)).hasCauseInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void changing_ones_own_password_keeps_the_session_that_changed_it() {
        as(username, () -> {
            ParUser before = currentUser.require();
            profile.changePassword("Stale-Pass-2024", "Fresh-Pass-2024x", "Fresh-Pass-2024x");
            assertThat(versions.isCurrent(before)).as("other sessions end").isFalse();
            ParUser after = currentUser.require();
            assertThat(after.getUsername()).isEqualTo(username);
            assertThat(versions.isCurrent(after)).as("this one is re-stamped").isTrue();
        });
    }
}
