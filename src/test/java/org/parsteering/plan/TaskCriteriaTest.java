package org.parsteering.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.audit.AuditService;
import org.parsteering.base.BusinessException;
import org.parsteering.base.ConcurrentEditException;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A task tied to index criteria (SPEC 2): linking replaces the task's criteria and is audited, an unknown item, a
 * stale task or a closed plan is refused, and the tasks tied to a criterion are what its completion counts.
 */
@Transactional
class TaskCriteriaTest extends IntegrationTest {

    @Autowired
    TaskCriteriaService criteria;

    @Autowired
    TaskService tasks;

    @Autowired
    ProgressService progress;

    @Autowired
    PlanService plans;

    @Autowired
    CompletionService completion;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcClient jdbc;

    TaskDetail task;
    long onTime;
    long tasksItem;

    @BeforeEach
    void fixture() {
        jdbc.sql("""
                        insert into index_set (code, family, name_vi, name_en, year_of_set, unit_types, max_points,
                                               created_at, created_by)
                        values ('TC-SET', 'TC-SET', 'Bộ chỉ số thử', 'Test set', 2024, 'COMMUNE', 22, :now, 'test')""").param("now", Instant.now()).update();
        long set = jdbc.sql("select id from index_set where code = 'TC-SET'")
                .query(Long.class)
                .single();
        onTime = item(set, "2.1", "Giải quyết đúng hạn", 20, "FORMULA", "on_time:L");
        tasksItem =
                item(set, "1.1.4", "Hoàn thành kế hoạch CCHC (thử)", 2, "TASKS", "task_completion:>90:2;>=70:1;else:0");
        TaskDraft d = new TaskDraft();
        d.setCode(unique("TC-"));
        d.setTitle("Task tied to a criterion");
        d.setFieldCode("TTHC");
        d.setDeadline(LocalDate.now(clock).plusDays(20));
        d.setLeadUnitCode("XA-BAISON");
        d.setCoordinatingUnitCodes(Set.of("PB-NOIVU"));
        task = as("committee", () -> tasks.create(d));
    }

    private long item(long set, String code, String title, int max, String method, String rule) {
        jdbc.sql("""
                        insert into index_item (set_id, code, position, item_level, title_vi, title_en, max_points,
                                                min_points, method, rule_text, evidence_required)
                        values (:set, :code, 1, 1, :title, null, :max, 0, :method, :rule, false)""")
                .param("set", set)
                .param("code", code)
                .param("title", title)
                .param("max", max)
                .param("method", method)
                .param("rule", rule)
                .update();
        return jdbc.sql("select id from index_item where set_id = :set and code = :code")
                .param("set", set)
                .param("code", code)
                .query(Long.class)
                .single();
    }

    private long version() {
        return tasks.detail(task.code()).orElseThrow().version();
    }

    @Test
    void linksReplacesAndShowsThePointsAtStake() {
        List<TaskCriterion> linked =
                as("committee", () -> criteria.linkCriteria(task.code(), Set.of(onTime, tasksItem), version()));
        assertThat(linked).extracting(TaskCriterion::itemCode).containsExactly("1.1.4", "2.1");
        assertThat(as("head.baison", () -> criteria.criteriaOf(task.code())))
                .extracting(c -> c.maxPoints().intValue())
                .containsExactly(2, 20);

        as("committee", () -> criteria.linkCriteria(task.code(), Set.of(tasksItem), version()));
        assertThat(as("inspector", () -> criteria.criteriaOf(task.code())))
                .extracting(TaskCriterion::itemCode)
                .containsExactly("1.1.4");
        assertThat(audit.history(TaskService.AUDIT_TYPE, task.code(), 10))
                .anySatisfy(e -> assertThat(e.toString()).contains("TC-SET 1.1.4"));

        // the results list the tasks tied to each criterion that lost points
        var tied = as("head.baison", () -> criteria.tasksFor(List.of(onTime, tasksItem)));
        assertThat(tied).containsOnlyKeys(tasksItem);
        assertThat(tied.get(tasksItem)).extracting(CriterionTask::code).containsExactly(task.code());
        assertThat(tied.get(tasksItem).getFirst().status()).isEqualTo(TaskStatus.NOT_STARTED);

        assertThat(as("head.baison", () -> criteria.criterion(tasksItem))
                        .orElseThrow()
                        .itemCode())
                .isEqualTo("1.1.4");
        assertThat(as("head.baison", () -> criteria.criterion(-1L))).isEmpty();

        // the board filters by criterion
        assertThat(as("inspector", () -> tasks.count(BoardFilter.all().withCriterion(tasksItem))))
                .isEqualTo(1);
        assertThat(as(
                        "inspector",
                        () -> tasks.cards(
                                BoardFilter.all().withCriterion(tasksItem),
                                org.springframework.data.domain.PageRequest.of(0, 5))))
                .extracting(TaskCard::code)
                .containsExactly(task.code());
        assertThat(as("inspector", () -> tasks.count(BoardFilter.all().withCriterion(onTime))))
                .isZero();
        assertThat(as(
                        "inspector",
                        () -> tasks.countByStatus(BoardFilter.all().withCriterion(tasksItem))
                                .get(TaskStatus.NOT_STARTED)))
                .isEqualTo(1);
    }

