package org.parsteering.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.parsteering.base.AbstractEntity;
import org.parsteering.unit.Unit;

/**
 * One PAR field of a plan, e.g. (3) administrative procedure reform; named in both languages, with the working
 * group that follows it and its lead unit when the committee names them.
 */
@Entity
@Table(name = "plan_field")
class PlanField extends AbstractEntity {

    static final int CODE_LENGTH = 20;
    static final int NAME_LENGTH = 200;
    static final int WORKING_GROUP_LENGTH = 200;
    /** Upper-case letters and digits, starting with a letter: the code is a filter value and an import cell. */
    static final String CODE_PATTERN = "[A-Z][A-Z0-9]{1,19}";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(name = "code", nullable = false, length = 20)
    private String code;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "name_vi", nullable = false, length = 200)
    private String nameVi;

    @Column(name = "working_group", length = WORKING_GROUP_LENGTH)
    private String workingGroup;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_unit_id")
    private Unit leadUnit;

    protected PlanField() {}

    PlanField(Plan plan, String code, int position, String nameEn, String nameVi) {
        this.plan = plan;
        this.code = code;
        this.position = position;
        this.nameEn = nameEn;
        this.nameVi = nameVi;
    }

    Plan getPlan() {
        return plan;
    }

    String getCode() {
        return code;
    }

    int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    String getNameEn() {
        return nameEn;
    }

    String getNameVi() {
        return nameVi;
    }

    String getWorkingGroup() {
        return workingGroup;
    }

    Unit getLeadUnit() {
        return leadUnit;
    }

    void describe(String nameEn, String nameVi, String workingGroup, Unit leadUnit) {
        this.nameEn = nameEn;
        this.nameVi = nameVi;
        this.workingGroup = workingGroup;
        this.leadUnit = leadUnit;
    }

    FieldSummary toSummary() {
        return new FieldSummary(
                getId(),
                getVersion(),
                code,
                position,
                nameEn,
                nameVi,
                workingGroup,
                leadUnit == null ? null : leadUnit.getCode(),
                leadUnit == null ? null : leadUnit.getName());
    }
}
