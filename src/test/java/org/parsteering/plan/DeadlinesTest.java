package org.parsteering.plan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.support.IntegrationTest;
import org.parsteering.unit.UnitImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Overdue" and "due soon" have one definition each ({@link Deadlines}): the SQL fragment and the Java method
 * give the same answer on every edge case — a deadline yesterday, today, tomorrow, on the last day of the
 * due-soon window and the day after it, for every status (not started, in progress, reported complete,
 * returned, done on time, done late, cancelled) — for assignments and for the tasks of the board.
 */
@Transactional
class DeadlinesTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.of(2024, 5, 15); // the test clock's day
    static final int WINDOW = 7;
    static final LocalDate WINDOW_END = Deadlines.dueSoonEnd(TODAY, WINDOW);

    /** The deadlines of the cases, by a short name used in the task codes. */
    static final Map<String, LocalDate> DEADLINES = new LinkedHashMap<>();

    static {
        DEADLINES.put("Y", TODAY.minusDays(1));
        DEADLINES.put("T", TODAY);
        DEADLINES.put("M", TODAY.plusDays(1));
        DEADLINES.put("E", WINDOW_END);
        DEADLINES.put("A", WINDOW_END.plusDays(1));
    }

    /** The status variants: status, done late, return reason. */
    record Variant(String name, TaskStatus status, boolean doneLate, String returnReason) {}

    static final List<Variant> VARIANTS = List.of(
            new Variant("NS", TaskStatus.NOT_STARTED, false, null),
            new Variant("IP", TaskStatus.IN_PROGRESS, false, null),
            new Variant("CO", TaskStatus.COMPLETED, false, null),
            new Variant("RE", TaskStatus.IN_PROGRESS, false, "Thiếu minh chứng"),
            new Variant("DN", TaskStatus.DONE, false, null),
            new Variant("DL", TaskStatus.DONE, true, null),
            new Variant("CA", TaskStatus.CANCELLED, false, null));

    @Autowired
    UnitImportService unitImport;

    @Autowired
    TaskImportService taskImport;

    @Autowired
    AssignmentRepository assignments;

    @Autowired
    TaskRepository tasks;

    @Autowired
    PlanService plans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager em;

    @BeforeEach
    void cases() {
        StringBuilder csv = new StringBuilder("task_code,title,field,lead_unit,deadline\n");
        DEADLINES.forEach((d, deadline) -> VARIANTS.forEach(
                v -> csv.append("DL-%s-%s,Hạn %s %s,TTHC,XA-DLT,%s\n".formatted(d, v.name(), d, v.name(), deadline))));
        as("secretary", () -> {
            unitImport.importFile(
                    "unit_code,name,type,parent_code\nXA-DLT,Xã Hạn Thử,COMMUNE,DISTRICT\n"
                            .getBytes(StandardCharsets.UTF_8),
                    "u.csv");
            taskImport.importFile(csv.toString().getBytes(StandardCharsets.UTF_8), "t.csv");
        });
        for (Variant v : VARIANTS) {
            String code = "DL-_-" + v.name();
            jdbc.sql("""
                            update assignment set status = :status, done_late = :late, return_reason = :reason
                            where task_id in (select id from task where code like :code)""")
                    .param("status", v.status().name())
                    .param("late", v.doneLate())
                    .param("reason", v.returnReason())
                    .param("code", code)
                    .update();
            jdbc.sql("update task set status = :status, done_late = :late where code like :code")
                    .param("status", v.status().name())
                    .param("late", v.doneLate())
                    .param("code", code)
                    .update();
        }
        em.clear();
    }

    private Set<String> sql(String fragment) {
        return new TreeSet<>(jdbc.sql("select t.code from assignment a join task t on t.id = a.task_id"
                        + " where t.code like 'DL-%' and " + fragment)
                .param("today", TODAY)
                .param("dueSoonEnd", WINDOW_END)
                .query(String.class)
                .list());
    }

    private List<Assignment> entities() {
        return assignments.findAll().stream()
                .filter(a -> a.getTask().getCode().startsWith("DL-"))
                .toList();
    }

    @Test
    void the_overdue_fragment_and_the_assignment_method_agree_on_every_case() {
        Set<String> inJava = entities().stream()
                .filter(a -> a.isOverdue(TODAY))
                .map(a -> a.getTask().getCode())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(entities()).hasSize(DEADLINES.size() * VARIANTS.size());
        assertThat(sql(Deadlines.OVERDUE_SQL)).isEqualTo(inJava);
        // and they say what SPEC 2 says: only yesterday's deadline, and only while the work is open
        assertThat(inJava).containsExactly("DL-Y-CO", "DL-Y-IP", "DL-Y-NS", "DL-Y-RE");
    }

    @Test
    void the_due_soon_fragment_and_the_assignment_method_agree_on_every_case() {
        Set<String> inJava = entities().stream()
                .filter(a -> a.isDueSoon(TODAY, WINDOW_END))
                .map(a -> a.getTask().getCode())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(sql(Deadlines.DUE_SOON_SQL)).isEqualTo(inJava);
        // from today to the window's last day, both included, and not yet reported complete
        assertThat(inJava)
                .containsExactly(
                        "DL-E-IP", "DL-E-NS", "DL-E-RE", "DL-M-IP", "DL-M-NS", "DL-M-RE", "DL-T-IP", "DL-T-NS",
                        "DL-T-RE");
    }

    @Test
    void the_boards_overdue_filter_and_the_task_method_agree_on_every_case() {
        long planId = plans.requireCurrentPlan().getId();
        Set<String> board = tasks
                .boardSlice(
                        planId,
                        null,
                        null,
                        null,
                        null,
                        EnumSet.allOf(TaskStatus.class),
                        TODAY,
                        "dl-%",
                        null,
                        Pageable.unpaged())
                .map(Task::getCode)
                .stream()
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> inJava = tasks.findAll().stream()
                .filter(t -> t.getCode().startsWith("DL-") && t.isOverdue(TODAY))
                .map(Task::getCode)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(board).isEqualTo(inJava).containsExactly("DL-Y-CO", "DL-Y-IP", "DL-Y-NS", "DL-Y-RE");
        Set<String> dueSoon = tasks.findAll().stream()
                .filter(t -> t.getCode().startsWith("DL-") && t.isDueSoon(TODAY, WINDOW_END))
                .map(Task::getCode)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(dueSoon).isEqualTo(sql(Deadlines.DUE_SOON_SQL));
    }

    @Test
    void the_completion_figures_count_overdue_as_the_fragment_does() {
        CompletionReport r = as(
                "inspector",
                () -> completion.completion(
                        TODAY.minusDays(1), WINDOW_END.plusDays(1), "XA-DLT", java.util.Locale.ENGLISH));
        Completion unit = r.byUnit().getFirst();
        // cancelled ones are left out of the figures: 5 deadlines × 6 variants
        assertThat(unit.total()).isEqualTo(30);
        assertThat(unit.overdue()).isEqualTo(sql(Deadlines.OVERDUE_SQL).size());
        assertThat(unit.doneOnTime()).isEqualTo(5);
        assertThat(unit.doneLate()).isEqualTo(5);
        assertThat(unit.open()).isEqualTo(30 - 10 - unit.overdue());
    }

    @Autowired
    CompletionService completion;
}
