package org.parsteering.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parsteering.support.IntegrationTest;
import org.parsteering.unit.UnitImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The most overdue tasks of the quarterly report: open lead assignments past their deadline, oldest first. */
@Transactional
class CompletionServiceTest extends IntegrationTest {

    @Autowired
    CompletionService completion;

    @Autowired
    UnitImportService unitImport;

    @Autowired
    TaskImportService taskImport;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_most_overdue_tasks_are_open_lead_assignments_past_their_deadline_most_days_first() {
        as("secretary", () -> {
            unitImport.importFile(
                    "unit_code,name,type,parent_code\nXA-QHT,Xã Quá Hạn Thử,COMMUNE,DISTRICT\nXA-PHT,Xã Phối Hợp Thử,COMMUNE,DISTRICT\n"
                            .getBytes(StandardCharsets.UTF_8),
                    "u.csv");
            taskImport.importFile("""
                    task_code,title,field,lead_unit,coordinating_units,deadline
                    QH-1,Quá hạn lâu,TTHC,XA-QHT,XA-PHT,2024-03-01
                    QH-2,Quá hạn gần,TTHC,XA-QHT,,2024-05-10
                    QH-3,Đã xong,TTHC,XA-QHT,,2024-03-02
                    QH-4,Đã hủy,TTHC,XA-QHT,,2024-03-03
                    QH-5,Còn hạn,TTHC,XA-QHT,,2024-06-30
                    QH-6,Chờ duyệt,TTHC,XA-QHT,,2024-04-01
                    """.getBytes(StandardCharsets.UTF_8), "t.csv");
            return null;
        });
        status("QH-1", "IN_PROGRESS");
        status("QH-3", "DONE");
        status("QH-4", "CANCELLED");
        status("QH-6", "COMPLETED");

        // today is 15 May 2024
        List<OverdueTask> all = as("inspector", () -> completion.mostOverdue(null, 10_000));
        assertThat(all)
                .isSortedAccordingTo(
                        Comparator.comparingLong(OverdueTask::daysOverdue).reversed())
                .allMatch(t -> t.deadline().isBefore(LocalDate.of(2024, 5, 15)))
                .allMatch(t -> t.status() != TaskStatus.DONE && t.status() != TaskStatus.CANCELLED);
        List<OverdueTask> ours =
                all.stream().filter(t -> t.taskCode().startsWith("QH-")).toList();
        assertThat(ours).extracting(OverdueTask::taskCode).containsExactly("QH-1", "QH-6", "QH-2");
        // the lead unit only, though the coordinating unit's assignment is just as late
        assertThat(ours).extracting(OverdueTask::unitCode).containsOnly("XA-QHT");
        assertThat(ours.getFirst().daysOverdue()).isEqualTo(75);
        assertThat(ours.getFirst().title()).isEqualTo("Quá hạn lâu");
        assertThat(ours.get(1).status()).isEqualTo(TaskStatus.COMPLETED);

        // a past quarter's report: only what was due in it or before
        List<OverdueTask> dueInQ1 = as("committee", () -> completion.mostOverdue(LocalDate.of(2024, 3, 31), 10_000));
        assertThat(dueInQ1).allMatch(t -> !t.deadline().isAfter(LocalDate.of(2024, 3, 31)));
        assertThat(dueInQ1).extracting(OverdueTask::taskCode).contains("QH-1").doesNotContain("QH-2", "QH-6");
        assertThat(as("committee", () -> completion.mostOverdue(null, 5))).hasSizeLessThanOrEqualTo(5);
    }

    private void status(String task, String status) {
        jdbc.update(
                "update assignment set status = ?, done_on = case when ? = 'DONE' then deadline else null end"
                        + " where task_id = (select id from task where code = ?)",
                status,
                status,
                task);
    }
}
