package org.parsteering.dossier;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.parsteering.base.tabular.ImportRejectedException;
import org.parsteering.base.tabular.TabularReader;
import org.parsteering.support.AccessMatrixTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every public method of the dossier feature's services × every role × own unit / other unit: allowed
 * or denied by the services themselves. "Allowed" means security let the call through (a rule may still
 * refuse it with a BusinessException or a row error).
 */
@Transactional
class DossierAccessMatrixTest extends AccessMatrixTest<DossierAccessMatrixTest> {

    static final Map<String, String> ACCOUNTS = demoAccounts("secretary", "committee", "inspector", "head.baison");

    @Autowired
    FigureService figures;

    @Autowired
    ProcedureService procedures;

    @Autowired
    SignatureService signatures;

    @Autowired
    FigureGroupService groups;

    @Autowired
    ProcedureImportService procedureImport;

    @Autowired
    DossierImportService dossierImport;

    @Autowired
    SignatureImportService signatureImport;

    /** A row whose call reaches this test's services. */
    static final class Cell extends AccessMatrixTest.Cell<DossierAccessMatrixTest> {
        Cell(String method, Set<String> allowedRoles, boolean unitScoped, Call<DossierAccessMatrixTest> call) {
            super(method, allowedRoles, unitScoped, call);
        }
    }

    static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    static final LocalDate TO = LocalDate.of(2024, 3, 31);

    static String unit(Scope s) {
        return s == Scope.OWN ? "XA-BAISON" : "XA-BACSON";
    }

    static byte[] csv(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static final String SIGNATURE_CSV = "unit_code,month,documents_issued,documents_signed\n%s,2024-04,10,5\n";

    static final List<Cell> CELLS = List.of(
            new Cell("FigureService.figures", ALL, false, (t, s) -> t.figures.figures(FROM, TO, null, null)),
            new Cell(
                    "FigureService.figures(Structure)",
                    ALL,
                    false,
                    (t, s) -> t.figures.figures(FROM, TO, unit(s), null, org.parsteering.unit.Structure.HISTORICAL)),
            new Cell(
                    "FigureService.lateDossiers",
                    ALL,
                    false,
                    (t, s) -> t.figures.lateDossiers(unit(s), FROM, TO, null, LateKind.ALL, 0, 10)),
            new Cell(
                    "FigureService.lateDossiersOfAllUnits",
                    ALL,
                    false,
                    (t, s) -> t.figures.lateDossiersOfAllUnits(FROM, TO, null, LateKind.ALL, 0, 10)),
            new Cell("FigureService.overduePending", MANAGERS, false, (t, s) -> t.figures.overduePending(5)),
            new Cell("ProcedureService.counts", ALL, false, (t, s) -> t.procedures.counts()),
            new Cell("ProcedureService.search", ALL, false, (t, s) -> t.procedures.search("", 0, 5)),
            new Cell("ProcedureService.count", ALL, false, (t, s) -> t.procedures.count("")),
            new Cell(
                    "SignatureService.matrix",
                    ALL,
                    false,
                    (t, s) -> t.signatures.matrix(YearMonth.of(2024, 1), YearMonth.of(2024, 4))),
            new Cell(
                    "FigureGroupService.groups",
                    ALL,
                    false,
                    (t, s) -> t.groups.groups(t.figures.figures(FROM, TO, null, null))),
            new Cell("FigureGroupService.leagueTypes", ALL, false, (t, s) -> t.groups.leagueTypes()),
            new Cell("FigureGroupService.level", ALL, false, (t, s) -> t.groups.level()),
            new Cell("SignatureService.latestMonth", ALL, false, (t, s) -> t.signatures.latestMonth()),
            new Cell(
                    "SignatureService.save",
                    WRITERS,
                    true,
                    (t, s) -> t.signatures.save(unit(s), YearMonth.of(2024, 4), 10, 5)),
            new Cell(
                    "ProcedureImportService.checkMayImport",
                    MANAGERS,
                    false,
                    (t, s) -> t.procedureImport.checkMayImport()),
            new Cell(
                    "DossierImportService.checkMayImport", MANAGERS, false, (t, s) -> t.dossierImport.checkMayImport()),
            new Cell(
                    "SignatureImportService.checkMayImport",
                    WRITERS,
                    false,
                    (t, s) -> t.signatureImport.checkMayImport()),
            new Cell(
                    "ProcedureImportService.importFile",
                    MANAGERS,
                    false,
                    (t, s) -> t.procedureImport.importFile(
                            csv("procedure_code,name,level,online_level,fee_required\nMX-P,Thử,COMMUNE,FULL,N\n"),
                            "p.csv")),
            new Cell(
                    "ProcedureImportService.importProcedures",
                    MANAGERS,
                    false,
                    (t, s) -> t.procedureImport.importProcedures(TabularReader.read(
                            csv("procedure_code,name,level,online_level,fee_required\nMX-Q,Thử,COMMUNE,FULL,N\n"),
                            "p.csv",
                            ProcedureImportService.FORMAT))),
            new Cell(
                    "DossierImportService.importFile",
                    MANAGERS,
                    false,
                    (t, s) -> t.dossierImport.importFile(csv("x"), "d.csv")),
            new Cell(
                    "DossierImportService.importDossiers",
                    MANAGERS,
                    false,
                    (t, s) -> t.dossierImport.importDossiers(new org.parsteering.base.tabular.TabularFile(
                            DossierImportService.FORMAT.required(), List.of()))),
            new Cell(
                    "SignatureImportService.importFile",
                    WRITERS,
                    true,
                    (t, s) -> t.signatureImport.importFile(csv(SIGNATURE_CSV.formatted(unit(s))), "s.csv")),
            new Cell(
                    "SignatureImportService.importSignatures",
                    WRITERS,
                    true,
                    (t, s) -> t.signatureImport.importSignatures(TabularReader.read(
                            csv(SIGNATURE_CSV.formatted(unit(s))), "s.csv", SignatureImportService.FORMAT))));

    DossierAccessMatrixTest() {
        super(CELLS, ACCOUNTS);
    }

    static Stream<Arguments> cells() {
        return arguments(CELLS, ACCOUNTS);
    }

    @Override
    protected List<Class<?>> services() {
        return List.of(
                FigureService.class,
                FigureGroupService.class,
                ProcedureService.class,
                SignatureService.class,
                ProcedureImportService.class,
                DossierImportService.class,
                SignatureImportService.class);
    }

    /** A unit head's row for another unit is refused as a row error: for this matrix that is "denied". */
    @Override
    protected boolean denies(RuntimeException e) {
        if (e instanceof ImportRejectedException rejected) {
            return rejected.getErrors().stream()
                    .anyMatch(err -> err.messageKey().equals("import.error.notYourUnit"));
        }
        return super.denies(e);
    }
}
