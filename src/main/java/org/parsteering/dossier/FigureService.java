package org.parsteering.dossier;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Period;
import org.parsteering.base.Roles;
import org.parsteering.unit.UnitService;
import org.parsteering.unit.UnitSummary;
import org.parsteering.unit.UnitType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of SPEC 3 (Decision 766) for every unit active in a period and for the groups, computed by
 * two SQL aggregates (dossiers, signature reports) — never by loading dossiers. The rules of the
 * reminders and the dashboards read the same method, so each formula exists once.
 */
@Service
@Transactional(readOnly = true)
public class FigureService {

    /** SPEC 3 "received in the period": {@code received_on} within [from, to]. */
    static final String RECEIVED_IN_PERIOD = "d.received_on between :from and :to";

    /**
     * SPEC 3 "completed in the period": {@code completed_on} within [from, end], end = min(to, today). Not
     * [from, to]: a dossier completed after the end is pending at the end, and never both.
     */
    static final String COMPLETED_IN_PERIOD = "d.completed_on between :from and :end";

    /** SPEC 3 "pending at end": received by the end and not completed by it. */
    static final String PENDING_AT_END = "d.received_on <= :end and (d.completed_on is null or d.completed_on > :end)";

    /**
     * One pass over the dossiers that can count in the period: received up to its end and not completed
     * before its start. {@code end} = min(to, today) decides "completed" and "pending at end" (SPEC 3).
     */
    private static final String DOSSIER_SQL = "select d.unit_id,\n"
            + count(RECEIVED_IN_PERIOD) + " as received,\n"
            + count(COMPLETED_IN_PERIOD) + " as completed,\n"
            + count(PENDING_AT_END) + " as pending_at_end,\n"
            + count(COMPLETED_IN_PERIOD + " and d.completed_on <= d.due_on") + "\n + "
            + count(PENDING_AT_END + " and d.due_on >= :end") + " as on_time,\n"
            + count(RECEIVED_IN_PERIOD + " and d.channel = 'ONLINE'") + " as online,\n"
            + count(RECEIVED_IN_PERIOD + " and d.components in ('FULL', 'PARTIAL')") + " as components_digitized,\n"
            + count(RECEIVED_IN_PERIOD + " and d.components = 'FULL'") + " as components_fully,\n"
            + count(COMPLETED_IN_PERIOD + " and d.result_digitized = true") + " as results_digitized,\n"
            + count(COMPLETED_IN_PERIOD + " and d.result_signed = true") + " as results_signed,\n"
            + count(RECEIVED_IN_PERIOD + " and d.fee_required = true") + " as fee_required,\n"
            + count(RECEIVED_IN_PERIOD + " and d.fee_required = true and d.paid_online = true") + " as paid_online\n"
            + "from dossier d\n"
            + "where d.received_on <= :to and (d.completed_on is null or d.completed_on >= :lower)";

    private static String count(String condition) {
        return "count(case when " + condition + " then 1 end)";
    }

    private static final String SIGNATURE_SQL = """
            select s.unit_id, sum(s.documents_issued) as issued, sum(s.documents_signed) as signed
            from signature_report s
            where s.report_month between ? and ?
            """;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final UnitService units;
    private final Clock clock;

    private final FigureCache cache;
    private final org.parsteering.base.DataVersion dataVersion;

    FigureService(
            JdbcTemplate jdbc,
            UnitService units,
            Clock clock,
            FigureCache cache,
            org.parsteering.base.DataVersion dataVersion) {
        this.cache = cache;
        this.dataVersion = dataVersion;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.units = units;
        this.clock = clock;
    }

