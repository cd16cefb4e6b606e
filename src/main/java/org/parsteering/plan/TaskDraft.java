package org.parsteering.plan;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The editable fields of a task, bound by the task form and checked by the service. */
public class TaskDraft {

    private Long id;
    private long version;

    @NotBlank(message = "{validation.required}")
    @Size(max = Task.CODE_LENGTH, message = "{validation.tooLong}")
    @Pattern(regexp = Task.CODE_PATTERN, message = "{validation.taskCode}")
    private String code;

    @NotBlank(message = "{validation.required}")
    @Size(max = Task.TITLE_LENGTH, message = "{validation.tooLong}")
    private String title;

    @Size(max = Task.DESCRIPTION_LENGTH, message = "{validation.tooLong}")
    private String description;

    @Size(max = Task.OUTPUT_LENGTH, message = "{validation.tooLong}")
    private String expectedOutput;

    @Size(max = Task.OUTPUT_LENGTH, message = "{validation.tooLong}")
    private String evidenceRequired;

    @NotBlank(message = "{validation.required}")
    private String fieldCode;

    private LocalDate startDate;

    @NotNull(message = "{validation.required}")
    private LocalDate deadline;

    @NotNull(message = "{validation.required}")
    private Priority priority = Priority.NORMAL;

    @NotBlank(message = "{validation.required}")
    private String leadUnitCode;

    private Set<String> coordinatingUnitCodes = new LinkedHashSet<>();

    @Size(max = 100, message = "{validation.tooLong}")
    private String indexCriterion;

    public TaskDraft() {}

    @AssertTrue(message = "{validation.deadlineBeforeStart}")
    public boolean isDeadlineAfterStart() {
        return startDate == null || deadline == null || !deadline.isBefore(startDate);
    }

    @AssertTrue(message = "{validation.leadAlsoCoordinating}")
    public boolean isLeadNotCoordinating() {
        return leadUnitCode == null || !coordinatingUnitCodes.contains(leadUnitCode);
    }

    public Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = blankToNull(description);
    }

    public String getExpectedOutput() {
        return expectedOutput;
    }

    public void setExpectedOutput(String expectedOutput) {
        this.expectedOutput = blankToNull(expectedOutput);
    }

    public String getEvidenceRequired() {
        return evidenceRequired;
    }

    public void setEvidenceRequired(String evidenceRequired) {
        this.evidenceRequired = blankToNull(evidenceRequired);
    }

    public String getFieldCode() {
        return fieldCode;
    }

    public void setFieldCode(String fieldCode) {
        this.fieldCode = fieldCode;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public String getLeadUnitCode() {
        return leadUnitCode;
    }

    public void setLeadUnitCode(String leadUnitCode) {
        this.leadUnitCode = leadUnitCode == null ? null : leadUnitCode.strip().toUpperCase(Locale.ROOT);
    }

    public Set<String> getCoordinatingUnitCodes() {
        return coordinatingUnitCodes;
    }

    public void setCoordinatingUnitCodes(Set<String> codes) {
        this.coordinatingUnitCodes = new LinkedHashSet<>();
        if (codes != null) {
            codes.forEach(c -> coordinatingUnitCodes.add(c.strip().toUpperCase(Locale.ROOT)));
        }
    }

    public String getIndexCriterion() {
        return indexCriterion;
    }

    public void setIndexCriterion(String indexCriterion) {
        this.indexCriterion = blankToNull(indexCriterion);
    }

    List<String> coordinating() {
        return new ArrayList<>(coordinatingUnitCodes);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
