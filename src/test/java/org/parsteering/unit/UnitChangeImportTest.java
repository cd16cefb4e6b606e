package org.parsteering.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.base.DataVersion;
import org.parsteering.base.Messages;
import org.parsteering.base.tabular.ImportRejectedException;
import org.parsteering.base.tabular.ImportResult;
import org.parsteering.base.tabular.RowError;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * SPEC 2a {@code unit_changes}: the secretary's only; all or nothing with every bad row (line, column, message);
 * each row under the rules of {@link UnitChangeService}, in file order; re-importing changes nothing; a new legal
 * basis updates the change. The units are the test's own, made in its (rolled back) transaction, and the clock
 * stands the day after the mergers of 1 July 2025.
 */
@Transactional
@WithUserDetails("secretary")
class UnitChangeImportTest extends IntegrationTest {

    static final String HEADER =
            "change_date,kind,predecessors,successor_code,successor_name,successor_type,legal_basis\n";
    static final String BASIS = "1678/NQ-UBTVQH15";

    @Autowired
    UnitChangeImportService importService;

    @Autowired
    UnitChangeService changes;

    @Autowired
    UnitService units;

    @Autowired
    DataVersion dataVersion;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void theDayAfterTheMergers() {
        clock.set(Instant.parse("2025-07-02T02:00:00Z"));
    }

