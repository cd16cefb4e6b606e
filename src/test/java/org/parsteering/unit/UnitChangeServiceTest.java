package org.parsteering.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of unit changes (SPEC 2a) on units of the test's own, with today moved to 2 July 2025: merges into a
 * new, a continuing and an existing successor, renames, abolitions, the lineage kept flat across two changes,
 * idempotent re-recording, and each refusal leaving everything as it was.
 */
@Transactional
@RecordApplicationEvents
class UnitChangeServiceTest extends IntegrationTest {

    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    private static final String BASIS = "1678/NQ-UBTVQH15";

    @Autowired
    UnitChangeService changes;

    @Autowired
    UnitService units;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    private String p;

    @BeforeEach
    void units() {
        clock.set(Instant.parse("2025-07-02T02:00:00Z"));
        p = unique("UC").toUpperCase(java.util.Locale.ROOT);
        for (String s : List.of("A", "B", "C", "D", "E")) {
            jdbc.update(
                    "insert into unit (code, name, unit_type, active_from, created_at, updated_at)"
                            + " values (?, ?, 'COMMUNE', '2021-01-01', current_timestamp, current_timestamp)",
                    p + s,
                    "Xã " + s);
        }
    }

    private UnitChangeService.Recorded merge(LocalDate date, String successor, String name, String... codes) {
        return as(
                "secretary",
                () -> changes.record(new UnitChangeRequest(
                        date, UnitChangeKind.MERGE, List.of(codes), successor, name, UnitType.COMMUNE, BASIS)));
    }

    private UnitSummary unit(String code) {
        return as("secretary", () -> units.findByCode(code).orElseThrow());
    }

    private Map<Long, Long> lineage() {
        return as("inspector", () -> changes.currentUnitIds());
    }

