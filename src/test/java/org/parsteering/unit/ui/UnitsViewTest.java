package org.parsteering.unit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parsteering.support.KaribuTest;
import org.parsteering.unit.UnitChangeKind;
import org.parsteering.unit.UnitChangeService;
import org.parsteering.unit.UnitDraft;
import org.parsteering.unit.UnitService;
import org.parsteering.unit.UnitType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The Units screen's History tab and its Record-a-change dialog (SPEC 2a). */
@Transactional
class UnitsViewTest extends KaribuTest {

    @Autowired
    UnitService units;

    @Autowired
    UnitChangeService changes;

    private UnitsView open() {
        UI.getCurrent().navigate("tasks");
        UI.getCurrent().navigate("admin/units");
        MockVaadin.clientRoundtrip(false);
        return _get(UnitsView.class);
    }

    private String unit(String prefix) {
        UnitDraft d = new UnitDraft();
        d.setCode(unique(prefix).toUpperCase(java.util.Locale.ROOT));
        d.setName("Xã " + d.getCode());
        d.setType(UnitType.COMMUNE);
        d.setActiveFrom(LocalDate.of(2023, 1, 1));
        return units.create(d).code();
    }

    @Test
    @WithUserDetails("secretary")
    void a_merger_recorded_in_the_dialog_is_listed_on_the_history_tab_and_on_its_units() {
        String a = unit("XA-HA");
        String b = unit("XA-HB");
        String successor = unique("XA-HN").toUpperCase(java.util.Locale.ROOT);
        UnitsView view = open();
        int before = GridKt._size(view.history);

        UnitChangeDialog dialog = view.openChange();
        dialog.kind.setValue(UnitChangeKind.MERGE);
        dialog.date.setValue(LocalDate.of(2024, 5, 1));
        dialog.predecessors.setValue(Set.of(a, b));
        dialog.mode.setValue(UnitChangeDialog.SuccessorMode.NEW);
        dialog.newCode.setValue(successor.toLowerCase(java.util.Locale.ROOT));
        dialog.newName.setValue("Xã Hợp Nhất");
        dialog.newType.setValue(UnitType.COMMUNE);
        dialog.legalBasis.setValue("1678/NQ-UBTVQH15");
        dialog.save.click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(view.history)).isEqualTo(before + 1);
        var row = GridKt._get(view.history, 0);
        assertThat(row.kind()).isEqualTo(UnitChangeKind.MERGE);
        assertThat(row.successor().code()).isEqualTo(successor);
        assertThat(row.predecessors()).extracting(r -> r.code()).containsExactlyInAnyOrder(a, b);
        assertThat(GridKt._getFormattedRow(view.history, 0)).contains("Merger", "1678/NQ-UBTVQH15", "secretary");
        assertThat(view.tabs.getSelectedIndex()).isEqualTo(1);

        // each unit shows where it came from and where it went
        assertThat(view.lineageLines(successor)).singleElement().asString().contains("Merger", a, b);
        assertThat(view.lineageLines(a))
                .singleElement()
                .asString()
                .contains("Closed on", successor, "1678/NQ-UBTVQH15");
    }

    @Test
    @WithUserDetails("secretary")
    void a_broken_rule_shows_on_its_field_keeps_the_entries_and_records_nothing() {
        String a = unit("XA-EA");
        UnitsView view = open();
        int before = changes.history().size();

        UnitChangeDialog dialog = view.openChange();
        dialog.kind.setValue(UnitChangeKind.MERGE);
        dialog.date.setValue(LocalDate.of(2024, 5, 1));
        dialog.predecessors.setValue(Set.of(a));
        dialog.newCode.setValue(unique("XA-EN").toUpperCase(java.util.Locale.ROOT));
        dialog.newName.setValue("Xã Một Mình");
        dialog.newType.setValue(UnitType.COMMUNE);
        dialog.legalBasis.setValue("1678/NQ-UBTVQH15");
        dialog.save.click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.predecessors.isInvalid()).isTrue();
        assertThat(dialog.predecessors.getErrorMessage()).isEqualTo("A merger needs at least two units.");
        assertThat(dialog.legalBasis.isInvalid()).isFalse();
        assertThat(dialog.predecessors.getValue()).containsExactly(a);
        assertThat(dialog.newName.getValue()).isEqualTo("Xã Một Mình");
        assertThat(changes.history()).hasSize(before);
        assertThat(units.findByCode(a).orElseThrow().activeTo()).isNull();

        // a rule of the successor's code goes on the code field, dates in the reader's format
        dialog.predecessors.setValue(Set.of(a, unit("XA-EB")));
        dialog.newCode.setValue("bad code!");
        dialog.save.click();
        assertThat(dialog.newCode.isInvalid()).isTrue();
        assertThat(dialog.newCode.getErrorMessage()).contains("BAD CODE!").contains("hyphens");
        assertThat(dialog.predecessors.isInvalid()).isFalse();
        assertThat(changes.history()).hasSize(before);
    }
}
