package org.parsteering.unit;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parsteering.audit.AuditService;
import org.parsteering.base.BusinessException;
import org.parsteering.base.ConcurrentEditException;
import org.parsteering.base.Roles;
import org.parsteering.base.SearchText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reads and administers units. Everyone signed in may read units (the plan is visible to all roles);
 * only the SECRETARY creates, edits, closes or deletes them.
 */
@Service
@Transactional
@Validated
public class UnitService {

    static final String AUDIT_TYPE = "UNIT";

    private final UnitRepository repository;
    private final List<UnitReferences> references;
    private final UnitChangeRepository changes;
    private final AuditService audit;
    private final Clock clock;

    private final org.parsteering.base.DataVersion dataVersion;

    UnitService(
            UnitRepository repository,
            List<UnitReferences> references,
            UnitChangeRepository changes,
            AuditService audit,
            Clock clock,
            org.parsteering.base.DataVersion dataVersion) {
        this.dataVersion = dataVersion;
        this.repository = repository;
        this.references = references;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Units whose code or name contains {@code text}, optionally of one type and including closed ones. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Page<UnitSummary> search(String text, UnitType type, boolean includeInactive, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        Pageable sorted = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("code"));
        return repository
                .search(SearchText.like(text), type, includeInactive, today, sorted)
                .map(u -> u.toSummary(today));
    }

    /** Units active at some time in [from, to] (SPEC 3: every unit active in the period is reported). */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<UnitSummary> activeDuring(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        return repository.findActiveDuring(from, to).stream()
                .map(u -> u.toSummary(today))
                .toList();
    }

    /** Units by id (closed ones included), for the figures of the current structure. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Map<Long, UnitSummary> byIds(java.util.Collection<Long> ids) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, UnitSummary> map = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            repository.findAllById(ids).forEach(u -> map.put(u.getId(), u.toSummary(today)));
        }
        return map;
    }

    /** Active units, for pickers. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<UnitSummary> activeUnits() {
        return search("", null, false, PageRequest.of(0, 5000)).getContent();
    }

    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Optional<UnitSummary> findByCode(String code) {
        LocalDate today = LocalDate.now(clock);
        return code == null
                ? Optional.empty()
                : repository.findByCode(code.toUpperCase(Locale.ROOT)).map(u -> u.toSummary(today));
    }

    /** Active units per type as of today. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Map<UnitType, Long> countActiveByType() {
        Map<UnitType, Long> counts = new EnumMap<>(UnitType.class);
        for (UnitType t : UnitType.values()) {
            counts.put(t, 0L);
        }
        for (Object[] row : repository.countActiveByType(LocalDate.now(clock))) {
            counts.put((UnitType) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** Creates a unit. The code must be new; the parent, if any, must exist. */
    @PreAuthorize(Roles.IS_SECRETARY)
    public UnitSummary create(@Valid UnitDraft draft) {
        if (repository.findByCode(draft.getCode()).isPresent()) {
            throw new BusinessException("unit.error.codeTaken", draft.getCode());
        }
        Unit unit = new Unit(draft.getCode(), draft.getName(), draft.getType(), clock.instant());
        unit.setParent(resolveParent(draft.getParentCode(), null));
        unit.setActiveFrom(draft.getActiveFrom());
        unit.setActiveTo(draft.getActiveTo());
        repository.save(unit);
        audit.changes(AUDIT_TYPE, unit.getCode(), unit.getCode())
                .field("name", null, unit.getName())
                .field("type", null, unit.getType())
                .field("parent", null, draft.getParentCode())
                .field("activeFrom", null, unit.getActiveFrom())
                .field("activeTo", null, unit.getActiveTo())
                .save("CREATE");
        dataVersion.changed(); // last: the shared row stays locked only until the commit
        return unit.toSummary(LocalDate.now(clock));
    }

    /**
     * Saves an edited unit. The code is stable and cannot change. Refused when somebody else saved the unit
     * after the editor loaded it ({@code draft.version} is stale).
     */
    @PreAuthorize(Roles.IS_SECRETARY)
    public UnitSummary update(@Valid UnitDraft draft) {
        Unit unit = repository
                .findById(draft.getId())
                .orElseThrow(() -> new BusinessException("unit.error.notFound", draft.getCode()));
        if (unit.getVersion() != draft.getVersion()) {
            throw new ConcurrentEditException(
                    audit.lastActor(AUDIT_TYPE, unit.getCode()).orElse(null));
        }
        if (!unit.getCode().equals(draft.getCode())) {
            throw new BusinessException("unit.error.codeImmutable");
        }
        if (!java.util.Objects.equals(unit.getActiveTo(), draft.getActiveTo())
                && changes.findClosing(unit.getId()).isPresent()) {
            throw new BusinessException("unit.error.closedByChange", unit.getCode());
        }
        Unit parent = resolveParent(draft.getParentCode(), unit);
        var changes = audit.changes(AUDIT_TYPE, unit.getCode(), unit.getCode())
                .field("name", unit.getName(), draft.getName())
                .field("type", unit.getType(), draft.getType())
                .field(
                        "parent",
                        unit.getParent() == null ? null : unit.getParent().getCode(),
                        draft.getParentCode())
                .field("activeFrom", unit.getActiveFrom(), draft.getActiveFrom())
                .field("activeTo", unit.getActiveTo(), draft.getActiveTo());
        if (!changes.isEmpty()) {
            unit.setName(draft.getName());
            unit.setType(draft.getType());
            unit.setParent(parent);
            unit.setActiveFrom(draft.getActiveFrom());
            unit.setActiveTo(draft.getActiveTo());
            unit.touch(clock.instant());
            repository.saveAndFlush(unit);
            changes.save("UPDATE");
            dataVersion.changed(); // last: the shared row stays locked only until the commit
        }
        return unit.toSummary(LocalDate.now(clock));
    }

