package org.parsteering.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parsteering.reminder.Reminder;
import org.parsteering.reminder.ReminderFilter;
import org.parsteering.reminder.ReminderRule;
import org.parsteering.reminder.ReminderRunService;
import org.parsteering.reminder.ReminderService;
import org.parsteering.reminder.ReminderState;
import org.parsteering.reminder.ReminderTexts;
import org.parsteering.support.IntegrationTest;
import org.parsteering.unit.UnitType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminder rules of the rounds (SPEC 4): SELF_ASSESSMENT_DUE chases a unit that has not submitted once the
 * deadline is within the due-soon window (7 days), and not before; APPRAISAL_DUE chases the appraisal of a unit's
 * self scores once its deadline is near; each resolves once its condition clears.
 */
@Transactional
class IndexRemindersTest extends IntegrationTest {

    @Autowired
    IndexSetService sets;

    @Autowired
    IndexSetImportService setImport;

    @Autowired
    AssessmentService rounds;

    @Autowired
    ReminderRunService runs;

    @Autowired
    ReminderService reminders;

    @Autowired
    JdbcClient jdbc;

    private RoundSummary open(LocalDate selfDue, LocalDate appraisalDue) {
        as("secretary", () -> {
            sets.create(new IndexSetDraft(
                    "T-REM",
                    null,
                    "Bộ nhắc việc",
                    "Reminder set",
                    2024,
                    null,
                    Set.of(UnitType.COMMUNE),
                    BigDecimal.TEN,
                    List.of()));
            setImport.importFile(
                    "set_code,code,title,max_points,method\nT-REM,1,Tiêu chí,10,MANUAL\n"
                            .getBytes(StandardCharsets.UTF_8),
                    "r.csv");
        });
        return as(
                "committee",
                () -> rounds.open(new RoundDraft(
                        "T-REM",
                        2024,
                        List.of("XA-BAISON", "XA-BACSON"),
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 12, 31),
                        selfDue,
                        appraisalDue,
                        null)));
    }

    private List<Reminder> of(ReminderRule rule) {
        as("committee", () -> runs.runChecks());
        return as(
                        "committee",
                        () -> reminders.inbox(new ReminderFilter(Set.of(ReminderState.values()), rule, null), 0, 100))
                .stream()
                .filter(r -> r.subject().equals("T-REM/2024"))
                .toList();
    }

    @Test
    void a_unit_that_has_not_submitted_is_chased_within_the_window_and_not_before() {
        LocalDate today = LocalDate.now(clock);
        RoundSummary far = open(today.plusDays(8), today.plusDays(20));
        assertThat(of(ReminderRule.SELF_ASSESSMENT_DUE)).isEmpty();

        jdbc.sql("update index_round set self_due = :due where id = :id")
                .param("due", today.plusDays(7))
                .param("id", far.id())
                .update();
        // XA-BACSON has submitted: only XA-BAISON is chased
        jdbc.sql("""
                        update index_round_unit set submitted_at = current_timestamp, submitted_by = 't'
                        where round_id = :id and unit_id = (select id from unit where code = 'XA-BACSON')""").param("id", far.id()).update();
        List<Reminder> due = of(ReminderRule.SELF_ASSESSMENT_DUE);
        assertThat(due)
                .extracting(Reminder::unitCode, Reminder::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("XA-BAISON", ReminderState.OPEN));
        assertThat(due.getFirst().deadline()).isEqualTo(today.plusDays(7));
        assertThat(ReminderTexts.describe(due.getFirst(), Locale.ENGLISH))
                .isEqualTo("The self-assessment of T-REM 2024 is due on "
                        + due.getFirst()
                                .deadline()
                                .format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH))
                        + " and has not been submitted: 0 of 1 criteria scored.");

        // appraisal: the self-assessment reminder resolves, the appraisal one is raised for the unscored appraisal
        as(
                "head.baison",
                () -> rounds.selfScore(
                        far.id(),
                        "XA-BAISON",
                        "1",
                        BigDecimal.ONE,
                        null,
                        null,
                        rounds.sheet(far.id(), "XA-BAISON").lines().getFirst().version()));
        jdbc.sql("update index_round set appraisal_due = :due where id = :id")
                .param("due", today.plusDays(3))
                .param("id", far.id())
                .update();
        as(
                "committee",
                () -> rounds.startAppraisal(
                        far.id(), rounds.round(far.id()).orElseThrow().version()));
        assertThat(of(ReminderRule.SELF_ASSESSMENT_DUE))
                .extracting(Reminder::state)
                .containsExactly(ReminderState.RESOLVED);
        List<Reminder> appraisal = of(ReminderRule.APPRAISAL_DUE);
        assertThat(appraisal).extracting(Reminder::unitCode).containsExactly("XA-BAISON");
        assertThat(List.of(
                        appraisal.getFirst().numerator(), appraisal.getFirst().denominator()))
                .containsExactly(0L, 1L);

        // a unit that has not submitted has nothing to accept
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> as("committee", () -> rounds.acceptRemaining(far.id(), "XA-BAISON")))
                .hasMessageContaining("index.round.error.notSubmitted");
        jdbc.sql("""
                        update index_round_unit set submitted_at = current_timestamp, submitted_by = 't'
                        where round_id = :id and unit_id = (select id from unit where code = 'XA-BAISON')""").param("id", far.id()).update();
        as("committee", () -> rounds.acceptRemaining(far.id(), "XA-BAISON"));
        assertThat(of(ReminderRule.APPRAISAL_DUE)).extracting(Reminder::state).containsExactly(ReminderState.RESOLVED);
    }
}
