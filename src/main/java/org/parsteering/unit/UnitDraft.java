package org.parsteering.unit;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The editable fields of a unit, bound by the unit form and checked by the service. {@code version} is the
 * version the editor started from, so a save over somebody else's newer edit is refused.
 */
public class UnitDraft {

    private Long id;
    private long version;

    @NotBlank(message = "{validation.required}")
    @Size(max = Unit.CODE_LENGTH, message = "{validation.tooLong}")
    @Pattern(regexp = Unit.CODE_PATTERN, message = "{validation.unitCode}")
    private String code;

    @NotBlank(message = "{validation.required}")
    @Size(max = Unit.NAME_LENGTH, message = "{validation.tooLong}")
    private String name;

    @NotNull(message = "{validation.required}")
    private UnitType type;

    private String parentCode;
    private LocalDate activeFrom;
    private LocalDate activeTo;

    public UnitDraft() {}

    public static UnitDraft of(UnitSummary u) {
        UnitDraft d = new UnitDraft();
        d.id = u.id();
        d.version = u.version();
        d.code = u.code();
        d.name = u.name();
        d.type = u.type();
        d.parentCode = u.parentCode();
        d.activeFrom = u.activeFrom();
        d.activeTo = u.activeTo();
        return d;
    }

    @AssertTrue(message = "{validation.activeToBeforeFrom}")
    public boolean isActivePeriodValid() {
        return activeFrom == null || activeTo == null || !activeTo.isBefore(activeFrom);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public UnitType getType() {
        return type;
    }

    public void setType(UnitType type) {
        this.type = type;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode == null || parentCode.isBlank()
                ? null
                : parentCode.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public LocalDate getActiveFrom() {
        return activeFrom;
    }

    public void setActiveFrom(LocalDate activeFrom) {
        this.activeFrom = activeFrom;
    }

    public LocalDate getActiveTo() {
        return activeTo;
    }

    public void setActiveTo(LocalDate activeTo) {
        this.activeTo = activeTo;
    }
}
