package org.parsteering.plan;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.parsteering.audit.AuditService;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Five-year plans and their PAR fields. Everyone reads them; the SECRETARY creates a plan (with the
 * seven standard fields of the national PAR programme) and chooses which one is current.
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

    private final PlanRepository plans;
    private final PlanFieldRepository fields;
    private final AuditService audit;
    private final Clock clock;

    PlanService(PlanRepository plans, PlanFieldRepository fields, AuditService audit, Clock clock) {
        this.plans = plans;
        this.fields = fields;
        this.audit = audit;
        this.clock = clock;
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
        audit.changes("PLAN", code, null)
                .field("name", null, name)
                .field("years", null, startYear + "–" + endYear)
                .save("CREATE");
        return plan.toSummary();
    }

    /** Makes a plan the current one (the default of every screen). */
    @PreAuthorize(Roles.IS_SECRETARY)
    public void makeCurrent(String code) {
        Plan target = plans.findByCode(code).orElseThrow(() -> new BusinessException("plan.error.notFound", code));
        plans.findCurrent().ifPresent(p -> p.setCurrent(false, clock.instant()));
        plans.flush();
        target.setCurrent(true, clock.instant());
        audit.action("PLAN", code, null, "MAKE_CURRENT");
    }

    Plan requireCurrentPlan() {
        return plans.findCurrent().orElseThrow(() -> new BusinessException("plan.error.noCurrent"));
    }

    Plan requirePlan(long id) {
        return plans.findById(id).orElseThrow(() -> new BusinessException("plan.error.notFound", id));
    }

    PlanField requireField(Plan plan, String code) {
        return fields.findByPlanAndCode(plan.getId(), code)
                .orElseThrow(() -> new BusinessException("task.error.unknownField", code));
    }
}
