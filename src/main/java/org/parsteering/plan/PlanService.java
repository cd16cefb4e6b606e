package org.parsteering.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parsteering.audit.AuditService;
import org.parsteering.base.BusinessException;
import org.parsteering.base.ConcurrentEditException;
import org.parsteering.base.Roles;
import org.parsteering.unit.Unit;
import org.parsteering.unit.UnitService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Five-year plans and their PAR fields. Everyone reads them; the SECRETARY creates a plan (with the
 * seven standard fields of the national PAR programme), chooses which one is current, closes a plan whose
 * period is over (and reopens it, with a reason) and edits each plan's fields: the plan's structure is the
 * chair's, like the thresholds and the period locks (SPEC 1), while the committee works inside it (tasks,
 * reviews). A closed plan is read-only everywhere — no field, task, assignment or progress change — but is
 * still on the board and in every report.
 */
@Service
@Transactional
public class PlanService {

    /** The seven PAR fields of the national master programme 2021–2030 (Resolution 76/NQ-CP). */
    static final List<String[]> STANDARD_FIELDS = List.of(
            new String[] {"CDDH", "Direction and management of PAR", "Công tác chỉ đạo, điều hành CCHC"},
            new String[] {"TCTC", "Institutional reform", "Cải cách thể chế"},
            new String[] {"TTHC", "Administrative procedure reform", "Cải cách thủ tục hành chính"},
            new String[] {"BMHC", "Reform of the state apparatus", "Cải cách tổ chức bộ máy hành chính nhà nước"},
            new String[] {"CVCC", "Civil service reform", "Cải cách chế độ công vụ"},
            new String[] {"TCC", "Public finance reform", "Cải cách tài chính công"},
            new String[] {
                "CPDT", "E-government and digital government", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số"
            });

    static final String AUDIT_TYPE = "PLAN";
    static final String FIELD_AUDIT_TYPE = "PLAN_FIELD";
    static final int REASON_LENGTH = 1000;

    private static final Pattern FIELD_CODE = Pattern.compile(PlanField.CODE_PATTERN);

    private final PlanRepository plans;
    private final PlanFieldRepository fields;
    private final UnitService units;
    private final AuditService audit;
    private final Clock clock;

    PlanService(PlanRepository plans, PlanFieldRepository fields, UnitService units, AuditService audit, Clock clock) {
        this.plans = plans;
        this.fields = fields;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** A plan by its code ({@code 2021-2025}), open or closed. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Optional<PlanSummary> find(String code) {
        return code == null ? Optional.empty() : plans.findByCode(code.strip()).map(Plan::toSummary);
    }

    /**
     * The plan a period's figures belong to: the plan whose years hold the period's first day (the current one
     * when two do), else the current plan; empty when there is no plan at all.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Optional<PlanSummary> forDay(java.time.LocalDate day) {
        int year = day.getYear();
        return plans.findAllByNewest().stream()
                .filter(p -> p.getStartYear() <= year && year <= p.getEndYear())
                .min(java.util.Comparator.comparing((Plan p) -> !p.isCurrent()))
                .or(plans::findCurrent)
                .map(Plan::toSummary);
    }

    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Optional<PlanSummary> current() {
        return plans.findCurrent().map(Plan::toSummary);
    }

    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<PlanSummary> all() {
        return plans.findAllByNewest().stream().map(Plan::toSummary).toList();
    }

    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<FieldSummary> fields(long planId) {
        return fields.findByPlan(planId).stream().map(PlanField::toSummary).toList();
    }

    /**
     * Creates a plan with the seven standard PAR fields. The first plan becomes current; a later one
     * becomes current when the secretary says so.
     */
    @PreAuthorize(Roles.IS_SECRETARY)
    public PlanSummary create(String code, String name, int startYear, int endYear) {
        if (code == null || !code.matches("[0-9]{4}-[0-9]{4}")) {
            throw new BusinessException("plan.error.code");
        }
        if (endYear < startYear || endYear - startYear > 10) {
            throw new BusinessException("plan.error.years");
        }
        if (plans.findByCode(code).isPresent()) {
            throw new BusinessException("plan.error.codeTaken", code);
        }
        boolean first = plans.count() == 0;
        Plan plan = plans.save(new Plan(code, name, startYear, endYear, clock.instant()));
        int position = 1;
        for (String[] f : STANDARD_FIELDS) {
            fields.save(new PlanField(plan, f[0], position++, f[1], f[2]));
        }
        if (first) {
            plan.setCurrent(true, clock.instant());
        }
        audit.changes(AUDIT_TYPE, code, null)
                .field("name", null, name)
                .field("years", null, startYear + "–" + endYear)
                .save("CREATE");
        return plan.toSummary();
    }

    /** Makes a plan the current one (the default of every screen); a closed plan cannot be current. */
    @PreAuthorize(Roles.IS_SECRETARY)
    public void makeCurrent(String code) {
        Plan target = plans.findByCode(code).orElseThrow(() -> new BusinessException("plan.error.notFound", code));
        if (target.isClosed()) {
            throw new BusinessException("plan.error.closedNotCurrent", code);
        }
        plans.findCurrent().ifPresent(p -> p.setCurrent(false, clock.instant()));
        plans.flush();
        target.setCurrent(true, clock.instant());
        audit.action(AUDIT_TYPE, code, null, "MAKE_CURRENT");
    }

    /**
     * Closes a plan whose period is over: from then on it is read-only (no task, assignment, progress or field
     * change) and still reported. The current plan cannot be closed: the secretary first makes the next plan
     * current, so that every screen opens on a plan people can work in. Refused if someone changed the plan
     * meanwhile.
     */
    @PreAuthorize(Roles.IS_SECRETARY)
    public PlanSummary close(String code, long version) {
        Plan plan = lockedPlan(code, version);
        if (plan.isClosed()) {
            throw new BusinessException("plan.error.alreadyClosed", code);
        }
        if (plan.isCurrent()) {
            throw new BusinessException("plan.error.closeCurrent", code);
        }
        return closeNow(plan, clock.instant());
    }

    /** Closes the plan at {@code at} (the demo closes its old plan on the day after its period). */
    PlanSummary closeNow(Plan plan, java.time.Instant at) {
        plan.close(at, SecurityContextHolder.getContext().getAuthentication().getName());
        plans.saveAndFlush(plan);
        audit.changes(AUDIT_TYPE, plan.getCode(), null)
                .field("closedAt", null, java.time.LocalDate.ofInstant(at, clock.getZone()))
                .save("CLOSE");
        return plan.toSummary();
    }

    /**
     * Reopens a closed plan, with a reason kept in the audit trail (a report of the old period to correct):
     * its work can change again. Refused if someone changed the plan meanwhile.
     */
    @PreAuthorize(Roles.IS_SECRETARY)
    public PlanSummary reopen(String code, long version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("plan.error.reopenReason");
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw new BusinessException("plan.error.reasonTooLong", REASON_LENGTH);
        }
        Plan plan = lockedPlan(code, version);
        if (!plan.isClosed()) {
            throw new BusinessException("plan.error.notClosed", code);
        }
        plan.reopen(clock.instant());
        plans.saveAndFlush(plan);
        audit.changes(AUDIT_TYPE, plan.getCode(), null)
                .field("reopenReason", null, reason.strip())
                .save("REOPEN");
        return plan.toSummary();
    }

