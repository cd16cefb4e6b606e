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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parsteering.base.BusinessException;
import org.parsteering.unit.Structure;
import org.parsteering.unit.UnitChangeService;
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
    private static final String DOSSIER_COUNTS = "\n"
            + Arrays.stream(Count.values())
                    .filter(c -> c.source() == Count.Source.DOSSIERS)
                    .map(c -> "count(case when " + condition(c) + " then 1 end) as " + c.column())
                    .collect(Collectors.joining(",\n"));

    private static final String DOSSIER_WHERE =
            "where d.received_on <= :to and (d.completed_on is null or d.completed_on >= :lower)";

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
    private static final String SIGNATURE_COUNTS = "\n"
            + Arrays.stream(Count.values())
                    .filter(c -> c.source() == Count.Source.SIGNATURES)
                    .map(c -> "sum(s." + c.column() + ") as " + c.column())
                    .collect(Collectors.joining(",\n"));

    /** One unit's row of a figures query. */
    private record UnitCounts(long unitId, FigureCounts counts) {}

    /**
     * The unit a row counts for: its own in the historical structure; in the current one, the unit that carries
     * it on today ({@code unit_lineage}, SPEC 2a), joined in the aggregate itself.
     */
    private static String unitColumn(String alias, Structure structure) {
        return structure == Structure.CURRENT
                ? "coalesce(l.current_unit_id, " + alias + ".unit_id)"
                : alias + ".unit_id";
    }

    private static String lineageJoin(String alias, Structure structure) {
        return structure == Structure.CURRENT ? " left join unit_lineage l on l.unit_id = " + alias + ".unit_id" : "";
    }

    /**
     * The dossier aggregate of a structure up to its {@code where} clause (the caller adds the unit, the channel
     * and {@code group by} the unit column); the benchmark reads it to time the same SQL bare.
     */
    static String dossierSql(Structure structure) {
        return "select " + unitColumn("d", structure) + " as unit_id," + DOSSIER_COUNTS + "\nfrom dossier d"
                + lineageJoin("d", structure) + "\n" + DOSSIER_WHERE;
    }

    /** The signature aggregate of a structure, as {@link #dossierSql}. */
    static String signatureSql(Structure structure) {
        return "select " + unitColumn("s", structure) + " as unit_id," + SIGNATURE_COUNTS
                + "\nfrom signature_report s" + lineageJoin("s", structure)
                + "\nwhere s.report_month between :firstMonth and :lastMonth";
    }

    /**
     * The units whose rows count for {@code unitId} in a structure whose lineage is {@code lineage} (empty for the
     * historical one): first the unit that carries it on (itself unless it is closed), then every unit that
     * counts for that one. The late-dossier lists resolve a unit the same way.
     */
    static List<Long> countingFor(Map<Long, Long> lineage, long unitId) {
        long current = lineage.getOrDefault(unitId, unitId);
        List<Long> ids = new ArrayList<>(List.of(current));
        lineage.forEach((closed, carrier) -> {
            if (carrier == current) {
                ids.add(closed);
            }
        });
        return ids;
    }

    private final JdbcClient jdbc;
    private final UnitService units;
    private final UnitChangeService changes;

    FigureQueries(JdbcClient jdbc, UnitService units, UnitChangeService changes) {
        this.jdbc = jdbc;
        this.units = units;
        this.changes = changes;
    }

    /** The figures of a query, computed once per query while it stays in the cache. */
    @Cacheable(FigureCacheConfig.FIGURES)
    public FigureReport figures(FigureQuery query) {
        return compute(query.from(), query.to(), query.end(), query.unitCode(), query.channel(), query.structure());
    }

    private FigureReport compute(
            LocalDate from, LocalDate to, LocalDate end, String unitCode, Channel channel, Structure structure) {
        Map<Long, Long> lineage = structure == Structure.CURRENT ? changes.currentUnitIds() : Map.of();
        List<UnitSummary> unitList;
        List<Long> unitIds = null;
        if (unitCode != null && !unitCode.isBlank()) {
            UnitSummary unit = units.findByCode(unitCode)
                    .orElseThrow(() -> new BusinessException("figures.error.unknownUnit", unitCode));
            unitIds = countingFor(lineage, unit.id());
            if (unitIds.getFirst() != unit.id().longValue()) {
                // a closed unit's rows count for the unit that carries it on: that unit is the report's row
                unit = units.byIds(List.of(unitIds.getFirst())).get(unitIds.getFirst());
            }
            unitList = List.of(unit);
        } else if (structure == Structure.CURRENT) {
            Set<Long> current = new LinkedHashSet<>();
            for (UnitSummary u : units.activeDuring(from, to)) {
                current.add(lineage.getOrDefault(u.id(), u.id()));
            }
            unitList = units.byIds(current).values().stream()
                    .sorted(Comparator.comparing(UnitSummary::code))
                    .toList();
        } else {
            unitList = units.activeDuring(from, to);
        }
        Map<Long, List<String>> predecessors = new HashMap<>();
        if (!lineage.isEmpty()) {
            Map<Long, UnitSummary> closed = units.byIds(lineage.keySet());
            lineage.forEach((id, current) -> predecessors
                    .computeIfAbsent(current, k -> new ArrayList<>())
                    .add(closed.get(id).code()));
            predecessors.values().forEach(java.util.Collections::sort);
        }

        Map<Long, FigureCounts> dossiers = dossierCounts(from, to, end, unitIds, channel, structure);
        Map<Long, FigureCounts> signatures = signatureCounts(from, to, unitIds, structure);

        List<UnitFigures> result = new ArrayList<>(unitList.size());
        Map<String, FigureCounts> groups = new LinkedHashMap<>();
        for (UnitType type : UnitType.values()) {
            groups.put(type.name(), FigureCounts.ZERO);
        }
        groups.put(FigureReport.COMMUNE_LEVEL, FigureCounts.ZERO);
        groups.put(FigureReport.ALL, FigureCounts.ZERO);
        for (UnitSummary u : unitList) {
            FigureCounts c = dossiers.getOrDefault(u.id(), FigureCounts.ZERO)
                    .plus(signatures.getOrDefault(u.id(), FigureCounts.ZERO));
            result.add(new UnitFigures(
                    u.code(),
                    u.name(),
                    u.type(),
                    c,
                    u.active() ? null : u.activeTo(),
                    predecessors.getOrDefault(u.id(), List.of())));
            groups.merge(u.type().name(), c, FigureCounts::plus);
            if (u.type().isCommuneLevel()) {
                groups.merge(FigureReport.COMMUNE_LEVEL, c, FigureCounts::plus);
            }
            groups.merge(FigureReport.ALL, c, FigureCounts::plus);
        }
        return new FigureReport(
                from, to, end, channel, List.copyOf(result), java.util.Collections.unmodifiableMap(groups), structure);
    }

    private Map<Long, FigureCounts> dossierCounts(
            LocalDate from, LocalDate to, LocalDate end, List<Long> unitIds, Channel channel, Structure structure) {
        Map<String, Object> args = FigureService.period(from, to, end);
        args.put("lower", Date.valueOf(end.isBefore(from) ? end : from));
        String unit = unitColumn("d", structure);
        StringBuilder sql = new StringBuilder(dossierSql(structure));
        if (unitIds != null) {
            sql.append(" and d.unit_id in (:unitIds)");
            args.put("unitIds", unitIds);
        }
        sql.append(FigureService.channel(channel, args));
        sql.append(" group by ").append(unit);
        return byUnit(jdbc.sql(sql.toString())
                .params(args)
                .query((rs, i) -> new UnitCounts(rs.getLong("unit_id"), counts(rs, Count.Source.DOSSIERS)))
                .list());
    }

    private Map<Long, FigureCounts> signatureCounts(
            LocalDate from, LocalDate to, List<Long> unitIds, Structure structure) {
        Map<String, Object> args = new HashMap<>();
        args.put("firstMonth", Date.valueOf(from.withDayOfMonth(1)));
        args.put("lastMonth", Date.valueOf(to.withDayOfMonth(1)));
        String unit = unitColumn("s", structure);
        StringBuilder sql = new StringBuilder(signatureSql(structure));
        if (unitIds != null) {
            sql.append(" and s.unit_id in (:unitIds)");
            args.put("unitIds", unitIds);
        }
        sql.append(" group by ").append(unit);
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
