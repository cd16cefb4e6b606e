package org.parsteering.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.provider.Arguments;
import org.parsteering.base.tabular.TabularFile;
import org.parsteering.plan.EvidenceUpload;
import org.parsteering.support.AccessMatrixTest;
import org.parsteering.unit.UnitType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every public method of the index feature's services × every role × own or another unit: the secretary keeps the
 * sets; the committee (and the secretary) open, move and publish rounds and import points; only a unit's head
 * self-assesses, adds evidence, submits and appeals, for their own unit only; only the committee appraises and
 * decides; everyone reads, a unit head only their own unit's scores.
 */
@Transactional
class IndexAccessMatrixTest extends AccessMatrixTest<IndexAccessMatrixTest> {

    static final Map<String, String> ACCOUNTS = demoAccounts("secretary", "committee", "inspector", "head.baison");
    static final Set<String> SECRETARY_ONLY = Set.of(SECRETARY);
    static final Set<String> COMMITTEE_ONLY = Set.of(COMMITTEE);
    static final Set<String> HEADS = Set.of(UNIT_HEAD);

    @Autowired
    IndexSetService sets;

    @Autowired
    IndexSetImportService setImport;

    @Autowired
    AssessmentService rounds;

    @Autowired
    IndexScoreImportService scoreImport;

    @Autowired
    IndexResultService results;

    @Autowired
    IndexReportService reports;

    @Autowired
    JdbcClient jdbc;

    long roundId;
    String ownEvidence;
    String otherEvidence;

    static final class Cell extends AccessMatrixTest.Cell<IndexAccessMatrixTest> {
        Cell(String method, Set<String> allowedRoles, boolean unitScoped, Call<IndexAccessMatrixTest> call) {
            super(method, allowedRoles, unitScoped, call);
        }
    }

    @BeforeEach
    void round() {
        as("secretary", () -> {
            sets.create(new IndexSetDraft(
                    "T-MX",
                    null,
                    "Bộ ma trận",
                    "Matrix set",
                    2024,
                    null,
                    Set.of(UnitType.COMMUNE),
                    BigDecimal.TEN,
                    List.of()));
            setImport.importFile("""
                    set_code,code,parent_code,title,max_points,method,rule
                    T-MX,1,,A,10,MANUAL,
                    T-MX,1.1,1,B,6,MANUAL,
                    T-MX,1.2,1,C,4,IMPORTED,
                    """.getBytes(StandardCharsets.UTF_8), "mx.csv");
            roundId = rounds.open(new RoundDraft(
                            "T-MX",
                            2024,
                            List.of("XA-BAISON", "XA-BACSON"),
                            LocalDate.of(2024, 1, 1),
                            LocalDate.of(2024, 3, 31),
                            LocalDate.of(2024, 5, 31),
                            LocalDate.of(2024, 6, 15),
                            LocalDate.of(2024, 6, 30)))
                    .id();
        });
        ownEvidence = link("XA-BAISON");
        otherEvidence = link("XA-BACSON");
    }

    private String link(String unit) {
        String id = org.parsteering.base.PublicIds.next();
        jdbc.sql("""
                        insert into index_evidence (public_id, score_id, url, size_bytes, added_at, added_by)
                        select :id, s.id, 'https://example.org/e', 0, :now, 't' from index_score s
                        join unit u on u.id = s.unit_id join index_item i on i.id = s.item_id
                        where s.round_id = :round and u.code = :unit and i.code = '1.1'""")
                .param("id", id)
                .param("now", Instant.now())
                .param("round", roundId)
                .param("unit", unit)
                .update();
        return id;
    }

    static String unit(Scope s) {
        return s == Scope.OWN ? "XA-BAISON" : "XA-BACSON";
    }

    long version(Scope s) {
        return as("secretary", () -> rounds.sheet(roundId, unit(s)))
                .lines()
                .getFirst()
                .version();
    }

    long roundVersion() {
        return as("secretary", () -> rounds.round(roundId).orElseThrow()).version();
    }

