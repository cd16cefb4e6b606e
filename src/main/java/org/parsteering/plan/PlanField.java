package org.parsteering.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.parsteering.base.AbstractEntity;

/** One PAR field of a plan, e.g. (3) administrative procedure reform; named in both languages. */
@Entity
@Table(name = "plan_field")
class PlanField extends AbstractEntity {

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

    FieldSummary toSummary() {
        return new FieldSummary(getId(), code, position, nameEn, nameVi);
    }
}
