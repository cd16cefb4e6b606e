package org.parsteering.dossier;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parsteering.base.BusinessException;
import org.parsteering.base.DataVersion;
import org.parsteering.base.Period;
import org.parsteering.base.Roles;
import org.parsteering.unit.Structure;
import org.parsteering.unit.UnitChangeService;
import org.parsteering.unit.UnitService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of SPEC 3 (Decision 766) for every unit active in a period and for the groups, computed by
 * two SQL aggregates (dossiers, signature reports, in {@link FigureQueries}) — never by loading dossiers. The
 * rules of the reminders and the dashboards read the same method, so each formula exists once; the named
 * fragments below are the definitions both the counts and the late-dossier lists use.
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

    /** One of the most overdue pending dossiers of a unit, with the unit's count of them. */
    private record OverdueRow(String unitCode, String dossierCode, long count) {}

    private final JdbcClient jdbc;
    private final UnitService units;
    private final Clock clock;

    private final FigureQueries queries;
    private final DataVersion dataVersion;

    private final UnitChangeService changes;

    FigureService(
            JdbcClient jdbc,
            UnitService units,
            UnitChangeService changes,
            Clock clock,
            FigureQueries queries,
            DataVersion dataVersion) {
        this.changes = changes;
        this.queries = queries;
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
        return figures(from, to, unitCode, channel, Structure.CURRENT);
    }

    /**
     * The figures of {@link #figures(LocalDate, LocalDate, String, Channel)} in a structure (SPEC 2a): in the
     * current one a closed unit's dossiers and signature reports count for the unit that carries it on today,
     * and a closed unit asked for by code is reported as that unit; in the historical one every row counts for
     * its own unit and closed units are marked.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public FigureReport figures(LocalDate from, LocalDate to, String unitCode, Channel channel, Structure structure) {
        LocalDate end = endOf(from, to);
        return queries.figures(new FigureQuery(
                from,
                to,
                end,
                unitCode == null || unitCode.isBlank() ? null : unitCode,
                channel,
                structure == null ? Structure.CURRENT : structure,
                dataVersion.current()));
    }

    /**
     * Every unit's overdue pending dossiers today (SPEC 3: {@code completed_on} empty and {@code due_on} before
     * today), with the codes of the {@code maxCodes} most overdue, in one query. What the {@code LATE_DOSSIERS}
     * reminder chases. By today's unit (the current structure, SPEC 2a): a closed unit's dossiers count for the unit
     * that carries it on ({@code unit_lineage}).
     */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    public List<OverduePending> overduePending(int maxCodes) {
        LocalDate today = LocalDate.now(clock);
        List<OverdueRow> rows = jdbc.sql("""
                        select u.code as unit_code, x.code as dossier_code, x.n as overdue
                        from (select coalesce(l.current_unit_id, d.unit_id) as unit_id, d.code,
                                     row_number() over (partition by coalesce(l.current_unit_id, d.unit_id)
                                                        order by d.due_on, d.code) as rn,
                                     count(*) over (partition by coalesce(l.current_unit_id, d.unit_id)) as n
                              from dossier d left join unit_lineage l on l.unit_id = d.unit_id
                              where d.completed_on is null and d.due_on < :today) x
                        join unit u on u.id = x.unit_id
                        where x.rn <= :maxCodes
                        order by u.code, x.rn
                        """)
                .param("today", Date.valueOf(today))
                .param("maxCodes", maxCodes)
                .query((rs, i) ->
                        new OverdueRow(rs.getString("unit_code"), rs.getString("dossier_code"), rs.getLong("overdue")))
                .list();
        Map<String, List<String>> codes = new LinkedHashMap<>();
        Map<String, Long> counts = new HashMap<>();
        for (OverdueRow row : rows) {
            codes.computeIfAbsent(row.unitCode(), k -> new ArrayList<>()).add(row.dossierCode());
            counts.put(row.unitCode(), row.count());
        }
        return codes.entrySet().stream()
                .map(e -> new OverduePending(e.getKey(), counts.get(e.getKey()), List.copyOf(e.getValue())))
                .toList();
    }

    /**
     * The late dossiers of one unit in a period (SPEC 3 "late dossiers": handled − on time), the oldest due
     * date first, one page at a time: completed in the period after their due date ({@link
     * LateKind#COMPLETED_LATE}), or pending at the end past it ({@link LateKind#PENDING_OVERDUE}), or both. In
     * the current structure, as {@link #figures(LocalDate, LocalDate, String, Channel, Structure)}.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public List<LateDossier> lateDossiers(
            String unitCode, LocalDate from, LocalDate to, Channel channel, LateKind kind, int offset, int limit) {
        return lateDossiers(unitCode, from, to, channel, kind, offset, limit, Structure.CURRENT);
    }

    /**
     * The late dossiers of one unit in a structure: in the current one, also those of the units it carries on
     * (a closed unit's code stands for the unit that carries it on); in the historical one, its own.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public List<LateDossier> lateDossiers(
            String unitCode,
            LocalDate from,
            LocalDate to,
            Channel channel,
            LateKind kind,
            int offset,
            int limit,
            Structure structure) {
        LocalDate end = endOf(from, to);
        long unitId = units.findByCode(unitCode)
                .orElseThrow(() -> new BusinessException("figures.error.unknownUnit", unitCode))
                .id();
        List<Long> ids = FigureQueries.countingFor(
                structure == Structure.HISTORICAL ? Map.of() : changes.currentUnitIds(), unitId);
        Map<String, Object> args = period(from, to, end);
        args.put("units", ids);
        args.put("limit", limit);
        args.put("offset", offset);
        String sql = "select " + LATE_COLUMNS + """

                from dossier d join admin_procedure p on p.id = d.procedure_id
                where d.unit_id in (:units) and """ + lateCondition(kind)
                + channel(channel, args)
                + " order by d.due_on, d.code limit :limit offset :offset";
        return jdbc.sql(sql).params(args).query((rs, i) -> lateDossier(rs, end)).list();
    }

    /**
     * The late dossiers of every unit in a period, by unit code and then as {@link #lateDossiers} orders them:
     * the same condition, for the quarterly report's list of all units at once.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public List<UnitLateDossier> lateDossiersOfAllUnits(
            LocalDate from, LocalDate to, Channel channel, LateKind kind, int offset, int limit) {
        return lateDossiersOfAllUnits(from, to, channel, kind, offset, limit, Structure.CURRENT);
    }

    /**
     * {@link #lateDossiersOfAllUnits(LocalDate, LocalDate, Channel, LateKind, int, int)} in a structure: in the
     * current one each dossier is listed under the unit that carries its unit on today.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public List<UnitLateDossier> lateDossiersOfAllUnits(
            LocalDate from, LocalDate to, Channel channel, LateKind kind, int offset, int limit, Structure structure) {
        LocalDate end = endOf(from, to);
        Map<String, Object> args = period(from, to, end);
        args.put("limit", limit);
        args.put("offset", offset);
        String unitJoin = structure == Structure.HISTORICAL
                ? " join unit u on u.id = d.unit_id"
                : " left join unit_lineage l on l.unit_id = d.unit_id"
                        + " join unit u on u.id = coalesce(l.current_unit_id, d.unit_id)";
        String sql = "select u.code as unit_code, u.name as unit_name, " + LATE_COLUMNS + """

                from dossier d join admin_procedure p on p.id = d.procedure_id""" + unitJoin + """

                where """
                + lateCondition(kind)
                + channel(channel, args)
                + " order by u.code, d.due_on, d.code limit :limit offset :offset";
        return jdbc.sql(sql)
                .params(args)
                .query((rs, i) ->
                        new UnitLateDossier(rs.getString("unit_code"), rs.getString("unit_name"), lateDossier(rs, end)))
                .list();
    }

    /** The SQL condition of "late" (SPEC 3: handled − on time) for a kind, over {@code :from}, {@code :end}. */
    static String lateCondition(LateKind kind) {
        String completedLate = "(" + COMPLETED_IN_PERIOD + " and d.completed_on > d.due_on)";
        String pendingOverdue = "(" + PENDING_AT_END + " and d.due_on < :end)";
        return switch (kind == null ? LateKind.ALL : kind) {
            case ALL -> "(" + completedLate + " or " + pendingOverdue + ")";
            case COMPLETED_LATE -> completedLate;
            case PENDING_OVERDUE -> pendingOverdue;
        };
    }

    /** The named parameters of a period: {@code :from}, {@code :to}, {@code :end}; the caller adds its own. */
    static Map<String, Object> period(LocalDate from, LocalDate to, LocalDate end) {
        Map<String, Object> args = new HashMap<>();
        args.put("from", Date.valueOf(from));
        args.put("to", Date.valueOf(to));
        args.put("end", Date.valueOf(end));
        return args;
    }

    /** {@code and d.channel = :channel} when a channel is chosen, else nothing. */
    static String channel(Channel channel, Map<String, Object> args) {
        if (channel == null) {
            return "";
        }
        args.put("channel", channel.name());
        return " and d.channel = :channel";
    }

    /** The columns of a late dossier, as {@link #lateDossier} reads them. */
    private static final String LATE_COLUMNS = "d.code as dossier_code, p.code as procedure_code,"
            + " p.name as procedure_name, d.channel, d.received_on, d.due_on, d.completed_on";

    /** A late dossier of {@link #LATE_COLUMNS}, with its days late at the period's end (or its completion). */
    private static LateDossier lateDossier(ResultSet rs, LocalDate end) throws SQLException {
        LocalDate due = rs.getDate("due_on").toLocalDate();
        Date completedOn = rs.getDate("completed_on");
        LocalDate completed = completedOn == null ? null : completedOn.toLocalDate();
        LocalDate effective = completed != null && !completed.isAfter(end) ? completed : end;
        return new LateDossier(
                rs.getString("dossier_code"),
                rs.getString("procedure_code"),
                rs.getString("procedure_name"),
                Channel.valueOf(rs.getString("channel")),
                rs.getDate("received_on").toLocalDate(),
                due,
                completed,
                ChronoUnit.DAYS.between(due, effective));
    }

    private LocalDate endOf(LocalDate from, LocalDate to) {
        Period.checked(from, to);
        LocalDate today = LocalDate.now(clock);
        return to.isBefore(today) ? to : today;
    }
}
