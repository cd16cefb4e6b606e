package org.parsteering.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.audit.AuditService;
import org.parsteering.base.BusinessException;
import org.parsteering.base.ConcurrentEditException;
import org.parsteering.dossier.FigureCounts;
import org.parsteering.dossier.FigureService;
import org.parsteering.plan.EvidenceUpload;
import org.parsteering.support.IntegrationTest;
import org.parsteering.unit.UnitType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round from opening to publication (SPEC 3a): self-assessment by the unit's head only, points within range,
 * evidence or a reason, submission that freezes the unit's scores; appraisal by the committee, never of their own
 * unit, with a reason for a change; one appeal and its decision; imported points; publication that freezes the
 * computed points (read through FigureService) and the final points, after which nothing changes.
 */
@Transactional
class AssessmentServiceTest extends IntegrationTest {

    static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    static final LocalDate TO = LocalDate.of(2024, 3, 31);

    @Autowired
    IndexSetService sets;

    @Autowired
    IndexSetImportService setImport;

    @Autowired
    AssessmentService rounds;

    @Autowired
    IndexScoreImportService scoreImport;

    @Autowired
    FigureService figures;

    @Autowired
    AuditService audit;

    RoundSummary round;

    @BeforeEach
    void openRound() {
        as("secretary", () -> {
            sets.create(new IndexSetDraft(
                    "T-RND",
                    null,
                    "Bộ thử đợt đánh giá",
                    "Round test set",
                    2024,
                    null,
                    Set.of(UnitType.COMMUNE, UnitType.DEPARTMENT),
                    new BigDecimal(10),
                    DemoIndexSets.BANDS));
            setImport.importFile("""
                    set_code,code,parent_code,title,max_points,method,rule,evidence_required
                    T-RND,1,,Lĩnh vực 1,6,MANUAL,,N
                    T-RND,1.1,1,Kế hoạch,2,MANUAL,,Y
                    T-RND,1.2,1,Báo cáo,2,MANUAL,,N
                    T-RND,1.3,1,Đúng hạn,2,FORMULA,on_time:L,N
                    T-RND,2,,Lĩnh vực 2,4,MANUAL,,N
                    T-RND,2.1,2,Hài lòng,4,IMPORTED,,N
                    """.getBytes(StandardCharsets.UTF_8), "t.csv");
        });
        round = as(
                "committee",
                () -> rounds.open(new RoundDraft(
                        "T-RND",
                        2024,
                        List.of("XA-BAISON", "PB-NOIVU"),
                        FROM,
                        TO,
                        LocalDate.of(2024, 5, 31),
                        LocalDate.of(2024, 6, 15),
                        LocalDate.of(2024, 6, 30))));
    }

    private ScoreLine line(String user, String unit, String item) {
        return as(user, () -> rounds.sheet(round.id(), unit)).lines().stream()
                .filter(l -> l.item().code().equals(item))
                .findFirst()
                .orElseThrow();
    }

    private long version(String unit, String item) {
        return line("committee", unit, item).version();
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo(key);
    }

    private RoundSummary current() {
        return as("committee", () -> rounds.round(round.id()).orElseThrow());
    }

    private EvidenceUpload pdf() throws IOException {
        Path file = Files.createTempFile("evidence", ".pdf");
        Files.writeString(file, "%PDF-1.4\n% kế hoạch\n");
        return new EvidenceUpload("Ke hoach CCHC 2024.pdf", file, Files.size(file));
    }

