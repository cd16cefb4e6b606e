package org.parsteering.dossier;

import static org.parsteering.dossier.FigureService.COMPLETED_IN_PERIOD;
import static org.parsteering.dossier.FigureService.PENDING_AT_END;
import static org.parsteering.dossier.FigureService.RECEIVED_IN_PERIOD;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parsteering.base.BusinessException;
import org.parsteering.unit.UnitService;
import org.parsteering.unit.UnitSummary;
import org.parsteering.unit.UnitType;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The two aggregates behind {@link FigureService#figures}, cached per {@link FigureQuery} (see {@link
 * FigureCacheConfig}): the query carries the period, its end (today moves it), the unit, the channel and the
 * {@link org.parsteering.base.DataVersion} token, so a cached report is never older than the data, on any
 * node. Called only by {@link FigureService}, inside its read-only transaction, after it checked the caller
 * and the period.
 */
@Component
class FigureQueries {

    /**
     * One pass over the dossiers that can count in the period: received up to its end and not completed
     * before its start, one column per dossier {@link Count}. {@code end} = min(to, today) decides "completed"
     * and "pending at end" (SPEC 3).
     */
    private static final String DOSSIER_SQL = "select d.unit_id,\n"
            + Arrays.stream(Count.values())
                    .filter(c -> c.source() == Count.Source.DOSSIERS)
                    .map(c -> "count(case when " + condition(c) + " then 1 end) as " + c.column())
                    .collect(Collectors.joining(",\n"))
            + "\nfrom dossier d\n"
            + "where d.received_on <= :to and (d.completed_on is null or d.completed_on >= :lower)";

    /** SPEC 3's definition of each dossier count, over {@code :from}, {@code :to} and {@code :end}. */
    private static String condition(Count count) {
        return switch (count) {
            case RECEIVED -> RECEIVED_IN_PERIOD;
            case COMPLETED -> COMPLETED_IN_PERIOD;
            case PENDING_AT_END -> PENDING_AT_END;
            case HANDLED -> "(" + COMPLETED_IN_PERIOD + ") or (" + PENDING_AT_END + ")";
            case ON_TIME ->
                "(" + COMPLETED_IN_PERIOD + " and d.completed_on <= d.due_on) or (" + PENDING_AT_END
                        + " and d.due_on >= :end)";
            case LATE -> FigureService.lateCondition(LateKind.ALL);
            case ONLINE -> RECEIVED_IN_PERIOD + " and d.channel = 'ONLINE'";
            case COMPONENTS_DIGITIZED -> RECEIVED_IN_PERIOD + " and d.components in ('FULL', 'PARTIAL')";
            case COMPONENTS_FULLY_DIGITIZED -> RECEIVED_IN_PERIOD + " and d.components = 'FULL'";
            case RESULTS_DIGITIZED -> COMPLETED_IN_PERIOD + " and d.result_digitized = true";
            case RESULTS_SIGNED -> COMPLETED_IN_PERIOD + " and d.result_signed = true";
            case FEE_REQUIRED -> RECEIVED_IN_PERIOD + " and d.fee_required = true";
            case PAID_ONLINE -> RECEIVED_IN_PERIOD + " and d.fee_required = true and d.paid_online = true";
            case DOCUMENTS_ISSUED, DOCUMENTS_SIGNED ->
                throw new IllegalArgumentException(count + " is counted from the signature reports");
        };
    }

    /**
     * The monthly signature reports of the months the period touches, one column per signature {@link Count}
     * (the table's columns are named as the counts).
     */
    private static final String SIGNATURE_SQL = "select s.unit_id,\n"
            + Arrays.stream(Count.values())
                    .filter(c -> c.source() == Count.Source.SIGNATURES)
                    .map(c -> "sum(s." + c.column() + ") as " + c.column())
                    .collect(Collectors.joining(",\n"))
            + "\nfrom signature_report s\n"
            + "where s.report_month between :firstMonth and :lastMonth";

