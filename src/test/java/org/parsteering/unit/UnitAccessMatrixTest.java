package org.parsteering.unit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.parsteering.base.tabular.TabularFile;
import org.parsteering.support.AccessMatrixTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every public method of the unit feature's services × every role: units, the unit import, unit changes (SPEC
 * 2a) and their import are the SECRETARY's to change; everyone signed in reads them. No method is limited to a
 * unit head's own unit.
 */
@Transactional
class UnitAccessMatrixTest extends AccessMatrixTest<UnitAccessMatrixTest> {

    static final Map<String, String> ACCOUNTS = demoAccounts("secretary", "committee", "inspector", "head.baison");

    static final Set<String> SECRETARY_ONLY = Set.of(SECRETARY);

    @Autowired
    UnitService units;

    @Autowired
    UnitImportService unitImport;

    @Autowired
    UnitChangeService changes;

    @Autowired
    UnitChangeImportService changeImport;

    /** A row whose call reaches this test's services. */
    static final class Cell extends AccessMatrixTest.Cell<UnitAccessMatrixTest> {
        Cell(String method, Set<String> allowedRoles, Call<UnitAccessMatrixTest> call) {
            super(method, allowedRoles, false, call);
        }
    }

    static byte[] csv(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static UnitDraft newUnit() {
        UnitDraft d = new UnitDraft();
        d.setCode("XA-MATRIX");
        d.setName("Xã Ma Trận");
        d.setType(UnitType.COMMUNE);
        return d;
    }

    static final String CHANGES_HEADER =
            "change_date,kind,predecessors,successor_code,successor_name,successor_type,legal_basis\n";

    static final List<Cell> CELLS = List.of(
            new Cell("UnitService.search", ALL, (t, s) -> t.units.search("", null, true, PageRequest.of(0, 5))),
            new Cell(
                    "UnitService.activeDuring",
                    ALL,
                    (t, s) -> t.units.activeDuring(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31))),
            new Cell("UnitService.byIds", ALL, (t, s) -> t.units.byIds(List.of(1L, 2L))),
            new Cell("UnitService.activeUnits", ALL, (t, s) -> t.units.activeUnits()),
            new Cell("UnitService.findByCode", ALL, (t, s) -> t.units.findByCode("XA-BAISON")),
            new Cell("UnitService.countActiveByType", ALL, (t, s) -> t.units.countActiveByType()),
            new Cell("UnitService.create", SECRETARY_ONLY, (t, s) -> t.units.create(newUnit())),
            new Cell("UnitService.update", SECRETARY_ONLY, (t, s) -> {
                UnitDraft d = UnitDraft.of(
                        t.as("secretary", () -> t.units.findByCode("XA-BACSON").orElseThrow()));
                d.setName("Xã Bắc Sơn (sửa)");
                t.units.update(d);
            }),
            new Cell(
                    "UnitService.deactivate",
                    SECRETARY_ONLY,
                    (t, s) -> t.units.deactivate("XA-NOWHERE", 0, LocalDate.of(2024, 5, 1))),
            new Cell("UnitService.reactivate", SECRETARY_ONLY, (t, s) -> t.units.reactivate("XA-NOWHERE", 0)),
            new Cell("UnitService.delete", SECRETARY_ONLY, (t, s) -> t.units.delete("XA-NOWHERE")),
            // no method security: another feature's service calls it after checking its own caller
            new Cell("UnitService.requireActiveUnit", ALL, (t, s) -> t.units.requireActiveUnit("XA-BAISON")),
            new Cell("UnitImportService.checkMayImport", SECRETARY_ONLY, (t, s) -> t.unitImport.checkMayImport()),
            new Cell(
                    "UnitImportService.importFile",
                    SECRETARY_ONLY,
                    (t, s) -> t.unitImport.importFile(csv("unit_code,name,type\n"), "u.csv")),
            new Cell(
                    "UnitImportService.importUnits",
                    SECRETARY_ONLY,
                    (t, s) ->
                            t.unitImport.importUnits(new TabularFile(UnitImportService.FORMAT.required(), List.of()))),
            new Cell(
                    "UnitChangeService.record",
                    SECRETARY_ONLY,
                    (t, s) -> t.changes.record(new UnitChangeRequest(
                            LocalDate.of(2024, 5, 1),
                            UnitChangeKind.MERGE,
                            List.of("XA-BAISON"),
                            "XA-BAISON",
                            null,
                            null,
                            "1678/NQ-UBTVQH15"))),
            new Cell("UnitChangeService.history", ALL, (t, s) -> t.changes.history()),
            new Cell("UnitChangeService.lineage", ALL, (t, s) -> t.changes.lineage("XA-BAISON")),
            new Cell("UnitChangeService.currentUnitIds", ALL, (t, s) -> t.changes.currentUnitIds()),
            new Cell("UnitChangeService.predecessorCodes", ALL, (t, s) -> t.changes.predecessorCodes()),
            new Cell(
                    "UnitChangeImportService.checkMayImport",
                    SECRETARY_ONLY,
                    (t, s) -> t.changeImport.checkMayImport()),
            new Cell(
                    "UnitChangeImportService.importFile",
                    SECRETARY_ONLY,
                    (t, s) -> t.changeImport.importFile(csv(CHANGES_HEADER), "c.csv")),
            new Cell(
                    "UnitChangeImportService.importUnitChanges",
                    SECRETARY_ONLY,
                    (t, s) -> t.changeImport.importUnitChanges(
                            new TabularFile(UnitChangeImportService.FORMAT.required(), List.of()))));

    UnitAccessMatrixTest() {
        super(CELLS, ACCOUNTS);
    }

    static Stream<Arguments> cells() {
        return arguments(CELLS, ACCOUNTS);
    }

    @Override
    protected List<Class<?>> services() {
        return List.of(
                UnitService.class, UnitImportService.class, UnitChangeService.class, UnitChangeImportService.class);
    }
}
