package org.parsteering.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parsteering.audit.AuditService;
import org.parsteering.base.DataVersion;
import org.parsteering.base.RetryOnConflict;
import org.parsteering.base.Roles;
import org.parsteering.calendar.PeriodLocks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unit changes (SPEC 2a): merges, renames and abolitions, recorded by the SECRETARY with their effective date
 * and legal basis, and the lineage that maps every closed unit to the unit that carries it on today. Each
 * change, in one transaction: closes its predecessors (their {@code active_to} is the day before the change),
 * creates a new successor (active from the change date), rewrites {@code unit_lineage}, writes the audit, and
 * publishes {@link UnitsChanged} so that the features holding a unit's work carry it over.
 *
 * <p>Rules: a unit is a predecessor in at most one change; no cycles; the change date is after each
 * predecessor's start and not after today; a merge has two or more units, and its successor is new, one of
 * them, or an active unit; recording the same change again changes nothing.
 */
@Service
@Transactional
public class UnitChangeService {

    static final String AUDIT_TYPE = "UNIT_CHANGE";
    private static final Pattern CODE = Pattern.compile(Unit.CODE_PATTERN);

    /** What recording a change did: the import counts these. */
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /** A recorded change and what recording it did. */
    public record Recorded(UnitChangeSummary change, Outcome outcome) {}

    /** How a unit came to be and how it ended: the changes it is the successor of, and the change that closed it. */
    public record Lineage(List<UnitChangeSummary> from, UnitChangeSummary closedBy) {}

    private final UnitRepository units;
    private final UnitChangeRepository changes;
    private final JdbcClient jdbc;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final DataVersion dataVersion;
    private final Clock clock;
    private final PeriodLocks periodLocks;

    UnitChangeService(
            UnitRepository units,
            UnitChangeRepository changes,
            JdbcClient jdbc,
            AuditService audit,
            ApplicationEventPublisher events,
            DataVersion dataVersion,
            Clock clock,
            PeriodLocks periodLocks) {
        this.periodLocks = periodLocks;
        this.units = units;
        this.changes = changes;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.dataVersion = dataVersion;
        this.clock = clock;
    }

    /** Records a change; a broken rule is a {@link UnitChangeException} and nothing is written. */
    @PreAuthorize(Roles.IS_SECRETARY)
    @RetryOnConflict
    public Recorded record(UnitChangeRequest request) {
        Recorded recorded = apply(request);
        if (recorded.outcome() != Outcome.UNCHANGED) {
            dataVersion.changed(); // last: the shared row stays locked only until the commit
        }
        return recorded;
    }

    /** Every recorded change, the latest first. Everyone signed in may read them. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<UnitChangeSummary> history() {
        return changes.findAllWithUnits().stream().map(UnitChange::toSummary).toList();
    }

    /** The changes a unit came from and the change that closed it (null while it carries on). */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Lineage lineage(String unitCode) {
        Unit unit = units.findByCode(unitCode == null ? "" : unitCode.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new org.parsteering.base.BusinessException("unit.error.notFound", unitCode));
        return new Lineage(
                changes.findBySuccessor(unit.getId()).stream()
                        .map(UnitChange::toSummary)
                        .toList(),
                changes.findClosing(unit.getId()).map(UnitChange::toSummary).orElse(null));
    }

