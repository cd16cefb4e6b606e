package org.parsteering.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parsteering.dashboard.ui.DashboardView;
import org.parsteering.support.KaribuTest;
import org.springframework.security.test.context.support.WithUserDetails;

class MainLayoutTest extends KaribuTest {

    private List<String> menuPaths() {
        UI.getCurrent().navigate("");
        MockVaadin.clientRoundtrip(false);
        SideNav nav = _get(SideNav.class);
        return nav.getItems().stream().map(SideNavItem::getPath).toList();
    }

    @Test
    @WithUserDetails("secretary")
    void secretary_sees_dashboard_administration_and_profile() {
        assertThat(menuPaths())
                .containsExactly(
                        "",
                        "tasks",
                        "reminders",
                        "dossiers",
                        "procedures",
                        "signatures",
                        "indexes",
                        "reports",
                        "admin/units",
                        "admin/users",
                        "admin/settings",
                        "admin/calendar",
                        "admin/locks",
                        "audit",
                        "profile");
    }

    @Test
    @WithUserDetails("committee")
    void committee_member_does_not_see_administration() {
        assertThat(menuPaths())
                .containsExactly(
                        "",
                        "tasks",
                        "reminders",
                        "dossiers",
                        "procedures",
                        "signatures",
                        "indexes",
                        "reports",
                        "audit",
                        "profile");
    }

    @Test
    @WithUserDetails("inspector")
    void inspector_reads_the_plan_and_the_audit_log() {
        assertThat(menuPaths())
                .containsExactly(
                        "",
                        "tasks",
                        "reminders",
                        "dossiers",
                        "procedures",
                        "signatures",
                        "indexes",
                        "reports",
                        "audit",
                        "profile");
    }

    @Test
    @WithUserDetails("head.baison")
    void unit_head_sees_their_unit_the_plan_and_profile() {
        assertThat(menuPaths())
                .containsExactly(
                        "",
                        "my-unit",
                        "tasks",
                        "reminders",
                        "dossiers",
                        "procedures",
                        "signatures",
                        "indexes",
                        "profile");
    }

    @Test
    @WithUserDetails("head.baison")
    void unit_head_opening_user_administration_gets_the_no_access_page() {
        UI.getCurrent().navigate("admin/users");
        MockVaadin.clientRoundtrip(false);
        NoAccessView page = _get(NoAccessView.class);
        assertThat(page.getElement().getTextRecursively())
                .contains(UI.getCurrent().getTranslation("noaccess.title"));
        assertThat(_find(org.parsteering.security.ui.UsersView.class)).isEmpty();
        // The shell stays around the page, so the user can go back.
        assertThat(_find(SideNav.class)).hasSize(1);
    }

    @Test
    @WithUserDetails("head.noivu")
    void shell_shows_the_users_name_role_and_unit() {
        UI.getCurrent().navigate(DashboardView.class);
        MockVaadin.clientRoundtrip(false);
        String text = _get(MainLayout.class).getElement().getTextRecursively();
        assertThat(text)
                .contains("Phạm Văn Nam")
                .contains(UI.getCurrent().getTranslation("role.UNIT_HEAD"))
                .contains("Phòng Nội vụ");
    }

    @Test
    void anonymous_visitor_cannot_open_the_dashboard() {
        UI.getCurrent().navigate("");
        MockVaadin.clientRoundtrip(false);
        assertThat(_find(DashboardView.class)).isEmpty();
        assertThat(_find(org.parsteering.security.ui.LoginView.class)).hasSize(1);
    }
}
