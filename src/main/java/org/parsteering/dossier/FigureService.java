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
import org.parsteering.base.Roles;
import org.parsteering.unit.UnitService;
import org.parsteering.unit.UnitSummary;
import org.parsteering.unit.UnitType;
import org.springframework.jdbc.core.JdbcTemplate;
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

    /**
     * One pass over the dossiers that can count in the period: received up to its end and not completed
     * before its start. {@code end} = min(to, today) decides "pending at end" (SPEC 3).
     */
    private static final String DOSSIER_SQL = """
            select d.unit_id,
              count(case when d.received_on between ? and ? then 1 end) as received,
              count(case when d.completed_on between ? and ? then 1 end) as completed,
              count(case when d.received_on <= ? and (d.completed_on is null or d.completed_on > ?) then 1 end) as pending_at_end,
              count(case when d.completed_on between ? and ? and d.completed_on <= d.due_on then 1 end)
                + count(case when d.received_on <= ? and (d.completed_on is null or d.completed_on > ?) and d.due_on >= ? then 1 end) as on_time,
              count(case when d.received_on between ? and ? and d.channel = 'ONLINE' then 1 end) as online,
              count(case when d.received_on between ? and ? and d.components in ('FULL', 'PARTIAL') then 1 end) as components_digitized,
              count(case when d.received_on between ? and ? and d.components = 'FULL' then 1 end) as components_fully,
              count(case when d.completed_on between ? and ? and d.result_digitized = true then 1 end) as results_digitized,
              count(case when d.completed_on between ? and ? and d.result_signed = true then 1 end) as results_signed,
              count(case when d.received_on between ? and ? and d.fee_required = true then 1 end) as fee_required,
              count(case when d.received_on between ? and ? and d.fee_required = true and d.paid_online = true then 1 end) as paid_online
            from dossier d
            where d.received_on <= ? and (d.completed_on is null or d.completed_on >= ?)
            """;

    private static final String SIGNATURE_SQL = """
            select s.unit_id, sum(s.documents_issued) as issued, sum(s.documents_signed) as signed
            from signature_report s
            where s.report_month between ? and ?
            """;

    private final JdbcTemplate jdbc;
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
        List<Object> args = new ArrayList<>(List.of(unitId));
        String sql = """
                select d.code, p.code, p.name, d.channel, d.received_on, d.due_on, d.completed_on
                from dossier d join admin_procedure p on p.id = d.procedure_id
                where d.unit_id = ? and """ + lateCondition(kind, from, to, end, args)
                + (channel == null ? "" : " and d.channel = ?")
                + " order by d.due_on, d.code limit ? offset ?";
        if (channel != null) {
            args.add(channel.name());
        }
        args.add(limit);
        args.add(offset);
        return jdbc.query(sql, (rs, i) -> lateDossier(rs, 0, end), args.toArray());
    }

    /**
     * The late dossiers of every unit in a period, by unit code and then as {@link #lateDossiers} orders them:
     * the same condition, for the quarterly report's list of all units at once.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public List<UnitLateDossier> lateDossiersOfAllUnits(
            LocalDate from, LocalDate to, Channel channel, LateKind kind, int offset, int limit) {
        LocalDate end = endOf(from, to);
        List<Object> args = new ArrayList<>();
        String sql = """
                select u.code, u.name, d.code, p.code, p.name, d.channel, d.received_on, d.due_on, d.completed_on
                from dossier d join admin_procedure p on p.id = d.procedure_id join unit u on u.id = d.unit_id
                where """ + lateCondition(kind, from, to, end, args)
                + (channel == null ? "" : " and d.channel = ?")
                + " order by u.code, d.due_on, d.code limit ? offset ?";
        if (channel != null) {
            args.add(channel.name());
        }
        args.add(limit);
        args.add(offset);
        return jdbc.query(
                sql,
                (rs, i) -> new UnitLateDossier(rs.getString(1), rs.getString(2), lateDossier(rs, 2, end)),
                args.toArray());
    }

    /** The SQL condition of "late" (SPEC 3: handled − on time) for a kind, its arguments appended to {@code args}. */
    private static String lateCondition(LateKind kind, LocalDate from, LocalDate to, LocalDate end, List<Object> args) {
        String completedLate = "(d.completed_on between ? and ? and d.completed_on > d.due_on)";
        String pendingOverdue =
                "(d.received_on <= ? and (d.completed_on is null or d.completed_on > ?) and d.due_on < ?)";
        List<Object> completedArgs = List.of(Date.valueOf(from), Date.valueOf(to));
        List<Object> pendingArgs = List.of(Date.valueOf(end), Date.valueOf(end), Date.valueOf(end));
        return switch (kind == null ? LateKind.ALL : kind) {
            case ALL -> {
                args.addAll(completedArgs);
                args.addAll(pendingArgs);
                yield "(" + completedLate + " or " + pendingOverdue + ")";
            }
            case COMPLETED_LATE -> {
                args.addAll(completedArgs);
                yield completedLate;
            }
            case PENDING_OVERDUE -> {
                args.addAll(pendingArgs);
                yield pendingOverdue;
            }
        };
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
        if (from == null || to == null) {
            throw new BusinessException("figures.error.period");
        }
        if (from.isAfter(to)) {
            throw new BusinessException("figures.error.fromAfterTo");
        }
        LocalDate today = LocalDate.now(clock);
        return to.isBefore(today) ? to : today;
    }

    private Map<Long, long[]> dossierCounts(LocalDate from, LocalDate to, LocalDate end, Long unitId, Channel channel) {
        Date f = Date.valueOf(from);
        Date t = Date.valueOf(to);
        Date e = Date.valueOf(end);
        Date lower = Date.valueOf(end.isBefore(from) ? end : from);
        List<Object> args = new ArrayList<>(
                List.of(f, t, f, t, e, e, f, t, e, e, e, f, t, f, t, f, t, f, t, f, t, f, t, f, t, t, lower));
        StringBuilder sql = new StringBuilder(DOSSIER_SQL);
        if (unitId != null) {
            sql.append(" and d.unit_id = ?");
            args.add(unitId);
        }
        if (channel != null) {
            sql.append(" and d.channel = ?");
            args.add(channel.name());
        }
        sql.append(" group by d.unit_id");
        Map<Long, long[]> map = new HashMap<>();
        jdbc.query(
                sql.toString(),
                rs -> {
                    long[] v = new long[11];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = rs.getLong(i + 2);
                    }
                    map.put(rs.getLong(1), v);
                },
                args.toArray());
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
