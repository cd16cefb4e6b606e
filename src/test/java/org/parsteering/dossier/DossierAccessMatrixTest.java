package org.parsteering.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parsteering.base.BusinessException;
import org.parsteering.base.tabular.TabularReader;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every public method of the dossier feature's services × every role × own unit / other unit: allowed
 * or denied by the services themselves. "Allowed" means security let the call through (a rule may still
 * refuse it with a BusinessException or a row error).
 */
@Transactional
class DossierAccessMatrixTest extends IntegrationTest {

    static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("SECRETARY", "secretary");
        ROLES.put("COMMITTEE", "committee");
        ROLES.put("INSPECTOR", "inspector");
        ROLES.put("UNIT_HEAD", "head.baison");
    }

    enum Scope {
        OWN,
        OTHER
    }

    @Autowired
    FigureService figures;

    @Autowired
    ProcedureService procedures;

    @Autowired
    SignatureService signatures;

    @Autowired
    ProcedureImportService procedureImport;

    @Autowired
    DossierImportService dossierImport;

    @Autowired
    SignatureImportService signatureImport;

    interface Call {
        void run(DossierAccessMatrixTest t, Scope scope);
    }

    record Cell(String method, Set<String> allowedRoles, boolean unitScoped, Call call) {}

    static final Set<String> ALL = Set.of("SECRETARY", "COMMITTEE", "INSPECTOR", "UNIT_HEAD");
    static final Set<String> MANAGERS = Set.of("SECRETARY", "COMMITTEE");
    static final Set<String> WRITERS = Set.of("SECRETARY", "COMMITTEE", "UNIT_HEAD");
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

    static Stream<Arguments> cells() {
        List<Arguments> args = new ArrayList<>();
        for (Cell cell : CELLS) {
            for (String role : ROLES.keySet()) {
                for (Scope scope : Scope.values()) {
                    boolean allowed = cell.allowedRoles().contains(role)
                            && (!cell.unitScoped() || !role.equals("UNIT_HEAD") || scope == Scope.OWN);
                    args.add(Arguments.of(cell.method(), role, scope, allowed));
                }
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0} as {1} on {2} unit: allowed={3}")
    @MethodSource("cells")
    void every_service_method_checks_role_and_unit(String method, String role, Scope scope, boolean allowed) {
        Cell cell = CELLS.stream()
                .filter(c -> c.method().equals(method))
                .findFirst()
                .orElseThrow();
        Throwable denied = null;
        try {
            as(ROLES.get(role), () -> cell.call().run(this, scope));
        } catch (AccessDeniedException e) {
            denied = e;
        } catch (org.parsteering.base.tabular.ImportRejectedException e) {
            // A unit head's row for another unit is refused as a row error: for this matrix that is "denied".
            if (e.getErrors().stream().anyMatch(err -> err.messageKey().equals("import.error.notYourUnit"))) {
                denied = e;
            }
        } catch (BusinessException e) {
            // allowed through security, refused by a rule
        }
        if (allowed) {
            assertThat(denied)
                    .as(method + " as " + role + " on " + scope + " must be allowed")
                    .isNull();
        } else {
            assertThat(denied)
                    .as(method + " as " + role + " on " + scope + " must be denied")
                    .isNotNull();
        }
    }

    @Test
    void the_matrix_covers_every_public_method_of_the_features_services() {
        Set<String> expected = new TreeSet<>();
        for (Class<?> service : List.of(
                FigureService.class,
                ProcedureService.class,
                SignatureService.class,
                ProcedureImportService.class,
                DossierImportService.class,
                SignatureImportService.class)) {
            Arrays.stream(service.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                    .map(Method::getName)
                    .forEach(name -> expected.add(service.getSimpleName() + "." + name));
        }
        assertThat(new TreeSet<>(CELLS.stream().map(Cell::method).toList())).isEqualTo(expected);
    }
}
