package org.parsteering.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What a unit reported, when and by whom. Append-only: never edited, a later report supersedes it. */
@Entity
@Immutable
@Table(name = "progress_report")
class ProgressReport {

    static final int NOTE_LENGTH = 2000;

    enum Kind {
        PROGRESS,
        COMPLETION,
        RETURNED,
        ACCEPTED,
        /** The assignment carries on a closed unit's open work after a unit change (SPEC 2a). */
        TAKEN_OVER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "percent", nullable = false)
    private int percent;

    @Column(name = "note", length = NOTE_LENGTH)
    private String note;

    @Column(name = "reported_by", nullable = false, length = 60)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected ProgressReport() {}

    ProgressReport(Assignment assignment, Kind kind, int percent, String note, String reportedBy, Instant reportedAt) {
        this.assignment = assignment;
        this.kind = kind;
        this.percent = percent;
        this.note = note;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    Long getId() {
        return id;
    }

    Assignment getAssignment() {
        return assignment;
    }

    Kind getKind() {
        return kind;
    }

    int getPercent() {
        return percent;
    }

    String getNote() {
        return note;
    }

    String getReportedBy() {
        return reportedBy;
    }

    Instant getReportedAt() {
        return reportedAt;
    }
}
