package org.parsteering.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parsteering.security.UserDraft;
import org.parsteering.security.UserSummary;
import org.parsteering.support.KaribuTest;
import org.parsteering.support.UnitChangeFixture;
import org.parsteering.unit.UnitChangeService;
import org.parsteering.unit.UnitImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Users screen lists the accounts of closed units for the secretary (issue 12): a notice, a filter with their
 * count, a "unit closed" mark, and the edit action that moves an account to the successor.
 */
@Transactional
class ClosedUnitAccountsViewTest extends KaribuTest {

    @Autowired
    UnitImportService unitImport;

    @Autowired
    UnitChangeService changes;

    @Autowired
    JdbcTemplate jdbc;

    private static List<UserSummary> rows(UsersView view) {
        List<UserSummary> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            rows.add(GridKt._get(view.grid, i));
        }
        return rows;
    }

    @Test
    @WithUserDetails("secretary")
    void the_secretary_filters_the_accounts_of_closed_units_and_moves_one_to_the_successor() {
        String p = unique("CV").toUpperCase(Locale.ROOT);
        String a = "XA-" + p + "A";
        String n = "XA-" + p + "N";
        String head = "head." + p.toLowerCase(Locale.ROOT);
        UnitChangeFixture units = new UnitChangeFixture(unitImport, changes, jdbc);
        units.communes(a, "XA-" + p + "B");
        units.head(head, a);
        units.merge(LocalDate.now(clock), n, a, "XA-" + p + "B");

        UI.getCurrent().navigate(UsersView.class);
        MockVaadin.clientRoundtrip(false);
        UsersView view = _get(UsersView.class);
        assertThat(view.closedUnitsNotice.isVisible()).isTrue();
        assertThat(view.closedUnitsNotice.getText()).contains(head);
        assertThat(view.closedUnitsFilter.isVisible()).isTrue();
        assertThat(view.closedUnitsFilter.getLabel()).matches(".+ \\([1-9][0-9]*\\)");

        view.closedUnitsFilter.setValue(true);
        MockVaadin.clientRoundtrip(false);
        List<UserSummary> listed = rows(view);
        assertThat(listed).extracting(UserSummary::username).contains(head).doesNotContain("secretary", "head.noivu");
        UserSummary account = listed.stream()
                .filter(u -> u.username().equals(head))
                .findFirst()
                .orElseThrow();

        UserDraft draft = UserDraft.edit(account);
        view.openForm(draft);
        UserFormDialog dialog = _get(UserFormDialog.class);
        dialog.unit.setValue(n);
        dialog.save.click();
        MockVaadin.clientRoundtrip(false);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(rows(view)).extracting(UserSummary::username).doesNotContain(head);
        assertThat(view.closedUnitsNotice.getText()).doesNotContain(head);
    }
}
