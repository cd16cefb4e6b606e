package org.parsteering.settings;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.parsteering.audit.AuditService;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thresholds of SPEC 3 and 4 as settings: stored in the database (so every node of a cluster reads the
 * same values), edited by the secretary, every change written to the audit log. A setting never saved has
 * its default, which {@code par.thresholds.*} may override per deployment.
 */
@Service
@Transactional
public class SettingsService {

    public static final String AUDIT_TYPE = "SETTINGS";
    public static final String AUDIT_KEY = "thresholds";

    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final Clock clock;
    private final Thresholds defaults;
    private final DeploymentLevel defaultLevel;

    /** The setting name of the deployment level, as stored and audited. */
    static final String LEVEL = "deploymentLevel";

    SettingsService(
            JdbcTemplate jdbc,
            AuditService audit,
            Clock clock,
            @Value("${par.thresholds.on-time:95}") double onTime,
            @Value("${par.thresholds.signatures:90}") double signatures,
            @Value("${par.thresholds.components-digitized:90}") double components,
            @Value("${par.thresholds.online-payment:30}") double payment,
            @Value("${par.thresholds.due-soon-days:${par.plan.due-soon-days:7}}") int dueSoon,
            @Value("${par.thresholds.stale-days:30}") int stale,
            @Value("${par.thresholds.escalation-days:5}") int escalation,
            @Value("${par.deployment.level:PROVINCE}") String level) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.defaults = new Thresholds(onTime, signatures, components, payment, dueSoon, stale, escalation);
        this.defaultLevel = DeploymentLevel.parse(level);
    }

    /**
     * The thresholds in force. Everyone signed in reads them (figures are coloured by them). Read from the
     * database at most every {@value #CACHE_NANOS} ns per node: a change on another node of a cluster shows
     * here within ten seconds, a change on this node at once.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Thresholds thresholds() {
        return stored().thresholds();
    }

    /**
     * The deployment's level (SPEC 2a): {@code PROVINCE} unless the secretary chose otherwise, or {@code
     * par.deployment.level} says so for the deployment. Everyone signed in reads it (group names follow it).
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public DeploymentLevel level() {
        return stored().level();
    }

    /** The level this deployment starts with, for the "defaults" button of the settings screen. */
    @PreAuthorize(Roles.IS_SECRETARY)
    @Transactional(readOnly = true)
    public DeploymentLevel defaultLevel() {
        return defaultLevel;
    }

    /**
     * Sets the deployment's level (secretary only); the change is audited with its old and new value, and
     * saving the level it already has changes nothing.
     */
    @PreAuthorize(Roles.IS_SECRETARY)
    public DeploymentLevel updateLevel(DeploymentLevel next) {
        if (next == null) {
            throw new BusinessException("settings.error.level");
        }
        DeploymentLevel current = read().level();
        if (current != next) {
            var changes = audit.changes(AUDIT_TYPE, AUDIT_KEY, null);
            write(LEVEL, next.name());
            changes.field(LEVEL, current.name(), next.name()).save("UPDATE");
            forget();
        }
        return level();
    }

    private Stored stored() {
        Cached c = cached;
        if (c != null && System.nanoTime() - c.readAt() < CACHE_NANOS) {
            return c.value();
        }
        Stored value = read();
        cached = new Cached(value, System.nanoTime());
        return value;
    }

    private static final long CACHE_NANOS = 10_000_000_000L;

    private record Stored(Thresholds thresholds, DeploymentLevel level) {}

    private record Cached(Stored value, long readAt) {}

    private volatile Cached cached;

    private Stored read() {
        Map<String, String> stored = new HashMap<>();
        jdbc.query("select name, val from setting", rs -> {
            stored.put(rs.getString(1), rs.getString(2));
        });
        String level = stored.get(LEVEL);
        return new Stored(thresholds(stored), level == null ? defaultLevel : DeploymentLevel.parse(level));
    }

    private Thresholds thresholds(Map<String, String> stored) {
        return new Thresholds(
                rate(stored, "onTime", defaults.onTime()),
                rate(stored, "signatures", defaults.signatures()),
                rate(stored, "componentsDigitized", defaults.componentsDigitized()),
                rate(stored, "onlinePayment", defaults.onlinePayment()),
                days(stored, "dueSoonDays", defaults.dueSoonDays()),
                days(stored, "staleDays", defaults.staleDays()),
                days(stored, "escalationDays", defaults.escalationDays()));
    }

    /**
     * Saves the thresholds (secretary only): rates between 0 and 100, periods of 1 to 365 days. Nothing is
     * saved when any value is out of range; each changed value is audited with its old and new value.
     */
    @PreAuthorize(Roles.IS_SECRETARY)
    public Thresholds update(Thresholds next) {
        for (Map.Entry<String, Object> e : next.asMap().entrySet()) {
            if (Thresholds.isRate(e.getKey())) {
                double v = (Double) e.getValue();
                if (Double.isNaN(v) || v < 0 || v > 100) {
                    throw new BusinessException("settings.error.rate", e.getKey());
                }
            } else {
                int v = (Integer) e.getValue();
                if (v < 1 || v > 365) {
                    throw new BusinessException("settings.error.days", e.getKey());
                }
            }
        }
        Thresholds current = read().thresholds();
        Map<String, Object> old = current.asMap();
        var changes = audit.changes(AUDIT_TYPE, AUDIT_KEY, null);
        for (Map.Entry<String, Object> e : next.asMap().entrySet()) {
            String text = text(e.getValue());
            if (text.equals(text(old.get(e.getKey())))) {
                continue;
            }
            write(e.getKey(), text);
            changes.field(e.getKey(), text(old.get(e.getKey())), text);
        }
        changes.save("UPDATE");
        forget();
        return thresholds();
    }

    private void write(String name, String value) {
        Timestamp now = Timestamp.from(clock.instant());
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        int updated = jdbc.update(
                "update setting set val = ?, updated_at = ?, updated_by = ? where name = ?", value, now, actor, name);
        if (updated == 0) {
            jdbc.update(
                    "insert into setting (name, val, updated_at, updated_by) values (?, ?, ?, ?)",
                    name,
                    value,
                    now,
                    actor);
        }
    }

    private void forget() {
        cached = null;
        // Whether the change commits or rolls back, the next read goes to the database.
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            cached = null;
                        }
                    });
        }
    }

    /** The defaults of this deployment, for the "reset" button of the settings screen. */
    @PreAuthorize(Roles.IS_SECRETARY)
    @Transactional(readOnly = true)
    public Thresholds defaults() {
        return defaults;
    }

    private static String text(Object value) {
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    private static double rate(Map<String, String> stored, String key, double fallback) {
        String v = stored.get(key);
        return v == null ? fallback : Double.parseDouble(v);
    }

    private static int days(Map<String, String> stored, String key, int fallback) {
        String v = stored.get(key);
        return v == null ? fallback : Integer.parseInt(v);
    }
}