    /**
     * The counts of every unit active in [from, to] (zeros included) and of the groups DISTRICT,
     * DEPARTMENT, COMMUNE and ALL; one unit only when {@code unitCode} is given; one channel only when
     * {@code channel} is given. Everyone signed in may read the figures of every unit. Signature figures
     * are monthly: every month that the period touches counts in full.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public FigureReport figures(LocalDate from, LocalDate to, String unitCode, Channel channel) {
        LocalDate end = endOf(from, to);
        FigureCache.Key key = new FigureCache.Key(
                from,
                to,
                end,
                unitCode == null || unitCode.isBlank() ? null : unitCode,
                channel,
                dataVersion.current());
        FigureReport cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        FigureReport report = compute(from, to, end, unitCode, channel);
        cache.put(key, report);
        return report;
    }

    private FigureReport compute(LocalDate from, LocalDate to, LocalDate end, String unitCode, Channel channel) {
        List<UnitSummary> unitList = units.activeDuring(from, to);
        Long unitId = null;
        if (unitCode != null && !unitCode.isBlank()) {
            UnitSummary unit = units.findByCode(unitCode)
                    .orElseThrow(() -> new BusinessException("figures.error.unknownUnit", unitCode));
            unitId = unit.id();
            unitList = List.of(unit);
        }

        Map<Long, long[]> dossiers = dossierCounts(from, to, end, unitId, channel);
        Map<Long, long[]> signatures = signatureCounts(from, to, unitId);

        List<UnitFigures> result = new ArrayList<>(unitList.size());
        Map<String, FigureCounts> groups = new LinkedHashMap<>();
        for (UnitType type : UnitType.values()) {
            groups.put(type.name(), FigureCounts.ZERO);
        }
        groups.put("ALL", FigureCounts.ZERO);
        for (UnitSummary u : unitList) {
            long[] d = dossiers.getOrDefault(u.id(), new long[11]);
            long[] s = signatures.getOrDefault(u.id(), new long[2]);
            long handled = d[1] + d[2];
            FigureCounts c = new FigureCounts(
                    d[0],
                    d[1],
                    d[2],
                    handled,
                    d[3],
                    handled - d[3],
                    d[4],
                    d[5],
                    d[6],
                    d[7],
                    d[8],
                    d[9],
                    d[10],
                    s[0],
                    s[1]);
            result.add(new UnitFigures(u.code(), u.name(), u.type(), c));
            groups.merge(u.type().name(), c, FigureCounts::plus);
            groups.merge("ALL", c, FigureCounts::plus);
        }
        return new FigureReport(
                from, to, end, channel, List.copyOf(result), java.util.Collections.unmodifiableMap(groups));
    }

    /**
     * Every unit's overdue pending dossiers today (SPEC 3: {@code completed_on} empty and {@code due_on} before
     * today), with the codes of the {@code maxCodes} most overdue, in one query. What the {@code LATE_DOSSIERS}
     * reminder chases.
     */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    public List<OverduePending> overduePending(int maxCodes) {
        LocalDate today = LocalDate.now(clock);
        Map<String, List<String>> codes = new LinkedHashMap<>();
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(
                """
                select u.code, x.code, x.n
                from (select d.unit_id, d.code,
                             row_number() over (partition by d.unit_id order by d.due_on, d.code) as rn,
                             count(*) over (partition by d.unit_id) as n
                      from dossier d
                      where d.completed_on is null and d.due_on < ?) x
                join unit u on u.id = x.unit_id
                where x.rn <= ?
                order by u.code, x.rn
                """,
                rs -> {
                    codes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                    counts.put(rs.getString(1), rs.getLong(3));
                },
                Date.valueOf(today),
                maxCodes);
        return codes.entrySet().stream()
                .map(e -> new OverduePending(e.getKey(), counts.get(e.getKey()), List.copyOf(e.getValue())))
                .toList();
    }

    /**
     * The late dossiers of one unit in a period (SPEC 3 "late dossiers": handled − on time), the oldest due
     * date first, one page at a time: completed in the period after their due date ({@link
     * LateKind#COMPLETED_LATE}), or pending at the end past it ({@link LateKind#PENDING_OVERDUE}), or both.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public List<LateDossier> lateDossiers(
            String unitCode, LocalDate from, LocalDate to, Channel channel, LateKind kind, int offset, int limit) {
        LocalDate end = endOf(from, to);
        long unitId = units.findByCode(unitCode)
                .orElseThrow(() -> new BusinessException("figures.error.unknownUnit", unitCode))
                .id();
        MapSqlParameterSource args = period(from, to, end)
                .addValue("unit", unitId)
                .addValue("limit", limit)
                .addValue("offset", offset);
        String sql = """
                select d.code, p.code, p.name, d.channel, d.received_on, d.due_on, d.completed_on
                from dossier d join admin_procedure p on p.id = d.procedure_id
                where d.unit_id = :unit and """ + lateCondition(kind)
                + channel(channel, args)
                + " order by d.due_on, d.code limit :limit offset :offset";
        return named.query(sql, args, (rs, i) -> lateDossier(rs, 0, end));
    }

    /**
     * The late dossiers of every unit in a period, by unit code and then as {@link #lateDossiers} orders them:
     * the same condition, for the quarterly report's list of all units at once.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public List<UnitLateDossier> lateDossiersOfAllUnits(
            LocalDate from, LocalDate to, Channel channel, LateKind kind, int offset, int limit) {
        LocalDate end = endOf(from, to);
        MapSqlParameterSource args =
                period(from, to, end).addValue("limit", limit).addValue("offset", offset);
        String sql = """
                select u.code, u.name, d.code, p.code, p.name, d.channel, d.received_on, d.due_on, d.completed_on
                from dossier d join admin_procedure p on p.id = d.procedure_id join unit u on u.id = d.unit_id
                where """ + lateCondition(kind)
                + channel(channel, args)
                + " order by u.code, d.due_on, d.code limit :limit offset :offset";
        return named.query(
                sql, args, (rs, i) -> new UnitLateDossier(rs.getString(1), rs.getString(2), lateDossier(rs, 2, end)));
    }

    /** The SQL condition of "late" (SPEC 3: handled − on time) for a kind, over {@code :from}, {@code :end}. */
    private static String lateCondition(LateKind kind) {
        String completedLate = "(" + COMPLETED_IN_PERIOD + " and d.completed_on > d.due_on)";
        String pendingOverdue = "(" + PENDING_AT_END + " and d.due_on < :end)";
        return switch (kind == null ? LateKind.ALL : kind) {
            case ALL -> "(" + completedLate + " or " + pendingOverdue + ")";
            case COMPLETED_LATE -> completedLate;
            case PENDING_OVERDUE -> pendingOverdue;
        };
    }

