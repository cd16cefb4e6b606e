package org.parsteering.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.parsteering.base.BusinessException;
import org.parsteering.base.ConcurrentEditException;
import org.parsteering.base.Role;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Account administration rules, called as the real demo users. */
@Transactional
class UserAdminServiceTest extends IntegrationTest {

    @Autowired
    UserAdminService userAdmin;

    private UserSummary find(String username) {
        return userAdmin.search(username, null, PageRequest.of(0, 50)).getContent().stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private UserSummary create(String username, Role role, String unit) {
        UserDraft d = new UserDraft();
        d.setUsername(username);
        d.setDisplayName("Test " + username);
        d.setRole(role);
        d.setUnitCode(unit);
        return userAdmin.create(d, "A-long-password-1");
    }

    private void demote(UserSummary user, Role to) {
        UserDraft d = UserDraft.edit(user);
        d.setRole(to);
        userAdmin.update(d);
    }

    @Test
    @WithUserDetails("secretary")
    void the_last_secretary_cannot_be_demoted_locked_or_deleted() {
        UserSummary secretary = find("secretary");
        assertThatThrownBy(() -> demote(secretary, Role.COMMITTEE))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("user.error.lastSecretary");
        assertThatThrownBy(() -> userAdmin.lock(secretary.id()))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("user.error.lastSecretary");
        assertThatThrownBy(() -> userAdmin.delete(secretary.id()))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("user.error.lastSecretary");
        assertThat(find("secretary").role()).isEqualTo(Role.SECRETARY);
        assertThat(find("secretary").locked()).isFalse();
    }

    @Test
    @WithUserDetails("secretary")
    void a_secretary_can_be_demoted_once_another_active_one_exists() {
        create(unique("sec"), Role.SECRETARY, null);
        demote(find("secretary"), Role.COMMITTEE);
        assertThat(find("secretary").role()).isEqualTo(Role.COMMITTEE);
    }

    @Test
    @WithUserDetails("secretary")
    void a_locked_second_secretary_does_not_count_as_another_secretary() {
        UserSummary other = create(unique("sec"), Role.SECRETARY, null);
        userAdmin.lock(other.id());
        assertThatThrownBy(() -> demote(find("secretary"), Role.INSPECTOR)).isInstanceOf(BusinessException.class);
    }

    @Test
    @WithUserDetails("secretary")
    void a_unit_head_must_have_a_unit() {
        assertThatThrownBy(() -> create(unique("head"), Role.UNIT_HEAD, null))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    @WithUserDetails("secretary")
    void a_closed_or_unknown_unit_cannot_be_given() {
        assertThatThrownBy(() -> create(unique("head"), Role.UNIT_HEAD, "XA-NOWHERE"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("unit.error.notFound");
    }

    @Test
    @WithUserDetails("secretary")
    void usernames_are_unique_and_new_passwords_follow_the_policy() {
        assertThatThrownBy(() -> create("head.baison", Role.INSPECTOR, null))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("user.error.usernameTaken");
        UserDraft d = new UserDraft();
        d.setUsername(unique("short"));
        d.setDisplayName("Short Password");
        d.setRole(Role.INSPECTOR);
        assertThatThrownBy(() -> userAdmin.create(d, "Short-1"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("password.error.tooShort");
    }

    @Test
    @WithUserDetails("secretary")
    void the_secretary_changes_role_and_unit_and_a_stale_edit_is_refused() {
        UserSummary user = create(unique("move"), Role.UNIT_HEAD, "XA-BAISON");
        UserDraft first = UserDraft.edit(user);
        UserDraft second = UserDraft.edit(user);
        first.setUnitCode("XA-BACSON");
        userAdmin.update(first);
        assertThat(find(user.username()).unitCode()).isEqualTo("XA-BACSON");

        second.setRole(Role.COMMITTEE);
        assertThatThrownBy(() -> userAdmin.update(second)).isInstanceOf(ConcurrentEditException.class);
        assertThat(find(user.username()).role()).isEqualTo(Role.UNIT_HEAD);
    }

    @Test
    @WithUserDetails("secretary")
    void reset_password_returns_a_new_password_that_replaces_the_old_one() {
        UserSummary user = create(unique("reset"), Role.INSPECTOR, null);
        String temporary = userAdmin.resetPassword(user.id());
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    @WithUserDetails("committee")
    void a_committee_member_cannot_administer_accounts() {
        assertThatThrownBy(() -> userAdmin.search("", null, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> create(unique("x"), Role.INSPECTOR, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("head.baison")
    void a_unit_head_cannot_administer_accounts() {
        assertThatThrownBy(() -> userAdmin.lock(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userAdmin.resetPassword(1L)).isInstanceOf(AccessDeniedException.class);
    }
}
