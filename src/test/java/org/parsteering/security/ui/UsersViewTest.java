package org.parsteering.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.parsteering.base.Role;
import org.parsteering.security.UserSummary;
import org.parsteering.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.context.support.WithUserDetails;

class UsersViewTest extends KaribuTest {

    @Autowired
    AuthenticationManager authenticationManager;

    @Test
    @WithUserDetails("secretary")
    void secretary_creates_a_unit_head_who_can_then_sign_in() {
        String username = unique("head.test");
        UI.getCurrent().navigate(UsersView.class);
        MockVaadin.clientRoundtrip(false);
        UsersView view = _get(UsersView.class);
        int before = GridKt._size(view.grid);

        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("user-create"))
                .click();
        UserFormDialog dialog = _get(UserFormDialog.class);
        dialog.username.setValue(username);
        dialog.displayName.setValue("Nguyễn Thị Thử");
        dialog.role.setValue(Role.UNIT_HEAD);
        dialog.unit.setValue("XA-BACSON");
        dialog.password.setValue("Commune-Head-2024");
        dialog.save.click();
        MockVaadin.clientRoundtrip(false);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(view.grid)).isEqualTo(before + 1);

        Authentication auth = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, "Commune-Head-2024"));
        assertThat(auth.isAuthenticated()).isTrue();
        assertThat(auth.getAuthorities())
                .extracting(Object::toString)
                .contains("ROLE_UNIT_HEAD")
                .doesNotContain("ROLE_SECRETARY", "ROLE_COMMITTEE");
        assertThat(((org.parsteering.security.ParUser) auth.getPrincipal()).unitCode())
                .isEqualTo("XA-BACSON");
    }

    @Test
    @WithUserDetails("secretary")
    void a_unit_head_without_unit_is_refused_by_the_form_and_nothing_is_saved() {
        String username = unique("nounit");
        UI.getCurrent().navigate(UsersView.class);
        MockVaadin.clientRoundtrip(false);
        UsersView view = _get(UsersView.class);
        int before = GridKt._size(view.grid);
        view.openForm(new org.parsteering.security.UserDraft());
        UserFormDialog dialog = view.openDialog;
        dialog.username.setValue(username);
        dialog.displayName.setValue("Không Đơn Vị");
        dialog.role.setValue(Role.UNIT_HEAD);
        dialog.password.setValue("Long-enough-2024");
        dialog.save.click();
        MockVaadin.clientRoundtrip(false);

        // Refused by the service's check; the dialog stays open with everything typed still there.
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.username.getValue()).isEqualTo(username);
        view.refresh();
        assertThat(GridKt._size(view.grid)).isEqualTo(before);
    }

    @Autowired
    org.parsteering.security.UserAdminService userAdmin;

    @Test
    @WithUserDetails("secretary")
    void locking_and_unlocking_an_account_name_it_by_its_display_name() {
        String username = unique("toast");
        org.parsteering.security.UserDraft d = new org.parsteering.security.UserDraft();
        d.setUsername(username);
        d.setDisplayName("Lê Thị Khóa");
        d.setRole(Role.INSPECTOR);
        UserSummary user = userAdmin.create(d, "Inspector-Pass-2024");
        UI.getCurrent().navigate(UsersView.class);
        MockVaadin.clientRoundtrip(false);
        UsersView view = _get(UsersView.class);

        ContextMenuKt._clickItemWithCaption(view.actions(user), "Lock");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text", ""))
                .contains("Account Lê Thị Khóa locked.");
        NotificationsKt.clearNotifications();

        UserSummary locked = userAdmin
                .search(username, null, org.springframework.data.domain.PageRequest.of(0, 1))
                .getContent()
                .getFirst();
        ContextMenuKt._clickItemWithCaption(view.actions(locked), "Unlock");
        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text", ""))
                .contains("Account Lê Thị Khóa unlocked.")
                .noneMatch(t -> t.contains(username));
    }
}