    /**
     * Adds a field at the end of an open plan: a code unique in the plan ({@link PlanField#CODE_PATTERN}), both
     * names, and optionally a working group and an active lead unit.
     */
    @PreAuthorize(Roles.IS_SECRETARY)
    public FieldSummary addField(long planId, FieldDraft draft) {
        Plan plan = requirePlan(planId);
        plan.requireOpen();
        String code = draft.code() == null ? "" : draft.code().strip().toUpperCase(Locale.ROOT);
        if (!FIELD_CODE.matcher(code).matches()) {
            throw new BusinessException("plan.error.fieldCode", code);
        }
        if (fields.findByPlanAndCode(planId, code).isPresent()) {
            throw new BusinessException("plan.error.fieldCodeTaken", code, plan.getCode());
        }
        Described d = described(draft);
        int position = fields.findByPlan(planId).size() + 1;
        PlanField field = new PlanField(plan, code, position, d.nameEn, d.nameVi);
        field.describe(d.nameEn, d.nameVi, d.workingGroup, d.leadUnit);
        fields.saveAndFlush(field);
        audit.changes(FIELD_AUDIT_TYPE, plan.getCode() + "/" + code, d.leadCode())
                .field("nameEn", null, d.nameEn)
                .field("nameVi", null, d.nameVi)
                .field("workingGroup", null, d.workingGroup)
                .field("lead", null, d.leadCode())
                .field("position", null, position)
                .save("CREATE");
        return field.toSummary();
    }

    /** Renames a field (both languages) and sets its working group and lead unit; its code stays. */
    @PreAuthorize(Roles.IS_SECRETARY)
    public FieldSummary updateField(long fieldId, long version, FieldDraft draft) {
        PlanField field = lockedField(fieldId, version);
        if (draft.code() != null
                && !draft.code().isBlank()
                && !draft.code().strip().equalsIgnoreCase(field.getCode())) {
            throw new BusinessException("plan.error.fieldCodeImmutable", field.getCode());
        }
        Described d = described(draft);
        String oldLead =
                field.getLeadUnit() == null ? null : field.getLeadUnit().getCode();
        var changes = audit.changes(FIELD_AUDIT_TYPE, fieldKey(field), d.leadCode())
                .field("nameEn", field.getNameEn(), d.nameEn)
                .field("nameVi", field.getNameVi(), d.nameVi)
                .field("workingGroup", field.getWorkingGroup(), d.workingGroup)
                .field("lead", oldLead, d.leadCode());
        if (changes.isEmpty()) {
            return field.toSummary();
        }
        field.describe(d.nameEn, d.nameVi, d.workingGroup, d.leadUnit);
        fields.saveAndFlush(field);
        changes.save("UPDATE");
        return field.toSummary();
    }