    /** New communes of the test, active since 2021; their codes are unique to this run. */
    private List<String> communes(String prefix, int n) {
        String base = unique(prefix).toUpperCase(Locale.ROOT);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = base + "-" + i;
            jdbc.update(
                    "insert into unit (code, name, unit_type, active_from, created_at, updated_at)"
                            + " values (?, ?, 'COMMUNE', date '2021-01-01', current_timestamp, current_timestamp)",
                    code,
                    "Xã thử " + code);
            codes.add(code);
        }
        return codes;
    }

    private ImportResult importCsv(String csv) {
        return importService.importFile((HEADER + csv).getBytes(StandardCharsets.UTF_8), "unit_changes.csv");
    }

    private UnitSummary unit(String code) {
        return units.findByCode(code).orElseThrow();
    }

    private static String row(String date, String kind, List<String> predecessors, String successor, String name) {
        return date + "," + kind + "," + String.join(";", predecessors) + "," + successor + "," + name + ",COMMUNE,"
                + BASIS + "\n";
    }

    /**
     * Runs outside the test's transaction, so that the import's own transaction is the one that rolls back (in a
     * test transaction the rows a good line wrote would still be visible); its units are removed after it.
     */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void a_file_with_bad_rows_writes_nothing_and_reports_every_one_with_its_column() {
        List<String> a = communes("UCA", 6);
        try {
            everyBadRowAndNothingWritten(a);
        } finally {
            a.forEach(code -> jdbc.update("delete from unit where code = ?", code));
        }
    }

    private void everyBadRowAndNothingWritten(List<String> a) {
        String successor = unique("XA-NEW").toUpperCase(Locale.ROOT);
        String token = dataVersion.current();
        String csv = row("2025-07-01", "MERGE", a.subList(0, 2), successor, "Xã Mới") // fine on its own
                + row("2025-13-01", "MERGE", a.subList(2, 4), successor + "B", "Xã B") // unreadable date
                + row("2025-07-01", "MERGE", a.subList(4, 5), successor + "C", "Xã C") // one unit only
                + row("2025-07-01", "MERGE", List.of(a.get(5), "XA-NOWHERE"), successor + "D", "Xã D")
                + row("2025-08-01", "MERGE", a.subList(2, 4), successor + "E", "Xã E") // after today
                + "2025-07-01,SPLIT,,XA-X,,,\n" // unknown kind, no legal basis
                + row("2025-07-01", "MERGE", List.of(a.get(0), a.get(2)), successor + "F", "Xã F"); // a.get(0) twice

        assertThatThrownBy(() -> importCsv(csv))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.getErrors())
                                .extracting(RowError::line, RowError::column, RowError::messageKey)
                                .containsExactly(
                                        tuple(3, "change_date", "import.error.badDate"),
                                        tuple(4, "predecessors", "unit.change.error.mergeNeedsTwo"),
                                        tuple(5, "predecessors", "unit.change.error.unknownUnit"),
                                        tuple(6, "change_date", "unit.change.error.future"),
                                        tuple(7, "kind", "import.error.badEnum"),
                                        tuple(7, "legal_basis", "import.error.required"),
                                        tuple(8, "predecessors", "unit.change.error.alreadyChanged")));

        // nothing written: the good first row is rolled back with the rest
        assertThat(units.findByCode(successor)).isEmpty();
        assertThat(unit(a.get(0)).activeTo()).isNull();
        assertThat(changes.predecessorCodes()).doesNotContainKey(successor);
        assertThat(dataVersion.current()).isEqualTo(token);
    }

    @Test
    void a_row_error_reads_as_a_sentence_in_both_languages() {
        List<String> a = communes("UCM", 1);
        assertThatThrownBy(() -> importCsv(row("2025-07-01", "MERGE", a, "XA-ZZ", "Xã Z")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    RowError err = e.getErrors().getFirst();
                    assertThat(Messages.english(err.messageKey(), err.args().toArray()))
                            .isEqualTo("A merger needs at least two units.");
                    assertThat(Messages.get(
                                    Locale.forLanguageTag("vi"),
                                    err.messageKey(),
                                    err.args().toArray()))
                            .isNotEqualTo(err.messageKey());
                });
    }

    @Test
    void the_same_file_again_changes_nothing_and_a_new_legal_basis_updates_the_change() {
        List<String> a = communes("UCI", 4);
        String s1 = unique("XA-S").toUpperCase(Locale.ROOT);
        String csv = row("2025-07-01", "MERGE", a.subList(0, 2), s1, "Xã Một")
                + "2025-07-01,ABOLISH," + a.get(2) + ",,,," + BASIS + "\n"
                + "2025-07-01,RENAME,," + a.get(3) + ",Xã Đổi Tên,," + BASIS + "\n";

        assertThat(importCsv(csv)).isEqualTo(new ImportResult(3, 0, 0));
        assertThat(unit(s1).activeFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(unit(a.get(0)).activeTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(unit(a.get(2)).activeTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(unit(a.get(3)).name()).isEqualTo("Xã Đổi Tên");
        assertThat(unit(a.get(3)).activeTo()).isNull();
        assertThat(changes.predecessorCodes().get(s1)).containsExactlyElementsOf(a.subList(0, 2));

        String token = dataVersion.current();
        int history = changes.history().size();
        assertThat(importCsv(csv)).isEqualTo(new ImportResult(0, 0, 3));
        assertThat(changes.history()).hasSize(history);
        assertThat(dataVersion.current()).isEqualTo(token);

        String amended = csv.replace(BASIS + "\n", "1678/NQ-UBTVQH15 (sửa đổi)\n");
        assertThat(importCsv(amended)).isEqualTo(new ImportResult(0, 3, 0));
        assertThat(changes.lineage(s1).from())
                .singleElement()
                .satisfies(c -> assertThat(c.legalBasis()).isEqualTo("1678/NQ-UBTVQH15 (sửa đổi)"));
        assertThat(dataVersion.current()).isNotEqualTo(token);
    }

    @Test
    void a_merged_unit_that_carries_on_as_the_successor_stays_open_and_takes_the_new_name() {
        // Bạch Ngọc: Bồi Sơn, Giang Sơn Đông and Giang Sơn Tây merge into Bạch Ngọc, which carries on
        List<String> a = communes("UCB", 4);
        String continuing = a.get(3);
        assertThat(importCsv(row("2025-07-01", "MERGE", a, continuing, "Xã Bạch Ngọc")))
                .isEqualTo(new ImportResult(1, 0, 0));

        assertThat(unit(continuing).activeTo()).isNull();
        assertThat(unit(continuing).name()).isEqualTo("Xã Bạch Ngọc");
        for (String closed : a.subList(0, 3)) {
            assertThat(unit(closed).activeTo()).isEqualTo(LocalDate.of(2025, 6, 30));
            assertThat(changes.lineage(closed).closedBy().successor().code()).isEqualTo(continuing);
        }
        assertThat(changes.predecessorCodes().get(continuing)).containsExactlyElementsOf(a.subList(0, 3));
        assertThat(changes.lineage(continuing).closedBy()).isNull();
    }

    @Test
    void a_later_row_may_change_a_unit_an_earlier_row_created() {
        List<String> a = communes("UCL", 3);
        String s = unique("XA-L").toUpperCase(Locale.ROOT);
        String csv = row("2025-06-01", "MERGE", a.subList(0, 2), s, "Xã Tạm")
                + "2025-07-01,RENAME,," + s + ",Xã Mới Tên,," + BASIS + "\n"
                + "2025-07-01,MERGE," + s + ";" + a.get(2) + "," + a.get(2) + ",,," + BASIS + "\n";
        assertThat(importCsv(csv)).isEqualTo(new ImportResult(3, 0, 0));
        // transitively: the first two count for a.get(2) through s
        assertThat(changes.predecessorCodes().get(a.get(2))).containsExactlyInAnyOrder(a.get(0), a.get(1), s);
        assertThat(unit(s).activeTo()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    /**
     * A file in the shape of the demo's file of Đô Lương (SPEC 8), 22 rows: the communes merge into six communes
     * (one of them carrying on under its own code), the district office is abolished into the province, three
     * departments into a new Department of Home Affairs (one row: the same day, successor and kind are one
     * change), and the other departments are abolished without a successor, one row each.
     */
    @Test
    void a_district_file_of_mergers_and_abolitions_imports_in_one_go_and_again_unchanged() {
        List<String> communes = communes("UCD", 32);
        List<String> offices = communes("UCO", 18);
        String province = unique("TINH-").toUpperCase(Locale.ROOT);
        String homeAffairs = unique("SO-NV").toUpperCase(Locale.ROOT);
        StringBuilder csv = new StringBuilder();
        int[] sizes = {9, 4, 5, 4, 6, 4};
        List<List<String>> groups = new ArrayList<>();
        List<String> successors = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < sizes.length; i++) {
            List<String> group = communes.subList(from, from + sizes[i]);
            String successor = i == 1 ? group.getLast() : unique("XA-NEW" + i).toUpperCase(Locale.ROOT);
            groups.add(group);
            successors.add(successor);
            csv.append(row("2025-07-01", "MERGE", group, successor, "Xã Mới " + i));
            from += sizes[i];
        }
        csv.append("2025-07-01,ABOLISH,%s,%s,UBND tỉnh Nghệ An,PROVINCE,%s\n"
                .formatted(offices.getFirst(), province, BASIS));
        csv.append("2025-07-01,ABOLISH,%s,%s,Sở Nội vụ,DEPARTMENT,%s\n"
                .formatted(String.join(";", offices.subList(1, 4)), homeAffairs, BASIS));
        for (String office : offices.subList(4, 18)) {
            csv.append("2025-07-01,ABOLISH,%s,,,,%s\n".formatted(office, BASIS));
        }
        assertThat(csv.toString().lines().count()).isEqualTo(22);

        assertThat(importCsv(csv.toString())).isEqualTo(new ImportResult(22, 0, 0));
        for (int i = 0; i < sizes.length; i++) {
            List<String> closed = new ArrayList<>(groups.get(i));
            closed.remove(successors.get(i));
            assertThat(changes.predecessorCodes().get(successors.get(i)))
                    .as("successor " + i)
                    .containsExactlyInAnyOrderElementsOf(closed);
        }
        assertThat(changes.predecessorCodes().get(province)).containsExactly(offices.getFirst());
        assertThat(changes.predecessorCodes().get(homeAffairs))
                .containsExactlyInAnyOrderElementsOf(offices.subList(1, 4));
        assertThat(unit(province).type()).isEqualTo(UnitType.PROVINCE);
        assertThat(unit(offices.getLast()).activeTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(changes.lineage(offices.getLast()).closedBy().successor()).isNull();

        assertThat(importCsv(csv.toString())).isEqualTo(new ImportResult(0, 0, 22));
    }

    @Test
    @WithUserDetails("committee")
    void only_the_secretary_imports_unit_changes() {
        assertThatThrownBy(() -> importCsv("")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importService.checkMayImport()).isInstanceOf(AccessDeniedException.class);
    }
}