    @Test
    void opening_a_round_makes_a_score_row_per_unit_and_leaf_and_checks_what_it_is_given() {
        assertThat(round.state()).isEqualTo(RoundState.OPEN);
        assertThat(round.units()).isEqualTo(2);
        UnitSheet sheet = as("committee", () -> rounds.sheet(round.id(), "XA-BAISON"));
        assertThat(sheet.lines()).extracting(l -> l.item().code()).containsExactly("1.1", "1.2", "1.3", "2.1");
        refused(
                () -> as(
                        "committee",
                        () -> rounds.open(new RoundDraft("T-RND", 2024, List.of(), FROM, TO, TO, TO, null))),
                "index.round.error.exists");
        refused(
                () -> as(
                        "committee",
                        () -> rounds.open(new RoundDraft("T-RND", 2025, List.of("DISTRICT"), FROM, TO, TO, TO, null))),
                "index.round.error.unitType");
        refused(
                () -> as(
                        "committee",
                        () -> rounds.open(
                                new RoundDraft("T-RND", 2025, List.of(), FROM, TO, TO, TO.minusDays(1), null))),
                "index.round.error.deadlines");
        // every active commune and department of the district when no unit is named
        RoundSummary all =
                as("secretary", () -> rounds.open(new RoundDraft("T-RND", 2025, List.of(), FROM, TO, TO, TO, null)));
        assertThat(all.units()).isGreaterThan(30);
        assertThatThrownBy(() -> as(
                        "inspector",
                        () -> rounds.open(new RoundDraft("T-RND", 2026, List.of(), FROM, TO, TO, TO, null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_units_head_scores_within_range_and_a_stale_version_is_told() {
        assertThatThrownBy(() -> as("head.baison", () -> rounds.sheet(round.id(), "PB-NOIVU")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        "head.baison",
                        () -> rounds.selfScore(
                                round.id(), "PB-NOIVU", "1.2", BigDecimal.ONE, null, null, version("PB-NOIVU", "1.2"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        "committee",
                        () -> rounds.selfScore(round.id(), "XA-BAISON", "1.2", BigDecimal.ONE, null, null, 0)))
                .isInstanceOf(AccessDeniedException.class);
        long v = version("XA-BAISON", "1.1");
        refused(
                () -> as(
                        "head.baison",
                        () -> rounds.selfScore(round.id(), "XA-BAISON", "1.1", new BigDecimal("2.5"), null, null, v)),
                "index.round.error.pointsRange");
        refused(
                () -> as(
                        "head.baison",
                        () -> rounds.selfScore(
                                round.id(),
                                "XA-BAISON",
                                "1.3",
                                BigDecimal.ONE,
                                null,
                                null,
                                version("XA-BAISON", "1.3"))),
                "index.round.error.notScoredByPeople");
        ScoreLine saved = as(
                "head.baison",
                () -> rounds.selfScore(
                        round.id(), "XA-BAISON", "1.1", new BigDecimal("1.5"), "Ban hành đúng hạn", null, v));
        assertThat(saved.selfPoints()).isEqualByComparingTo("1.5");
        assertThat(saved.points()).isEqualByComparingTo("1.5");
        assertThatThrownBy(() -> as(
                        "head.baison",
                        () -> rounds.selfScore(round.id(), "XA-BAISON", "1.1", BigDecimal.ONE, null, null, v)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(line("head.baison", "XA-BAISON", "1.1").selfPoints()).isEqualByComparingTo("1.5");
    }

    @Test
    void the_formula_points_are_live_from_the_units_own_figures() {
        ScoreLine onTime = line("head.baison", "XA-BAISON", "1.3");
        FigureCounts c = as(
                "inspector",
                () -> figures.figures(FROM, TO, "XA-BAISON", null)
                        .units()
                        .getFirst()
                        .counts());
        assertThat(c.handled()).isPositive();
        assertThat(onTime.computedNote()).isEqualTo(c.onTime() + "/" + c.handled());
        assertThat(onTime.points())
                .isEqualByComparingTo(BigDecimal.valueOf(2 * c.onTime())
                        .divide(BigDecimal.valueOf(c.handled()), 2, RoundingMode.DOWN));
        // not measured while nothing is imported
        assertThat(line("head.baison", "XA-BAISON", "2.1").points()).isNull();
    }

    @Test
    void a_round_goes_from_self_assessment_to_publication_and_then_nothing_changes() throws IOException {
        // self-assessment: every scored item, evidence where required, then submit
        as(
                "head.baison",
                () -> rounds.selfScore(
                        round.id(),
                        "XA-BAISON",
                        "1.1",
                        new BigDecimal("2"),
                        "Kế hoạch ban hành đúng hạn",
                        null,
                        version("XA-BAISON", "1.1")));
        refused(() -> as("head.baison", () -> rounds.submit(round.id(), "XA-BAISON")), "index.round.error.unscored");
        as(
                "head.baison",
                () -> rounds.selfScore(
                        round.id(), "XA-BAISON", "1.2", new BigDecimal("2"), null, null, version("XA-BAISON", "1.2")));
        refused(() -> as("head.baison", () -> rounds.submit(round.id(), "XA-BAISON")), "index.round.error.noEvidence");
        EvidenceUpload file = pdf();
        ScoreEvidence evidence = as("head.baison", () -> rounds.addEvidenceFile(round.id(), "XA-BAISON", "1.1", file));
        assertThat(evidence.contentType()).isEqualTo("application/pdf");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as("committee", () -> rounds.writeEvidence(evidence.publicId(), out));
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("%PDF-1.4");
        assertThat(as("head.noivu", () -> rounds.evidenceFile(evidence.publicId())))
                .isEmpty();
        as("head.baison", () -> rounds.submit(round.id(), "XA-BAISON"));
        refused(
                () -> as(
                        "head.baison",
                        () -> rounds.selfScore(
                                round.id(),
                                "XA-BAISON",
                                "1.2",
                                BigDecimal.ONE,
                                null,
                                null,
                                version("XA-BAISON", "1.2"))),
                "index.round.error.submitted");
        refused(
                () -> as("head.baison", () -> rounds.removeEvidence(evidence.publicId())),
                "index.round.error.submitted");

        // a draft of a unit that never submits does not count at publication
        as(
                "head.noivu",
                () -> rounds.selfScore(
                        round.id(), "PB-NOIVU", "1.2", new BigDecimal("2"), null, null, version("PB-NOIVU", "1.2")));

        // appraisal: a changed point needs a reason, never one's own unit
        as("committee", () -> rounds.startAppraisal(round.id(), current().version()));
        refused(
                () -> as(
                        "committee",
                        () -> rounds.appraise(
                                round.id(), "XA-BAISON", "1.1", BigDecimal.ONE, " ", version("XA-BAISON", "1.1"))),
                "index.round.error.reasonRequired");
        as(
                "committee",
                () -> rounds.appraise(
                        round.id(),
                        "XA-BAISON",
                        "1.1",
                        BigDecimal.ONE,
                        "Kế hoạch thiếu phân công",
                        version("XA-BAISON", "1.1")));
        refused(
                () -> as(
                        "committee",
                        () -> rounds.appraise(
                                round.id(), "PB-NOIVU", "1.1", BigDecimal.ONE, "x", version("PB-NOIVU", "1.1"))),
                "index.round.error.ownUnit");
        assertThat(as("committee", () -> rounds.acceptRemaining(round.id(), "XA-BAISON")))
                .isEqualTo(1);
        assertThat(line("committee", "XA-BAISON", "1.2").appraisedPoints()).isEqualByComparingTo("2");

        // imported points
        as(
                "committee",
                () -> scoreImport.importFile(
                        "set_code,year,unit_code,item_code,points,note\nT-RND,2024,XA-BAISON,2.1,3.5,Điều tra 2024\n"
                                .getBytes(StandardCharsets.UTF_8),
                        "s.csv"));

        // appeals: only a changed point, once, in the window; then the decision
        refused(
                () -> as("committee", () -> rounds.publish(round.id(), current().version())),
                "index.round.error.state.APPRAISAL");
        as("committee", () -> rounds.openAppeals(round.id(), current().version()));
        // the changed point may still be appealed: no publication before the window closes
        refused(
                () -> as("committee", () -> rounds.publish(round.id(), current().version())),
                "index.round.error.appealWindowOpen");
        refused(
                () -> as(
                        "head.baison",
                        () -> rounds.appeal(
                                round.id(), "XA-BAISON", "1.2", "Xin xem lại", version("XA-BAISON", "1.2"))),
                "index.round.error.nothingToAppeal");
        as(
                "head.baison",
                () -> rounds.appeal(
                        round.id(),
                        "XA-BAISON",
                        "1.1",
                        "Phụ lục phân công có trong kế hoạch",
                        version("XA-BAISON", "1.1")));
        refused(
                () -> as(
                        "head.baison",
                        () -> rounds.appeal(round.id(), "XA-BAISON", "1.1", "Lần nữa", version("XA-BAISON", "1.1"))),
                "index.round.error.appealedOnce");
        refused(
                () -> as("committee", () -> rounds.publish(round.id(), current().version())),
                "index.round.error.appealsPending");
        as(
                "committee",
                () -> rounds.decide(
                        round.id(),
                        "XA-BAISON",
                        "1.1",
                        true,
                        new BigDecimal("1.75"),
                        "Chấp nhận một phần",
                        version("XA-BAISON", "1.1")));

        RoundSummary published =
                as("committee", () -> rounds.publish(round.id(), current().version()));
        assertThat(published.state()).isEqualTo(RoundState.PUBLISHED);
        assertThat(published.publishedBy()).isEqualTo("committee");

        UnitSheet sheet = as("head.baison", () -> rounds.sheet(round.id(), "XA-BAISON"));
        ScoreLine onTime = sheet.lines().get(2);
        assertThat(sheet.lines())
                .extracting(ScoreLine::points)
                .containsExactly(
                        new BigDecimal("1.75"),
                        new BigDecimal("2.00"),
                        onTime.computedPoints(),
                        new BigDecimal("3.50"));
        assertThat(onTime.computedPoints()).isNotNull();
        assertThat(sheet.total()).isEqualByComparingTo(new BigDecimal("7.25").add(onTime.computedPoints()));
        IndexItem area1 = sheet.items().getFirst();
        assertThat(sheet.totals().get(area1.id()))
                .isEqualByComparingTo(new BigDecimal("3.75").add(onTime.computedPoints()));
        // the department never submitted: its scored items have no points, not 0 (its draft of 1.2 included)
        assertThat(as("committee", () -> rounds.sheet(round.id(), "PB-NOIVU")).lines())
                .filteredOn(l -> l.item().method() == ScoringMethod.MANUAL)
                .allSatisfy(l -> assertThat(l.points()).isNull());

        // frozen
        refused(
                () -> as(
                        "head.baison",
                        () -> rounds.selfScore(
                                round.id(),
                                "XA-BAISON",
                                "1.2",
                                BigDecimal.ONE,
                                null,
                                null,
                                version("XA-BAISON", "1.2"))),
                "index.round.error.published");
        refused(
                () -> as(
                        "committee",
                        () -> rounds.appraise(
                                round.id(), "XA-BAISON", "1.2", BigDecimal.ONE, "x", version("XA-BAISON", "1.2"))),
                "index.round.error.published");
        assertThatThrownBy(() -> as(
                        "committee",
                        () -> scoreImport.importFile(
                                "set_code,year,unit_code,item_code,points\nT-RND,2024,XA-BAISON,2.1,4\n"
                                        .getBytes(StandardCharsets.UTF_8),
                                "s.csv")))
                .hasMessageContaining("import.rejected");
        assertThat(audit.history(AssessmentService.SCORE_AUDIT, "T-RND/2024/XA-BAISON/1.1", 50))
                .hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void the_committee_may_hand_a_submission_back_with_a_reason() {
        as("head.baison", () -> {
            rounds.selfScore(
                    round.id(),
                    "XA-BAISON",
                    "1.1",
                    BigDecimal.ONE,
                    null,
                    "Chưa ban hành kế hoạch",
                    version("XA-BAISON", "1.1"));
            rounds.selfScore(round.id(), "XA-BAISON", "1.2", BigDecimal.ONE, null, null, version("XA-BAISON", "1.2"));
            rounds.submit(round.id(), "XA-BAISON");
        });
        assertThat(current().submitted()).isEqualTo(1);
        refused(
                () -> as("committee", () -> rounds.returnToUnit(round.id(), "XA-BAISON", "")),
                "index.round.error.reasonRequired");
        as("committee", () -> rounds.returnToUnit(round.id(), "XA-BAISON", "Bổ sung tài liệu"));
        assertThat(current().submitted()).isZero();
        as(
                "head.baison",
                () -> rounds.selfScore(
                        round.id(), "XA-BAISON", "1.2", new BigDecimal("2"), null, null, version("XA-BAISON", "1.2")));
    }

    @Test
    void the_scores_import_reports_every_bad_row() {
        assertThatThrownBy(() ->
                        as("committee", () -> scoreImport.importFile("""
                        set_code,year,unit_code,item_code,points
                        T-RND,2023,XA-BAISON,2.1,1
                        T-RND,2024,XA-BAISON,1.1,1
                        T-RND,2024,XA-BAISON,2.1,9
                        T-RND,2024,XA-BACSON,2.1,1
                        """.getBytes(StandardCharsets.UTF_8), "s.csv")))
                .isInstanceOfSatisfying(
                        org.parsteering.base.tabular.ImportRejectedException.class,
                        e -> assertThat(e.getErrors())
                                .extracting(err -> err.line() + ":" + err.messageKey())
                                .containsExactly(
                                        "2:index.scores.error.noRound",
                                        "3:index.scores.error.notImported",
                                        "4:index.round.error.pointsRange",
                                        "5:index.round.error.unitNotInRound"));
        assertThatThrownBy(() -> as("head.baison", () -> scoreImport.checkMayImport()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