    @Test
    void a_merger_into_a_new_unit_closes_the_predecessors_the_day_before_and_maps_them_to_the_successor() {
        var recorded = merge(JULY_1, p + "N", "Xã Mới", p + "A", p + "B");

        assertThat(recorded.outcome()).isEqualTo(UnitChangeService.Outcome.CREATED);
        assertThat(unit(p + "A").activeTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(unit(p + "B").activeTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        UnitSummary successor = unit(p + "N");
        assertThat(successor.activeFrom()).isEqualTo(JULY_1);
        assertThat(successor.name()).isEqualTo("Xã Mới");
        assertThat(lineage())
                .containsEntry(unit(p + "A").id(), successor.id())
                .containsEntry(unit(p + "B").id(), successor.id())
                .doesNotContainKey(successor.id());
        assertThat(as("inspector", () -> changes.predecessorCodes())).containsEntry(p + "N", List.of(p + "A", p + "B"));
        var lineageOfA = as("inspector", () -> changes.lineage(p + "A"));
        assertThat(lineageOfA.closedBy().successor().code()).isEqualTo(p + "N");
        assertThat(as("inspector", () -> changes.lineage(p + "N")).from())
                .singleElement()
                .satisfies(c -> assertThat(c.legalBasis()).isEqualTo(BASIS));
        assertThat(events.stream(UnitsChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.predecessorCodes()).containsExactlyInAnyOrder(p + "A", p + "B");
            assertThat(e.successorId()).isEqualTo(successor.id());
            assertThat(e.kind()).isEqualTo(UnitChangeKind.MERGE);
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_type = 'UNIT_CHANGE' and entity_key = ?",
                        Long.class,
                        "2025-07-01 MERGE " + p + "N"))
                .as("the change's audit rows")
                .isPositive();
    }

    @Test
    void a_second_merger_keeps_the_lineage_flat_so_the_first_predecessors_count_for_the_last_successor() {
        merge(LocalDate.of(2025, 7, 1), p + "C", null, p + "A", p + "C");
        clock.set(Instant.parse("2026-02-02T02:00:00Z"));
        merge(LocalDate.of(2026, 2, 1), p + "N", "Xã Mới", p + "C", p + "D");

        long n = unit(p + "N").id();
        assertThat(lineage())
                .containsEntry(unit(p + "A").id(), n)
                .containsEntry(unit(p + "C").id(), n)
                .containsEntry(unit(p + "D").id(), n);
        assertThat(unit(p + "C").activeTo()).isEqualTo(LocalDate.of(2026, 1, 31));
    }

    @Test
    void a_successor_listed_among_the_merged_units_carries_on_under_the_new_name() {
        merge(JULY_1, p + "A", "Xã A Mới", p + "A", p + "B");

        UnitSummary a = unit(p + "A");
        assertThat(a.activeTo()).isNull();
        assertThat(a.name()).isEqualTo("Xã A Mới");
        assertThat(lineage()).containsEntry(unit(p + "B").id(), a.id()).doesNotContainKey(a.id());
        assertThat(as("inspector", () -> changes.history()).get(0).predecessors())
                .extracting(UnitChangeSummary.UnitRef::code)
                .containsExactly(p + "B");
    }

    @Test
    void recording_the_same_change_again_changes_nothing_and_a_new_legal_basis_updates_it() {
        merge(JULY_1, p + "N", "Xã Mới", p + "A", p + "B");
        assertThat(merge(JULY_1, p + "N", "Xã Mới", p + "B", p + "A").outcome())
                .isEqualTo(UnitChangeService.Outcome.UNCHANGED);
        var updated = as(
                "secretary",
                () -> changes.record(new UnitChangeRequest(
                        JULY_1,
                        UnitChangeKind.MERGE,
                        List.of(p + "A", p + "B"),
                        p + "N",
                        "Xã Mới",
                        UnitType.COMMUNE,
                        "1678/NQ-UBTVQH15 (sửa)")));
        assertThat(updated.outcome()).isEqualTo(UnitChangeService.Outcome.UPDATED);
        assertThat(updated.change().legalBasis()).isEqualTo("1678/NQ-UBTVQH15 (sửa)");
        assertThat(events.stream(UnitsChanged.class)).hasSize(1);

        assertThatThrownBy(() -> merge(JULY_1, p + "N", "Xã Mới", p + "A", p + "C"))
                .isInstanceOf(UnitChangeException.class)
                .hasFieldOrPropertyWithValue("messageKey", "unit.change.error.keyConflict");
        assertThat(unit(p + "C").activeTo()).isNull();
    }

    @Test
    void a_unit_is_a_predecessor_in_one_change_only() {
        merge(JULY_1, p + "N", "Xã Mới", p + "A", p + "B");
        clock.set(Instant.parse("2025-08-02T02:00:00Z"));
        assertThatThrownBy(() -> merge(LocalDate.of(2025, 8, 1), p + "M", "Xã M", p + "B", p + "C"))
                .isInstanceOf(UnitChangeException.class)
                .hasFieldOrPropertyWithValue("messageKey", "unit.change.error.alreadyChanged")
                .hasFieldOrPropertyWithValue("column", "predecessors");
        assertThat(as("secretary", () -> units.findByCode(p + "M"))).isEmpty();
        assertThat(unit(p + "C").activeTo()).isNull();
    }

    @Test
    void the_change_date_is_after_each_predecessors_start_and_not_after_today() {
        jdbc.update("update unit set active_from = ? where code = ?", JULY_1, p + "B");
        assertThatThrownBy(() -> merge(JULY_1, p + "N", "Xã Mới", p + "A", p + "B"))
                .hasFieldOrPropertyWithValue("messageKey", "unit.change.error.beforeStart")
                .hasFieldOrPropertyWithValue("column", "change_date");
        assertThatThrownBy(() -> merge(LocalDate.of(2025, 7, 3), p + "N", "Xã Mới", p + "A", p + "C"))
                .hasFieldOrPropertyWithValue("messageKey", "unit.change.error.future");
        assertThat(unit(p + "A").activeTo()).isNull();
        assertThat(lineage()).doesNotContainKey(unit(p + "A").id());
    }

    @Test
    void a_merger_needs_two_units_a_successor_and_for_a_new_one_its_name_and_type() {
        assertThatThrownBy(() -> merge(JULY_1, p + "N", "Xã Mới", p + "A"))
                .hasFieldOrPropertyWithValue("messageKey", "unit.change.error.mergeNeedsTwo");
        assertThatThrownBy(() -> merge(JULY_1, null, null, p + "A", p + "B"))
                .hasFieldOrPropertyWithValue("messageKey", "unit.change.error.successorRequired");
        assertThatThrownBy(() -> merge(JULY_1, p + "N", null, p + "A", p + "B"))
                .hasFieldOrPropertyWithValue("messageKey", "unit.change.error.successorNameRequired")
                .hasFieldOrPropertyWithValue("column", "successor_name");
        assertThatThrownBy(() -> merge(JULY_1, p + "N", "Xã Mới", p + "A", p + "A"))
                .hasFieldOrPropertyWithValue("messageKey", "unit.change.error.duplicatePredecessor");
        assertThatThrownBy(() -> merge(JULY_1, p + "N", "Xã Mới", p + "A", "NO-SUCH-UNIT"))
                .hasFieldOrPropertyWithValue("messageKey", "unit.change.error.unknownUnit");
        assertThatThrownBy(() -> as(
                        "secretary",
                        () -> changes.record(new UnitChangeRequest(
                                JULY_1, UnitChangeKind.MERGE, List.of(p + "A", p + "B"), p + "N", "X", null, BASIS))))
                .hasFieldOrPropertyWithValue("messageKey", "unit.change.error.successorTypeRequired");
        assertThatThrownBy(() -> as(
                        "secretary",
                        () -> changes.record(new UnitChangeRequest(
                                JULY_1,
                                UnitChangeKind.MERGE,
                                List.of(p + "A", p + "B"),
                                p + "N",
                                "X",
                                UnitType.COMMUNE,
                                " "))))
                .hasFieldOrPropertyWithValue("messageKey", "unit.change.error.legalBasisRequired");
        assertThat(unit(p + "A").activeTo()).isNull();
    }

    @Test
    void an_existing_successor_must_be_active_on_the_change_date() {
        jdbc.update("update unit set active_to = '2025-05-31' where code = ?", p + "E");
        assertThatThrownBy(() -> merge(JULY_1, p + "E", null, p + "A", p + "B"))
                .hasFieldOrPropertyWithValue("messageKey", "unit.change.error.successorInactive");
    }

    @Test
    void an_abolition_closes_its_units_with_or_without_a_successor_that_takes_over() {
        as(
                "secretary",
                () -> changes.record(new UnitChangeRequest(
                        JULY_1, UnitChangeKind.ABOLISH, List.of(p + "A", p + "B"), p + "E", null, null, BASIS)));
        as(
                "secretary",
                () -> changes.record(new UnitChangeRequest(
                        JULY_1, UnitChangeKind.ABOLISH, List.of(p + "C"), null, null, null, BASIS)));

        assertThat(lineage())
                .containsEntry(unit(p + "A").id(), unit(p + "E").id())
                .containsEntry(unit(p + "B").id(), unit(p + "E").id())
                .doesNotContainKey(unit(p + "C").id());
        assertThat(unit(p + "C").activeTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        // the abolition without successor, recorded again, is the same change
        assertThat(as(
                                "secretary",
                                () -> changes.record(new UnitChangeRequest(
                                        JULY_1, UnitChangeKind.ABOLISH, List.of(p + "C"), null, null, null, BASIS)))
                        .outcome())
                .isEqualTo(UnitChangeService.Outcome.UNCHANGED);
        assertThatThrownBy(() -> as(
                        "secretary",
                        () -> changes.record(new UnitChangeRequest(
                                JULY_1, UnitChangeKind.ABOLISH, List.of(p + "D"), p + "D", null, null, BASIS))))
                .hasFieldOrPropertyWithValue("messageKey", "unit.change.error.successorAbolished");
    }

    @Test
    void a_renaming_keeps_the_code_and_records_the_former_name() {
        var recorded = as(
                "secretary",
                () -> changes.record(new UnitChangeRequest(
                        JULY_1, UnitChangeKind.RENAME, List.of(), p + "A", "Phường A", UnitType.WARD, BASIS)));

        assertThat(recorded.change().oldName()).isEqualTo("Xã A");
        assertThat(unit(p + "A").name()).isEqualTo("Phường A");
        assertThat(unit(p + "A").activeTo()).isNull();
        assertThat(lineage()).doesNotContainKey(unit(p + "A").id());
        assertThat(events.stream(UnitsChanged.class)).isEmpty();
        assertThatThrownBy(() -> as(
                        "secretary",
                        () -> changes.record(new UnitChangeRequest(
                                JULY_1, UnitChangeKind.RENAME, List.of(p + "B"), p + "A", "X", null, BASIS))))
                .hasFieldOrPropertyWithValue("messageKey", "unit.change.error.renameHasPredecessors");
    }

    @Test
    void only_the_secretary_records_changes() {
        for (String user : List.of("committee", "inspector", "head.baison")) {
            assertThatThrownBy(() -> as(
                            user,
                            () -> changes.record(new UnitChangeRequest(
                                    JULY_1,
                                    UnitChangeKind.MERGE,
                                    List.of(p + "A", p + "B"),
                                    p + "N",
                                    "Xã Mới",
                                    UnitType.COMMUNE,
                                    BASIS))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(unit(p + "A").activeTo()).isNull();
    }

    @Test
    void a_unit_closed_by_a_change_cannot_be_reopened_or_deleted() {
        merge(JULY_1, p + "N", "Xã Mới", p + "A", p + "B");
        UnitSummary a = unit(p + "A");
        assertThatThrownBy(() -> as("secretary", () -> units.reactivate(a.code(), a.version())))
                .hasFieldOrPropertyWithValue("messageKey", "unit.error.closedByChange");
        assertThatThrownBy(() -> as("secretary", () -> units.delete(p + "N")))
                .hasFieldOrPropertyWithValue("messageKey", "unit.error.referenced");
        assertThat(unit(p + "A").activeTo()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Autowired
    UnitImportService unitImport;

    @Test
    void neither_an_edit_nor_an_old_units_file_reopens_a_unit_closed_by_a_change() {
        merge(JULY_1, p + "N", "Xã Mới", p + "A", p + "B");
        byte[] old = ("unit_code,name,type,parent_code,active_from,active_to\n" + p + "A,Xã A,COMMUNE,,2021-01-01,\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> as("secretary", () -> unitImport.importFile(old, "units.csv")))
                .isInstanceOfSatisfying(
                        org.parsteering.base.tabular.ImportRejectedException.class,
                        e -> assertThat(e.getErrors())
                                .singleElement()
                                .satisfies(
                                        r -> assertThat(r.messageKey()).isEqualTo("import.error.unitClosedByChange")));
        assertThat(unit(p + "A").activeTo()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void an_earlier_change_recorded_after_a_later_one_still_counts_for_the_unit_of_today() {
        clock.set(Instant.parse("2026-02-02T02:00:00Z"));
        merge(LocalDate.of(2026, 2, 1), p + "M", "Xã M", p + "C", p + "D");
        // the merger of 1 July 2025 into C is entered afterwards (an import of an older file, for example)
        merge(JULY_1, p + "C", null, p + "A", p + "C");

        long m = unit(p + "M").id();
        assertThat(lineage())
                .containsEntry(unit(p + "A").id(), m)
                .containsEntry(unit(p + "C").id(), m);
    }
}