    /**
     * The unit each closed unit counts for in the current structure (SPEC 2a), by id: one entry per unit that
     * has a successor; a unit without an entry counts for itself.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Map<Long, Long> currentUnitIds() {
        Map<Long, Long> map = new HashMap<>();
        jdbc.sql("select unit_id, current_unit_id from unit_lineage").query(rs -> {
            map.put(rs.getLong(1), rs.getLong(2));
        });
        return map;
    }

    /**
     * Every unit that counts for another one in the current structure, transitively: the codes of the units a
     * unit carries on, by the unit's code, sorted.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Map<String, List<String>> predecessorCodes() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        jdbc.sql("""
                        select c.code as current_code, p.code as predecessor_code
                        from unit_lineage l join unit c on c.id = l.current_unit_id join unit p on p.id = l.unit_id
                        order by c.code, p.code
                        """).query(rs -> {
            map.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        map.replaceAll((k, v) -> List.copyOf(v));
        return map;
    }

    /**
     * Checks and applies one change inside the caller's transaction (the screen's, or the import's, which checked
     * the caller). Every rule is checked before anything is written, so a refused change writes nothing.
     */
    Recorded apply(UnitChangeRequest r) {
        LocalDate today = LocalDate.now(clock);
        if (r.changeDate() == null) {
            throw new UnitChangeException("unit.change.error.dateRequired", "change_date");
        }
        if (r.changeDate().isAfter(today)) {
            throw new UnitChangeException("unit.change.error.future", "change_date", r.changeDate());
        }
        if (r.kind() == null) {
            throw new UnitChangeException("unit.change.error.kindRequired", "kind");
        }
        // A change dated in a locked period would move that period's figures between units (SPEC 4a).
        periodLocks.checkOpen(r.changeDate());
        String basis = r.legalBasis() == null ? "" : r.legalBasis().strip();
        if (basis.isEmpty()) {
            throw new UnitChangeException("unit.change.error.legalBasisRequired", "legal_basis");
        }
        if (basis.length() > UnitChange.LEGAL_BASIS_LENGTH) {
            throw new UnitChangeException(
                    "unit.change.error.legalBasisTooLong", "legal_basis", UnitChange.LEGAL_BASIS_LENGTH);
        }
        List<String> codes = new ArrayList<>();
        for (String c : r.predecessors()) {
            String code = c == null ? "" : c.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (codes.contains(code)) {
                throw new UnitChangeException("unit.change.error.duplicatePredecessor", "predecessors", code);
            }
            codes.add(code);
        }
        String successorCode = r.successorCode() == null || r.successorCode().isBlank()
                ? null
                : r.successorCode().strip().toUpperCase(Locale.ROOT);
        String successorName = r.successorName() == null || r.successorName().isBlank()
                ? null
                : r.successorName().strip();
        if (successorName != null && successorName.length() > Unit.NAME_LENGTH) {
            throw new UnitChangeException("unit.change.error.nameTooLong", "successor_name", Unit.NAME_LENGTH);
        }
        Recorded recorded = switch (r.kind()) {
            case RENAME -> rename(r.changeDate(), codes, successorCode, successorName, basis);
            case MERGE, ABOLISH ->
                close(r.kind(), r.changeDate(), codes, successorCode, successorName, r.successorType(), basis);
        };
        return recorded;
    }

    private Recorded rename(LocalDate date, List<String> codes, String code, String newName, String basis) {
        if (!codes.isEmpty()) {
            throw new UnitChangeException("unit.change.error.renameHasPredecessors", "predecessors");
        }
        if (code == null) {
            throw new UnitChangeException("unit.change.error.successorRequired", "successor_code");
        }
        if (newName == null) {
            throw new UnitChangeException("unit.change.error.newNameRequired", "successor_name");
        }
        Unit unit = units.findByCode(code)
                .orElseThrow(() -> new UnitChangeException("unit.change.error.unknownUnit", "successor_code", code));
        Optional<UnitChange> known = changes.findByKey(date, UnitChangeKind.RENAME, unit.getId());
        if (known.isPresent()) {
            UnitChange c = known.get();
            boolean same = c.getLegalBasis().equals(basis) && Objects.equals(c.getNewName(), newName);
            if (same) {
                return new Recorded(c.toSummary(), Outcome.UNCHANGED);
            }
            auditChange(c)
                    .field("legalBasis", c.getLegalBasis(), basis)
                    .field("newName", c.getNewName(), newName)
                    .save("UPDATE");
            c.setLegalBasis(basis);
            if (!Objects.equals(c.getNewName(), newName)) {
                renameUnit(unit, newName, "RENAME");
                c.setNames(c.getOldName(), newName);
            }
            changes.saveAndFlush(c);
            return new Recorded(c.toSummary(), Outcome.UPDATED);
        }
        if (!unit.isActiveOn(date)) {
            throw new UnitChangeException("unit.change.error.successorInactive", "successor_code", code, date);
        }
        if (unit.getName().equals(newName)) {
            throw new UnitChangeException("unit.change.error.sameName", "successor_name", newName);
        }
        UnitChange change =
                new UnitChange(date, UnitChangeKind.RENAME, basis, unit, Set.of(), clock.instant(), actor());
        change.setNames(unit.getName(), newName);
        renameUnit(unit, newName, "RENAME");
        changes.saveAndFlush(change);
        auditChange(change)
                .field("kind", null, UnitChangeKind.RENAME)
                .field("changeDate", null, date)
                .field("successor", null, code)
                .field("oldName", null, change.getOldName())
                .field("newName", null, newName)
                .field("legalBasis", null, basis)
                .save("CREATE");
        return new Recorded(change.toSummary(), Outcome.CREATED);
    }