    /**
     * Moves a field one place up ({@code -1}) or down ({@code +1}) in its plan's order, swapping with its
     * neighbour; at the top or the bottom nothing changes.
     */
    @PreAuthorize(Roles.IS_SECRETARY)
    public List<FieldSummary> moveField(long fieldId, long version, int step) {
        if (step != -1 && step != 1) {
            throw new BusinessException("plan.error.fieldStep");
        }
        PlanField field = lockedField(fieldId, version);
        List<PlanField> list = new ArrayList<>(fields.findByPlan(field.getPlan().getId()));
        int at = list.indexOf(field);
        int to = at + step;
        if (to >= 0 && to < list.size()) {
            list.add(to, list.remove(at));
            renumber(list);
            audit.changes(FIELD_AUDIT_TYPE, fieldKey(field), null)
                    .field("position", at + 1, to + 1)
                    .save("MOVE");
        }
        return list.stream().map(PlanField::toSummary).toList();
    }

    /** Removes a field no task uses (a cancelled task uses it too); the fields after it move up. */
    @PreAuthorize(Roles.IS_SECRETARY)
    public List<FieldSummary> removeField(long fieldId, long version) {
        PlanField field = lockedField(fieldId, version);
        long used = fields.countTasks(fieldId);
        if (used > 0) {
            throw new BusinessException("plan.error.fieldInUse", field.getCode(), used);
        }
        long planId = field.getPlan().getId();
        audit.changes(FIELD_AUDIT_TYPE, fieldKey(field), null)
                .field("nameEn", field.getNameEn(), null)
                .field("nameVi", field.getNameVi(), null)
                .save("DELETE");
        fields.delete(field);
        fields.flush();
        List<PlanField> rest = fields.findByPlan(planId);
        renumber(rest);
        return rest.stream().map(PlanField::toSummary).toList();
    }

    private void renumber(List<PlanField> list) {
        for (int i = 0; i < list.size(); i++) {
            list.get(i).setPosition(i + 1);
        }
        fields.saveAllAndFlush(list);
    }

    private record Described(String nameEn, String nameVi, String workingGroup, Unit leadUnit) {
        String leadCode() {
            return leadUnit == null ? null : leadUnit.getCode();
        }
    }

    private Described described(FieldDraft draft) {
        String en = text(draft.nameEn(), PlanField.NAME_LENGTH, "plan.error.fieldNameEn");
        String vi = text(draft.nameVi(), PlanField.NAME_LENGTH, "plan.error.fieldNameVi");
        String group = blankToNull(draft.workingGroup());
        if (group != null && group.length() > PlanField.WORKING_GROUP_LENGTH) {
            throw new BusinessException("plan.error.workingGroupTooLong", PlanField.WORKING_GROUP_LENGTH);
        }
        String lead = blankToNull(draft.leadUnitCode());
        return new Described(en, vi, group, lead == null ? null : units.requireActiveUnit(lead));
    }

    private static String text(String value, int max, String requiredKey) {
        String s = blankToNull(value);
        if (s == null) {
            throw new BusinessException(requiredKey);
        }
        if (s.length() > max) {
            throw new BusinessException("plan.error.fieldNameTooLong", max);
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String fieldKey(PlanField field) {
        return field.getPlan().getCode() + "/" + field.getCode();
    }

    private Plan lockedPlan(String code, long version) {
        Plan plan = plans.findByCode(code == null ? "" : code)
                .orElseThrow(() -> new BusinessException("plan.error.notFound", code));
        if (plan.getVersion() != version) {
            throw new ConcurrentEditException(
                    audit.lastActor(AUDIT_TYPE, plan.getCode()).orElse(null));
        }
        return plan;
    }

    /** A field of an open plan, as the caller saw it: refused when someone changed it meanwhile. */
    private PlanField lockedField(long fieldId, long version) {
        PlanField field = fields.findWithPlan(fieldId)
                .orElseThrow(() -> new BusinessException("plan.error.fieldNotFound", fieldId));
        field.getPlan().requireOpen();
        if (field.getVersion() != version) {
            throw new ConcurrentEditException(
                    audit.lastActor(FIELD_AUDIT_TYPE, fieldKey(field)).orElse(null));
        }
        return field;
    }

    Plan requireCurrentPlan() {
        return plans.findCurrent().orElseThrow(() -> new BusinessException("plan.error.noCurrent"));
    }

    /** The current plan, or the plan of that code when one is given (the board of a closed plan). */
    Plan requirePlan(String codeOrNull) {
        if (codeOrNull == null || codeOrNull.isBlank()) {
            return requireCurrentPlan();
        }
        return plans.findByCode(codeOrNull.strip())
                .orElseThrow(() -> new BusinessException("plan.error.notFound", codeOrNull));
    }

    Plan requirePlan(long id) {
        return plans.findById(id).orElseThrow(() -> new BusinessException("plan.error.notFound", id));
    }

    PlanField requireField(Plan plan, String code) {
        return fields.findByPlanAndCode(plan.getId(), code)
                .orElseThrow(() -> new BusinessException("task.error.unknownField", code));
    }
}
