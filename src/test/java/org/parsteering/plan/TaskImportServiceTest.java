package org.parsteering.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parsteering.base.tabular.ImportRejectedException;
import org.parsteering.base.tabular.ImportResult;
import org.parsteering.base.tabular.RowError;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** SPEC 5 "Plan tasks": all or nothing, every bad row with its line, idempotent, updates by task_code. */
@Transactional
@WithUserDetails("committee")
class TaskImportServiceTest extends IntegrationTest {

    @Autowired
    TaskImportService importService;

    @Autowired
    TaskService tasks;

    private ImportResult importCsv(String csv) {
        return importService.importFile(csv.getBytes(StandardCharsets.UTF_8), "tasks.csv");
    }

    @Test
    void a_file_with_bad_rows_imports_nothing_and_lists_each_bad_row() {
        String csv = """
                task_code,title,field,lead_unit,coordinating_units,deadline,output,priority
                IMP-OK,Nhiệm vụ đúng,TTHC,XA-BAISON,PB-NOIVU;XA-BACSON,2024-12-31,Báo cáo,HIGH
                IMP-BAD1,Lĩnh vực sai,KHONGCO,XA-BAISON,,2024-12-31,,
                IMP-BAD2,Đơn vị sai,TTHC,XA-KHONGCO,,2024-12-31,,
                IMP-BAD3,Ngày sai,TTHC,XA-BAISON,,31/12/2024,,
                IMP-BAD4,Chủ trì trùng phối hợp,TTHC,XA-BAISON,XA-BAISON,2024-12-31,,
                IMP-OK,Trùng mã,TTHC,XA-BAISON,,2024-12-31,,
                """;
        assertThatThrownBy(() -> importCsv(csv))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.getErrors())
                                .extracting(RowError::line, RowError::column, RowError::messageKey)
                                .containsExactly(
                                        tuple(3, "field", "import.error.unknownField"),
                                        tuple(4, "lead_unit", "import.error.unknownUnit"),
                                        tuple(5, "deadline", "import.error.badDate"),
                                        tuple(6, "coordinating_units", "import.error.leadAlsoCoordinating"),
                                        tuple(7, "task_code", "import.error.duplicateKey")));
        assertThat(tasks.detail("IMP-OK")).isEmpty();
    }

    @Test
    void a_task_code_that_cannot_be_an_address_is_refused_with_the_allowed_characters() {
        String csv = """
                task_code,title,field,lead_unit,coordinating_units,deadline,output,priority
                IMP/1,Có gạch chéo,TTHC,XA-BAISON,,2024-12-31,,
                IMP 2,Có dấu cách,TTHC,XA-BAISON,,2024-12-31,,
                IMP-Ạ,Chữ có dấu,TTHC,XA-BAISON,,2024-12-31,,
                imp_4.a,Đúng,TTHC,XA-BAISON,,2024-12-31,,
                """;
        assertThatThrownBy(() -> importCsv(csv))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.getErrors())
                                .extracting(RowError::line, RowError::column, RowError::messageKey)
                                .containsExactly(
                                        tuple(2, "task_code", "import.error.badTaskCode"),
                                        tuple(3, "task_code", "import.error.badTaskCode"),
                                        tuple(4, "task_code", "import.error.badTaskCode")));
        assertThat(tasks.detail("IMP_4.A")).isEmpty();
    }

    @Test
    void a_task_code_with_a_slash_is_refused_by_the_service_whatever_the_form_does() {
        TaskDraft d = new TaskDraft();
        d.setCode("2024/TTHC");
        d.setTitle("Gạch chéo");
        d.setFieldCode("TTHC");
        d.setDeadline(java.time.LocalDate.of(2024, 12, 31));
        d.setLeadUnitCode("XA-BAISON");
        assertThatThrownBy(() -> tasks.create(d)).isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThat(tasks.detail("2024/TTHC")).isEmpty();
    }

    @Test
    void reimporting_changes_nothing_and_changed_values_update_the_task() {
        String csv = """
                task_code,title,field,lead_unit,coordinating_units,deadline,output,priority
                IMP-A,Số hóa hồ sơ,TTHC,XA-BAISON,PB-NOIVU,2024-12-31,Báo cáo,HIGH
                IMP-B,Chữ ký số,CPDT,PB-VHTT,,2025-06-30,,
                """;
        assertThat(importCsv(csv)).isEqualTo(new ImportResult(2, 0, 0));
        assertThat(importCsv(csv)).isEqualTo(new ImportResult(0, 0, 2));
        assertThat(importCsv(csv.replace("2025-06-30", "2025-09-30"))).isEqualTo(new ImportResult(0, 1, 1));
        TaskDetail a = tasks.detail("IMP-A").orElseThrow();
        assertThat(a.assignments())
                .extracting(AssignmentView::unitCode)
                .containsExactlyInAnyOrder("XA-BAISON", "PB-NOIVU");
        assertThat(a.priority()).isEqualTo(Priority.HIGH);
        assertThat(tasks.detail("IMP-B").orElseThrow().deadline()).isEqualTo(java.time.LocalDate.of(2025, 9, 30));
    }
}