    private Recorded close(
            UnitChangeKind kind,
            LocalDate date,
            List<String> codes,
            String successorCode,
            String successorName,
            UnitType successorType,
            String basis) {
        if (kind == UnitChangeKind.MERGE && codes.size() < 2) {
            throw new UnitChangeException("unit.change.error.mergeNeedsTwo", "predecessors");
        }
        if (kind == UnitChangeKind.ABOLISH && codes.isEmpty()) {
            throw new UnitChangeException("unit.change.error.predecessorsRequired", "predecessors");
        }
        if (kind == UnitChangeKind.MERGE && successorCode == null) {
            throw new UnitChangeException("unit.change.error.successorRequired", "successor_code");
        }
        if (kind == UnitChangeKind.ABOLISH && successorCode != null && codes.contains(successorCode)) {
            throw new UnitChangeException("unit.change.error.successorAbolished", "successor_code", successorCode);
        }
        Map<String, Unit> found = new HashMap<>();
        Set<String> lookup = new HashSet<>(codes);
        if (successorCode != null) {
            lookup.add(successorCode);
        }
        units.findByCodeIn(lookup).forEach(u -> found.put(u.getCode(), u));
        for (String code : codes) {
            if (!found.containsKey(code)) {
                throw new UnitChangeException("unit.change.error.unknownUnit", "predecessors", code);
            }
        }
        Unit successor = successorCode == null ? null : found.get(successorCode);
        boolean successorContinues = successor != null && codes.contains(successorCode);
        List<Unit> closing = codes.stream()
                .filter(c -> !c.equals(successorCode))
                .map(found::get)
                .toList();
        Set<Long> closingIds = closing.stream().map(Unit::getId).collect(Collectors.toSet());

        // The same change recorded again: unchanged, or a new legal basis; other units under its key are refused.
        Optional<UnitChange> known = successor == null
                ? findAbolitionWithout(date, closingIds)
                : changes.findByKey(date, kind, successor.getId());
        if (known.isPresent()) {
            UnitChange c = known.get();
            Set<Long> knownIds = c.getPredecessors().stream().map(Unit::getId).collect(Collectors.toSet());
            if (!knownIds.equals(closingIds)) {
                throw new UnitChangeException(
                        "unit.change.error.keyConflict",
                        "predecessors",
                        date,
                        successorCode == null ? "—" : successorCode,
                        c.toSummary().predecessors().stream()
                                .map(UnitChangeSummary.UnitRef::code)
                                .collect(Collectors.joining(";")));
            }
            if (c.getLegalBasis().equals(basis)) {
                return new Recorded(c.toSummary(), Outcome.UNCHANGED);
            }
            auditChange(c).field("legalBasis", c.getLegalBasis(), basis).save("UPDATE");
            c.setLegalBasis(basis);
            changes.saveAndFlush(c);
            return new Recorded(c.toSummary(), Outcome.UPDATED);
        }

        LocalDate dayBefore = date.minusDays(1);
        for (Unit p : closing) {
            changes.findClosing(p.getId()).ifPresent(c -> {
                throw new UnitChangeException(
                        "unit.change.error.alreadyChanged", "predecessors", p.getCode(), c.getChangeDate());
            });
            if (p.getActiveFrom() != null && !p.getActiveFrom().isBefore(date)) {
                throw new UnitChangeException(
                        "unit.change.error.beforeStart", "change_date", p.getCode(), p.getActiveFrom());
            }
            if (p.getActiveTo() != null && p.getActiveTo().isBefore(dayBefore)) {
                throw new UnitChangeException(
                        "unit.change.error.alreadyClosed", "predecessors", p.getCode(), p.getActiveTo());
            }
        }
        boolean createSuccessor = successorCode != null && successor == null;
        if (createSuccessor) {
            if (!CODE.matcher(successorCode).matches()) {
                throw new UnitChangeException("unit.change.error.badCode", "successor_code", successorCode);
            }
            if (successorName == null) {
                throw new UnitChangeException("unit.change.error.successorNameRequired", "successor_name");
            }
            if (successorType == null) {
                throw new UnitChangeException("unit.change.error.successorTypeRequired", "successor_type");
            }
        } else if (successor != null && !successorContinues) {
            if (!successor.isActiveOn(date)) {
                throw new UnitChangeException(
                        "unit.change.error.successorInactive", "successor_code", successorCode, date);
            }
            // No cycle: the successor must not count (now or through its own successor) for a unit closed here.
            Long current = currentUnitIds().getOrDefault(successor.getId(), successor.getId());
            if (closingIds.contains(current) || closingIds.contains(successor.getId())) {
                throw new UnitChangeException("unit.change.error.cycle", "successor_code", successorCode);
            }
        }

        var now = clock.instant();
        if (createSuccessor) {
            successor = new Unit(successorCode, successorName, successorType, now);
            successor.setActiveFrom(date);
            units.saveAndFlush(successor);
            audit.changes(UnitService.AUDIT_TYPE, successorCode, successorCode)
                    .field("name", null, successorName)
                    .field("type", null, successorType)
                    .field("activeFrom", null, date)
                    .save("CREATE");
        } else if (successorContinues) {
            String oldName = successor.getName();
            var unitChanges = audit.changes(UnitService.AUDIT_TYPE, successorCode, successorCode);
            if (successorName != null && !successorName.equals(oldName)) {
                unitChanges.field("name", oldName, successorName);
                successor.setName(successorName);
            }
            if (successorType != null && successorType != successor.getType()) {
                unitChanges.field("type", successor.getType(), successorType);
                successor.setType(successorType);
            }
            if (!unitChanges.isEmpty()) {
                successor.touch(now);
                unitChanges.save(kind.name());
            }
        }
        for (Unit p : closing) {
            audit.changes(UnitService.AUDIT_TYPE, p.getCode(), p.getCode())
                    .field("activeTo", p.getActiveTo(), dayBefore)
                    .field("successor", null, successorCode)
                    .save(kind.name());
            p.setActiveTo(dayBefore);
            p.touch(now);
        }
        units.flush();
        UnitChange change = new UnitChange(date, kind, basis, successor, new LinkedHashSet<>(closing), now, actor());
        changes.saveAndFlush(change);
        if (successor != null) {
            // the unit that carries the successor on today: itself, unless a later change was recorded first
            long successorId = currentUnitIds().getOrDefault(successor.getId(), successor.getId());
            for (Unit p : closing) {
                // everything that counted for the closed unit now counts for its successor: the chain stays flat
                jdbc.sql("update unit_lineage set current_unit_id = :s where current_unit_id = :p")
                        .param("s", successorId)
                        .param("p", p.getId())
                        .update();
                jdbc.sql("insert into unit_lineage (unit_id, current_unit_id) values (:p, :s)")
                        .param("p", p.getId())
                        .param("s", successorId)
                        .update();
            }
        }
        UnitChangeSummary summary = change.toSummary();
        auditChange(change)
                .field("kind", null, kind)
                .field("changeDate", null, date)
                .field(
                        "predecessors",
                        null,
                        summary.predecessors().stream()
                                .map(UnitChangeSummary.UnitRef::code)
                                .collect(Collectors.joining(";")))
                .field("successor", null, successorCode)
                .field("legalBasis", null, basis)
                .save("CREATE");
        events.publishEvent(new UnitsChanged(
                change.getId(),
                kind,
                date,
                basis,
                closing.stream().map(Unit::getId).toList(),
                closing.stream().map(Unit::getCode).toList(),
                successor == null ? null : successor.getId(),
                successorCode));
        return new Recorded(summary, Outcome.CREATED);
    }

    private Optional<UnitChange> findAbolitionWithout(LocalDate date, Set<Long> closingIds) {
        for (Long id : closingIds) {
            Optional<UnitChange> c = changes.findClosing(id);
            if (c.isPresent()
                    && c.get().getKind() == UnitChangeKind.ABOLISH
                    && c.get().getSuccessor() == null
                    && c.get().getChangeDate().equals(date)) {
                return c;
            }
        }
        return Optional.empty();
    }

    private void renameUnit(Unit unit, String newName, String action) {
        audit.changes(UnitService.AUDIT_TYPE, unit.getCode(), unit.getCode())
                .field("name", unit.getName(), newName)
                .save(action);
        unit.setName(newName);
        unit.touch(clock.instant());
        units.saveAndFlush(unit);
    }

    private AuditService.Changes auditChange(UnitChange change) {
        String key = change.getChangeDate() + " " + change.getKind()
                + (change.getSuccessor() == null
                        ? ""
                        : " " + change.getSuccessor().getCode());
        return audit.changes(
                AUDIT_TYPE,
                key,
                change.getSuccessor() == null ? null : change.getSuccessor().getCode());
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? AuditService.SYSTEM : auth.getName();
    }
}