    static EvidenceUpload pdf() {
        try {
            Path file = Files.createTempFile("mx", ".pdf");
            Files.writeString(file, "%PDF-1.4\n");
            return new EvidenceUpload("mx.pdf", file, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static IndexSetDraft draft(String code) {
        return new IndexSetDraft(
                code, null, "Bộ", "Set", 2024, null, Set.of(UnitType.COMMUNE), BigDecimal.TEN, List.of());
    }

    static final List<Cell> CELLS = List.of(
            new Cell("IndexSetService.sets", ALL, false, (t, s) -> t.sets.sets()),
            new Cell("IndexSetService.set", ALL, false, (t, s) -> t.sets.set("T-MX")),
            new Cell("IndexSetService.items", ALL, false, (t, s) -> t.sets.items("T-MX")),
            new Cell("IndexSetService.roundCount", ALL, false, (t, s) -> t.sets.roundCount("T-MX")),
            new Cell("IndexSetService.create", SECRETARY_ONLY, false, (t, s) -> t.sets.create(draft("T-MX2"))),
            new Cell(
                    "IndexSetService.update", SECRETARY_ONLY, false, (t, s) -> t.sets.update("T-MX", draft("T-MX"), 0)),
            new Cell(
                    "IndexSetService.copyToYear",
                    SECRETARY_ONLY,
                    false,
                    (t, s) -> t.sets.copyToYear("T-MX", "T-MX-2025", 2025)),
            new Cell("IndexSetService.delete", SECRETARY_ONLY, false, (t, s) -> t.sets.delete("T-MX")),
            new Cell(
                    "IndexSetImportService.checkMayImport",
                    SECRETARY_ONLY,
                    false,
                    (t, s) -> t.setImport.checkMayImport()),
            new Cell(
                    "IndexSetImportService.importFile",
                    SECRETARY_ONLY,
                    false,
                    (t, s) -> t.setImport.importFile(csv("set_code,code,title,max_points,method\n"), "s.csv")),
            new Cell(
                    "IndexSetImportService.importIndexSets",
                    SECRETARY_ONLY,
                    false,
                    (t, s) -> t.setImport.importIndexSets(
                            new TabularFile(IndexSetImportService.FORMAT.required(), List.of()))),
            new Cell("IndexSetImportService.export", ALL, false, (t, s) -> t.setImport.export("T-MX")),
            new Cell("IndexSetImportService.exportXlsx", ALL, false, (t, s) -> t.setImport.exportXlsx("T-MX")),
            new Cell("AssessmentService.rounds", ALL, false, (t, s) -> t.rounds.rounds()),
            new Cell("AssessmentService.round", ALL, false, (t, s) -> t.rounds.round(t.roundId)),
            new Cell("AssessmentService.roundsOf", ALL, true, (t, s) -> t.rounds.roundsOf(unit(s))),
            new Cell(
                    "AssessmentService.open",
                    MANAGERS,
                    false,
                    (t, s) -> t.rounds.open(new RoundDraft(
                            "T-MX",
                            2025,
                            List.of(),
                            LocalDate.of(2025, 1, 1),
                            LocalDate.of(2025, 12, 31),
                            LocalDate.of(2025, 12, 31),
                            LocalDate.of(2025, 12, 31),
                            null))),
            new Cell(
                    "AssessmentService.startAppraisal",
                    MANAGERS,
                    false,
                    (t, s) -> t.rounds.startAppraisal(t.roundId, t.roundVersion())),
            new Cell(
                    "AssessmentService.openAppeals",
                    MANAGERS,
                    false,
                    (t, s) -> t.rounds.openAppeals(t.roundId, t.roundVersion())),
            new Cell(
                    "AssessmentService.publish",
                    MANAGERS,
                    false,
                    (t, s) -> t.rounds.publish(t.roundId, t.roundVersion())),
            new Cell("AssessmentService.sheet", ALL, true, (t, s) -> t.rounds.sheet(t.roundId, unit(s))),
            new Cell(
                    "AssessmentService.sheets",
                    Set.of(SECRETARY, COMMITTEE, INSPECTOR),
                    false,
                    (t, s) -> t.rounds.sheets(t.roundId)),
            new Cell(
                    "AssessmentService.selfScore",
                    HEADS,
                    true,
                    (t, s) -> t.rounds.selfScore(t.roundId, unit(s), "1.1", BigDecimal.ONE, null, null, t.version(s))),
            new Cell(
                    "AssessmentService.addEvidenceFile",
                    HEADS,
                    true,
                    (t, s) -> t.rounds.addEvidenceFile(t.roundId, unit(s), "1.1", pdf())),
            new Cell(
                    "AssessmentService.addEvidenceLink",
                    HEADS,
                    true,
                    (t, s) -> t.rounds.addEvidenceLink(t.roundId, unit(s), "1.1", "https://example.org/kh")),
            new Cell(
                    "AssessmentService.removeEvidence",
                    HEADS,
                    true,
                    (t, s) -> t.rounds.removeEvidence(s == Scope.OWN ? t.ownEvidence : t.otherEvidence)),
            // a reader who may not see the unit gets nothing (tested in AssessmentServiceTest), not a denial
            new Cell("AssessmentService.evidenceFile", ALL, false, (t, s) -> t.rounds.evidenceFile(t.ownEvidence)),
            new Cell(
                    "AssessmentService.writeEvidence",
                    ALL,
                    false,
                    (t, s) -> t.rounds.writeEvidence(t.ownEvidence, new ByteArrayOutputStream())),
            new Cell("AssessmentService.submit", HEADS, true, (t, s) -> t.rounds.submit(t.roundId, unit(s))),
            new Cell(
                    "AssessmentService.returnToUnit",
                    MANAGERS,
                    false,
                    (t, s) -> t.rounds.returnToUnit(t.roundId, unit(s), "Bổ sung")),
            new Cell(
                    "AssessmentService.appraise",
                    COMMITTEE_ONLY,
                    false,
                    (t, s) -> t.rounds.appraise(t.roundId, unit(s), "1.1", BigDecimal.ONE, "Lý do", t.version(s))),
            new Cell(
                    "AssessmentService.acceptRemaining",
                    COMMITTEE_ONLY,
                    false,
                    (t, s) -> t.rounds.acceptRemaining(t.roundId, unit(s))),
            new Cell(
                    "AssessmentService.appeal",
                    HEADS,
                    true,
                    (t, s) -> t.rounds.appeal(t.roundId, unit(s), "1.1", "Lý do", t.version(s))),
            new Cell(
                    "AssessmentService.decide",
                    COMMITTEE_ONLY,
                    false,
                    (t, s) ->
                            t.rounds.decide(t.roundId, unit(s), "1.1", true, BigDecimal.ONE, "Ghi chú", t.version(s))),
            // the fixture's round is open: its provisional ranking is not shown to unit heads
            new Cell(
                    "IndexResultService.results",
                    Set.of(SECRETARY, COMMITTEE, INSPECTOR),
                    false,
                    (t, s) -> t.results.results(t.roundId)),
            new Cell(
                    "IndexResultService.committeeIndexes",
                    Set.of(SECRETARY, COMMITTEE, INSPECTOR),
                    false,
                    (t, s) -> t.results.committeeIndexes(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31))),
            new Cell("IndexResultService.unitIndexes", ALL, true, (t, s) -> t.results.unitIndexes(unit(s))),
            new Cell("IndexResultService.latestPublished", ALL, false, (t, s) -> t.results.latestPublished("T-MX")),
            new Cell("IndexResultService.weakest", ALL, true, (t, s) -> t.results.weakest(t.roundId, unit(s), 3)),
            new Cell(
                    "IndexResultService.localityScore",
                    ALL,
                    false,
                    (t, s) -> t.results.localityScore("T-MX", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31))),
            new Cell(
                    "IndexResultService.localityTrend",
                    ALL,
                    false,
                    (t, s) -> t.results.localityTrend("T-MX", 2024, false, LocalDate.of(2024, 5, 15))),
            new Cell(
                    "IndexReportService.xlsx",
                    Set.of(SECRETARY, COMMITTEE, INSPECTOR),
                    false,
                    (t, s) -> t.reports.xlsx(t.roundId, java.util.Locale.ENGLISH)),
            new Cell(
                    "IndexReportService.pdf",
                    Set.of(SECRETARY, COMMITTEE, INSPECTOR),
                    false,
                    (t, s) -> t.reports.pdf(t.roundId, java.util.Locale.ENGLISH)),
            new Cell(
                    "IndexScoreImportService.checkMayImport",
                    MANAGERS,
                    false,
                    (t, s) -> t.scoreImport.checkMayImport()),
            new Cell(
                    "IndexScoreImportService.importFile",
                    MANAGERS,
                    false,
                    (t, s) -> t.scoreImport.importFile(
                            csv("set_code,year,unit_code,item_code,points\nT-MX,2024,XA-BAISON,1.2,3\n"), "p.csv")),
            new Cell(
                    "IndexScoreImportService.importScores",
                    MANAGERS,
                    false,
                    (t, s) -> t.scoreImport.importScores(
                            new TabularFile(IndexScoreImportService.FORMAT.required(), List.of()))));

    IndexAccessMatrixTest() {
        super(CELLS, ACCOUNTS);
    }

    static Stream<Arguments> cells() {
        return arguments(CELLS, ACCOUNTS);
    }

    @Override
    protected List<Class<?>> services() {
        return List.of(
                IndexSetService.class,
                IndexSetImportService.class,
                AssessmentService.class,
                IndexScoreImportService.class,
                IndexResultService.class,
                IndexReportService.class);
    }
}