    @Test
    void findsCriteriaByCodeOrTitleForThePicker() {
        assertThat(as("committee", () -> criteria.criteriaOptions("hoàn thành kế hoạch cchc (thử", 10)))
                .extracting(TaskCriterion::itemCode)
                .containsExactly("1.1.4");
        assertThat(as("committee", () -> criteria.criteriaOptions("TC-SET", 1))).hasSize(1);
    }

    @Test
    void refusesAnUnknownCriterionAndChangesNothing() {
        as("committee", () -> criteria.linkCriteria(task.code(), Set.of(onTime), version()));
        assertThatThrownBy(() -> as("committee", () -> criteria.linkCriteria(task.code(), Set.of(-1L), version())))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("task.criteria.error.unknownItem");
        assertThat(as("committee", () -> criteria.criteriaOf(task.code())))
                .extracting(TaskCriterion::itemCode)
                .containsExactly("2.1");
    }

    @Test
    void refusesAStaleTask() {
        long stale = as("committee", this::version) - 1;
        assertThatThrownBy(() -> as("committee", () -> criteria.linkCriteria(task.code(), Set.of(onTime), stale)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void refusesATaskOfAClosedPlan() {
        as("secretary", () -> {
            plans.create("2026-2030", "Kế hoạch CCHC 2026–2030", 2026, 2030);
            plans.makeCurrent("2026-2030");
            plans.close("2021-2025", plans.find("2021-2025").orElseThrow().version());
        });
        assertThatThrownBy(() -> as("committee", () -> criteria.linkCriteria(task.code(), Set.of(onTime), version())))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("plan.error.closed");
    }

    @Test
    void theCompletionOfACriterionCountsTheAssignmentsOfItsTasksPerUnit() {
        as("committee", () -> criteria.linkCriteria(task.code(), Set.of(tasksItem), version()));
        AssignmentView lead = task.assignments().stream()
                .filter(AssignmentView::lead)
                .findFirst()
                .orElseThrow();
        as("head.baison", () -> progress.reportComplete(lead.id(), lead.version(), "done"));
        LocalDate from = LocalDate.now(clock);
        LocalDate to = from.plusDays(30);
        List<Completion> rows = as("inspector", () -> completion.completionByCriterion(from, to, List.of(tasksItem)));
        assertThat(rows).extracting(Completion::key).containsExactlyInAnyOrder("PB-NOIVU", "XA-BAISON");
        assertThat(rows)
                .allSatisfy(c -> assertThat(Long.parseLong(c.label().strip())).isEqualTo(tasksItem));
        assertThat(rows).allSatisfy(c -> assertThat(c.total()).isEqualTo(1));
        // a criterion no task is tied to counts nothing; a period without the deadline neither
        assertThat(as("inspector", () -> completion.completionByCriterion(from, to, List.of(onTime))))
                .isEmpty();
        assertThat(as(
                        "inspector",
                        () -> completion.completionByCriterion(
                                from.minusYears(1), from.minusDays(1), List.of(tasksItem))))
                .isEmpty();
    }
}