    /** One unit's row of a figures query. */
    private record UnitCounts(long unitId, FigureCounts counts) {}

    private final JdbcClient jdbc;
    private final UnitService units;

    FigureQueries(JdbcClient jdbc, UnitService units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** The figures of a query, computed once per query while it stays in the cache. */
    @Cacheable(FigureCacheConfig.FIGURES)
    public FigureReport figures(FigureQuery query) {
        return compute(query.from(), query.to(), query.end(), query.unitCode(), query.channel());
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

        Map<Long, FigureCounts> dossiers = dossierCounts(from, to, end, unitId, channel);
        Map<Long, FigureCounts> signatures = signatureCounts(from, to, unitId);

        List<UnitFigures> result = new ArrayList<>(unitList.size());
        Map<String, FigureCounts> groups = new LinkedHashMap<>();
        for (UnitType type : UnitType.values()) {
            groups.put(type.name(), FigureCounts.ZERO);
        }
        groups.put("ALL", FigureCounts.ZERO);
        for (UnitSummary u : unitList) {
            FigureCounts c = dossiers.getOrDefault(u.id(), FigureCounts.ZERO)
                    .plus(signatures.getOrDefault(u.id(), FigureCounts.ZERO));
            result.add(new UnitFigures(u.code(), u.name(), u.type(), c));
            groups.merge(u.type().name(), c, FigureCounts::plus);
            groups.merge("ALL", c, FigureCounts::plus);
        }
        return new FigureReport(
                from, to, end, channel, List.copyOf(result), java.util.Collections.unmodifiableMap(groups));
    }

    private Map<Long, FigureCounts> dossierCounts(
            LocalDate from, LocalDate to, LocalDate end, Long unitId, Channel channel) {
        Map<String, Object> args = FigureService.period(from, to, end);
        args.put("lower", Date.valueOf(end.isBefore(from) ? end : from));
        StringBuilder sql = new StringBuilder(DOSSIER_SQL);
        if (unitId != null) {
            sql.append(" and d.unit_id = :unitId");
            args.put("unitId", unitId);
        }
        sql.append(FigureService.channel(channel, args));
        sql.append(" group by d.unit_id");
        return byUnit(jdbc.sql(sql.toString())
                .params(args)
                .query((rs, i) -> new UnitCounts(rs.getLong("unit_id"), counts(rs, Count.Source.DOSSIERS)))
                .list());
    }

    private Map<Long, FigureCounts> signatureCounts(LocalDate from, LocalDate to, Long unitId) {
        Map<String, Object> args = new HashMap<>();
        args.put("firstMonth", Date.valueOf(from.withDayOfMonth(1)));
        args.put("lastMonth", Date.valueOf(to.withDayOfMonth(1)));
        StringBuilder sql = new StringBuilder(SIGNATURE_SQL);
        if (unitId != null) {
            sql.append(" and s.unit_id = :unitId");
            args.put("unitId", unitId);
        }
        sql.append(" group by s.unit_id");
        return byUnit(jdbc.sql(sql.toString())
                .params(args)
                .query((rs, i) -> new UnitCounts(rs.getLong("unit_id"), counts(rs, Count.Source.SIGNATURES)))
                .list());
    }

    /** The counts of one source in a row, by their column names; the other source's counts are zero. */
    private static FigureCounts counts(ResultSet rs, Count.Source source) throws SQLException {
        Map<Count, Long> values = new EnumMap<>(Count.class);
        for (Count c : Count.values()) {
            values.put(c, c.source() == source ? rs.getLong(c.column()) : 0L);
        }
        return FigureCounts.of(values::get);
    }

    private static Map<Long, FigureCounts> byUnit(List<UnitCounts> rows) {
        Map<Long, FigureCounts> map = new HashMap<>();
        rows.forEach(r -> map.put(r.unitId(), r.counts()));
        return map;
    }
}
