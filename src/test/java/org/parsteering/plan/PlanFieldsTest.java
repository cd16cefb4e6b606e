package org.parsteering.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.audit.AuditService;
import org.parsteering.base.BusinessException;
import org.parsteering.base.ConcurrentEditException;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The secretary edits a plan's fields: add, rename, reorder, remove an unused one; codes unique; locked. */
@Transactional
@WithUserDetails("secretary")
class PlanFieldsTest extends IntegrationTest {

    @Autowired
    PlanService plans;

    @Autowired
    TaskService tasks;

    @Autowired
    AuditService audit;

    PlanSummary plan;

    @BeforeEach
    void newPlan() {
        plan = plans.create("2026-2030", "Kế hoạch CCHC 2026–2030", 2026, 2030);
    }

    private static String key(Runnable call) {
        try {
            call.run();
        } catch (BusinessException e) {
            return e.getMessageKey();
        }
        throw new AssertionError("no rule refused the call");
    }

    private FieldSummary field(String code) {
        return plans.fields(plan.id()).stream()
                .filter(f -> f.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_field_is_added_at_the_end_with_its_working_group_and_lead_unit_and_audited() {
        FieldSummary cds = plans.addField(
                plan.id(),
                new FieldDraft(
                        " cds ", "Digital transformation", "Chuyển đổi số", "Tổ công tác chuyển đổi số", "pb-noivu"));
        assertThat(cds.code()).isEqualTo("CDS");
        assertThat(cds.position()).isEqualTo(8);
        assertThat(cds.workingGroup()).isEqualTo("Tổ công tác chuyển đổi số");
        assertThat(cds.leadUnitCode()).isEqualTo("PB-NOIVU");
        assertThat(cds.steering()).startsWith("Tổ công tác chuyển đổi số · ");
        assertThat(audit.history(PlanService.FIELD_AUDIT_TYPE, "2026-2030/CDS", 10))
                .anyMatch(e -> e.action().equals("CREATE") && "lead".equals(e.field()));
    }

    @Test
    void field_codes_are_unique_in_a_plan_well_formed_and_fixed() {
        assertThat(key(() -> plans.addField(plan.id(), new FieldDraft("TTHC", "Again", "Lại", null, null))))
                .isEqualTo("plan.error.fieldCodeTaken");
        assertThat(key(() -> plans.addField(plan.id(), new FieldDraft("1X", "Bad", "Sai", null, null))))
                .isEqualTo("plan.error.fieldCode");
        assertThat(key(() -> plans.addField(plan.id(), new FieldDraft("DA06", "Project 06", " ", null, null))))
                .isEqualTo("plan.error.fieldNameVi");
        assertThat(key(() ->
                        plans.addField(plan.id(), new FieldDraft("DA06", "Project 06", "Đề án 06", null, "NO-SUCH"))))
                .isEqualTo("unit.error.notFound");
        FieldSummary tthc = field("TTHC");
        assertThat(key(() ->
                        plans.updateField(tthc.id(), tthc.version(), new FieldDraft("TTHC2", "a", "b", null, null))))
                .isEqualTo("plan.error.fieldCodeImmutable");
        assertThat(plans.fields(plan.id())).hasSize(7);
    }

    @Test
    void a_rename_keeps_the_code_and_a_stale_copy_is_refused() {
        FieldSummary tthc = field("TTHC");
        FieldSummary renamed = plans.updateField(
                tthc.id(), tthc.version(), new FieldDraft(null, "Procedures", "Thủ tục hành chính", "Tổ TTHC", null));
        assertThat(renamed.code()).isEqualTo("TTHC");
        assertThat(renamed.nameVi()).isEqualTo("Thủ tục hành chính");
        assertThatThrownBy(() ->
                        plans.updateField(tthc.id(), tthc.version(), new FieldDraft(null, "Other", "Khác", null, null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(field("TTHC").nameEn()).isEqualTo("Procedures");
    }

    @Test
    void fields_move_one_place_and_stay_numbered_from_one() {
        FieldSummary cpdt = field("CPDT");
        List<FieldSummary> after = plans.moveField(cpdt.id(), cpdt.version(), -1);
        assertThat(after)
                .extracting(FieldSummary::code)
                .containsExactly("CDDH", "TCTC", "TTHC", "BMHC", "CVCC", "CPDT", "TCC");
        assertThat(after).extracting(FieldSummary::position).containsExactly(1, 2, 3, 4, 5, 6, 7);
        FieldSummary first = field("CDDH");
        assertThat(plans.moveField(first.id(), first.version(), -1))
                .as("the first field cannot move up")
                .extracting(FieldSummary::code)
                .startsWith("CDDH");
        assertThat(key(() -> plans.moveField(first.id(), first.version(), 2))).isEqualTo("plan.error.fieldStep");
        assertThatThrownBy(() -> plans.moveField(cpdt.id(), cpdt.version(), 1))
                .as("the moved field's version changed")
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void only_a_field_without_tasks_is_removed_and_the_rest_close_up() {
        plans.makeCurrent("2026-2030");
        TaskDraft d = new TaskDraft();
        d.setCode(unique("F-"));
        d.setTitle("Uses TCC");
        d.setFieldCode("TCC");
        d.setDeadline(LocalDate.now(clock).plusDays(10));
        d.setLeadUnitCode("PB-NOIVU");
        tasks.create(d);
        FieldSummary tcc = field("TCC");
        assertThat(key(() -> plans.removeField(tcc.id(), tcc.version()))).isEqualTo("plan.error.fieldInUse");
        FieldSummary bmhc = field("BMHC");
        List<FieldSummary> rest = plans.removeField(bmhc.id(), bmhc.version());
        assertThat(rest).extracting(FieldSummary::code).containsExactly("CDDH", "TCTC", "TTHC", "CVCC", "TCC", "CPDT");
        assertThat(rest).extracting(FieldSummary::position).containsExactly(1, 2, 3, 4, 5, 6);
    }
}
