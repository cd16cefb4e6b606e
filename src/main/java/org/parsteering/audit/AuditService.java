package org.parsteering.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail. Called inside the changing service's transaction ({@code MANDATORY}), so a
 * change and its audit rows commit or roll back together. The actor is the authenticated user, or
 * {@code system} for scheduled jobs and start-up data.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AuditService {

    public static final String SYSTEM = "system";

    private final AuditEventRepository repository;
    private final Clock clock;

    AuditService(AuditEventRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Starts a record of changes to one entity; add fields, then {@link Changes#save(String)}. */
    public Changes changes(String entityType, String entityKey, String unitCode) {
        return new Changes(entityType, entityKey, unitCode);
    }

    /** Records a single action without field values (e.g. "LOCK"). */
    public void action(String entityType, String entityKey, String unitCode, String action) {
        Instant now = clock.instant();
        repository.save(new AuditEvent(now, actor(), unitCode, entityType, entityKey, action, null, null, null));
    }

    /** The user who last changed the entity, for "changed by X meanwhile" messages. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<String> lastActor(String entityType, String entityKey) {
        return repository.findHistory(entityType, entityKey, PageRequest.of(0, 1)).stream()
                .findFirst()
                .map(e -> e.toEntry().actor());
    }

    /** The newest audit rows of one entity, newest first. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<AuditEntry> history(String entityType, String entityKey, int limit) {
        return repository.findHistory(entityType, entityKey, PageRequest.of(0, limit)).stream()
                .map(AuditEvent::toEntry)
                .toList();
    }

    /**
     * The audit log: every change, newest first, filtered by actor, unit, entity type and date range (all
     * optional). For the committee, the secretary and the inspectors.
     */
    @org.springframework.security.access.prepost.PreAuthorize(org.parsteering.base.Roles.CAN_READ_ALL)
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public org.springframework.data.domain.Page<AuditEntry> search(
            AuditFilter filter, org.springframework.data.domain.Pageable pageable) {
        return repository
                .search(
                        blankToNull(filter.actor()),
                        blankToNull(filter.unitCode()),
                        blankToNull(filter.entityType()),
                        filter.from() == null
                                ? null
                                : filter.from().atStartOfDay(clock.getZone()).toInstant(),
                        filter.to() == null
                                ? null
                                : filter.to()
                                        .plusDays(1)
                                        .atStartOfDay(clock.getZone())
                                        .toInstant(),
                        org.springframework.data.domain.PageRequest.of(
                                pageable.getPageNumber(), pageable.getPageSize()))
                .map(AuditEvent::toEntry);
    }

    /** The entity types that appear in the log, for the filter. */
    @org.springframework.security.access.prepost.PreAuthorize(org.parsteering.base.Roles.CAN_READ_ALL)
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<String> entityTypes() {
        return repository.entityTypes();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The signed-in user's name, as the audit trail records it, or {@value #SYSTEM} for a background job. */
    public static String currentActor() {
        return actor();
    }

    static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth.getName() == null ? SYSTEM : auth.getName();
    }

    /** Collects the changed fields of one entity; unchanged values are skipped. */
    public final class Changes {
        private final String entityType;
        private final String entityKey;
        private final String unitCode;
        private final List<String[]> fields = new ArrayList<>();

        private Changes(String entityType, String entityKey, String unitCode) {
            this.entityType = entityType;
            this.entityKey = entityKey;
            this.unitCode = unitCode;
        }

        public Changes field(String name, Object oldValue, Object newValue) {
            String o = oldValue == null ? null : oldValue.toString();
            String n = newValue == null ? null : newValue.toString();
            if (!Objects.equals(o, n)) {
                fields.add(new String[] {name, o, n});
            }
            return this;
        }

        public boolean isEmpty() {
            return fields.isEmpty();
        }

        /** Writes one row per changed field under {@code action}; writes nothing if nothing changed. */
        public void save(String action) {
            Instant now = clock.instant();
            String actor = actor();
            for (String[] f : fields) {
                repository.save(new AuditEvent(now, actor, unitCode, entityType, entityKey, action, f[0], f[1], f[2]));
            }
        }
    }
}