    private static MapSqlParameterSource period(LocalDate from, LocalDate to, LocalDate end) {
        return new MapSqlParameterSource()
                .addValue("from", Date.valueOf(from))
                .addValue("to", Date.valueOf(to))
                .addValue("end", Date.valueOf(end));
    }

    /** {@code and d.channel = :channel} when a channel is chosen, else nothing. */
    private static String channel(Channel channel, MapSqlParameterSource args) {
        if (channel == null) {
            return "";
        }
        args.addValue("channel", channel.name());
        return " and d.channel = :channel";
    }

    /** A late dossier from the columns after {@code skip}: code, procedure code and name, channel, dates. */
    private static LateDossier lateDossier(java.sql.ResultSet rs, int skip, LocalDate end)
            throws java.sql.SQLException {
        LocalDate due = rs.getDate(skip + 6).toLocalDate();
        LocalDate completed =
                rs.getDate(skip + 7) == null ? null : rs.getDate(skip + 7).toLocalDate();
        LocalDate effective = completed != null && !completed.isAfter(end) ? completed : end;
        return new LateDossier(
                rs.getString(skip + 1),
                rs.getString(skip + 2),
                rs.getString(skip + 3),
                Channel.valueOf(rs.getString(skip + 4)),
                rs.getDate(skip + 5).toLocalDate(),
                due,
                completed,
                java.time.temporal.ChronoUnit.DAYS.between(due, effective));
    }

    private LocalDate endOf(LocalDate from, LocalDate to) {
        Period.checked(from, to);
        LocalDate today = LocalDate.now(clock);
        return to.isBefore(today) ? to : today;
    }

    private Map<Long, long[]> dossierCounts(LocalDate from, LocalDate to, LocalDate end, Long unitId, Channel channel) {
        MapSqlParameterSource args =
                period(from, to, end).addValue("lower", Date.valueOf(end.isBefore(from) ? end : from));
        StringBuilder sql = new StringBuilder(DOSSIER_SQL);
        if (unitId != null) {
            sql.append(" and d.unit_id = :unitId");
            args.addValue("unitId", unitId);
        }
        sql.append(channel(channel, args));
        sql.append(" group by d.unit_id");
        Map<Long, long[]> map = new HashMap<>();
        named.query(sql.toString(), args, rs -> {
            long[] v = new long[11];
            for (int i = 0; i < v.length; i++) {
                v[i] = rs.getLong(i + 2);
            }
            map.put(rs.getLong(1), v);
        });
        return map;
    }

    private Map<Long, long[]> signatureCounts(LocalDate from, LocalDate to, Long unitId) {
        StringBuilder sql = new StringBuilder(SIGNATURE_SQL);
        List<Object> args =
                new ArrayList<>(List.of(Date.valueOf(from.withDayOfMonth(1)), Date.valueOf(to.withDayOfMonth(1))));
        if (unitId != null) {
            sql.append(" and s.unit_id = ?");
            args.add(unitId);
        }
        sql.append(" group by s.unit_id");
        Map<Long, long[]> map = new HashMap<>();
        jdbc.query(
                sql.toString(),
                rs -> {
                    map.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
                },
                args.toArray());
        return map;
    }
}