    /** Closes a unit from {@code activeTo} on; it keeps its history and can still be reported on. */
    @PreAuthorize(Roles.IS_SECRETARY)
    public UnitSummary deactivate(String code, long version, LocalDate activeTo) {
        if (activeTo == null) {
            throw new BusinessException("unit.error.activeToRequired");
        }
        Unit unit = require(code, version);
        if (unit.getActiveFrom() != null && activeTo.isBefore(unit.getActiveFrom())) {
            throw new BusinessException("unit.error.activeToBeforeFrom");
        }
        return activeTo(unit, activeTo, "DEACTIVATE");
    }

    /** Reopens a closed unit (clears {@code activeTo}). */
    @PreAuthorize(Roles.IS_SECRETARY)
    public UnitSummary reactivate(String code, long version) {
        Unit unit = require(code, version);
        if (changes.findClosing(unit.getId()).isPresent()) {
            // its work and figures went to its successor: reopening it would count them twice
            throw new BusinessException("unit.error.closedByChange", unit.getCode());
        }
        return activeTo(unit, null, "REACTIVATE");
    }

    /** The unit as the caller saw it at {@code version}; someone else's change meanwhile is a concurrent edit. */
    private Unit require(String code, long version) {
        Unit unit = require(code);
        if (unit.getVersion() != version) {
            throw new ConcurrentEditException(
                    audit.lastActor(AUDIT_TYPE, unit.getCode()).orElse(null));
        }
        return unit;
    }

    /** Closes the unit from {@code activeTo} on (null: reopens it), audited as {@code action}. */
    private UnitSummary activeTo(Unit unit, LocalDate activeTo, String action) {
        audit.changes(AUDIT_TYPE, unit.getCode(), unit.getCode())
                .field("activeTo", unit.getActiveTo(), activeTo)
                .save(action);
        unit.setActiveTo(activeTo);
        unit.touch(clock.instant());
        repository.saveAndFlush(unit);
        dataVersion.changed(); // last: the shared row stays locked only until the commit
        return unit.toSummary(LocalDate.now(clock));
    }

    /**
     * Deletes a unit created by mistake. Refused when anything refers to it (sub-units, accounts, and the
     * records of other features): such a unit is closed with {@link #deactivate} instead.
     */
    @PreAuthorize(Roles.IS_SECRETARY)
    public void delete(String code) {
        Unit unit = require(code);
        long refs = repository.countChildren(unit.getId()) + changes.countNaming(unit.getId());
        for (UnitReferences r : references) {
            refs += r.countReferences(unit.getId());
        }
        if (refs > 0) {
            throw new BusinessException("unit.error.referenced", unit.getCode(), refs);
        }
        audit.action(AUDIT_TYPE, unit.getCode(), unit.getCode(), "DELETE");
        repository.delete(unit);
        repository.flush();
        dataVersion.changed(); // last: the shared row stays locked only until the commit
    }

    /**
     * The unit entity for another feature's service to link to, inside that service's transaction and
     * after that service checked the caller's rights. Refuses unknown units, units not started yet, and closed
     * ones: after a change (SPEC 2a) a closed unit gets no new work ({@code import.error.unitClosed}, with its
     * last day).
     */
    @Transactional(readOnly = true)
    public Unit requireActiveUnit(String code) {
        Unit unit = require(code);
        LocalDate today = LocalDate.now(clock);
        if (unit.getActiveTo() != null && today.isAfter(unit.getActiveTo())) {
            throw new BusinessException("import.error.unitClosed", unit.getCode(), unit.getActiveTo());
        }
        if (!unit.isActiveOn(today)) {
            throw new BusinessException("unit.error.inactive", unit.getCode());
        }
        return unit;
    }

    private Unit require(String code) {
        return repository
                .findByCode(code == null ? "" : code.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new BusinessException("unit.error.notFound", code));
    }

    private Unit resolveParent(String parentCode, Unit self) {
        if (parentCode == null) {
            return null;
        }
        Unit parent = repository
                .findByCode(parentCode)
                .orElseThrow(() -> new BusinessException("unit.error.parentNotFound", parentCode));
        for (Unit p = parent; p != null; p = p.getParent()) {
            if (self != null && p.getId().equals(self.getId())) {
                throw new BusinessException("unit.error.parentCycle", parentCode);
            }
        }
        return parent;
    }
}
