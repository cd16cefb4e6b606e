package org.parsteering.index;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parsteering.unit.UnitType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads sets, their bands and their trees for the index services (no access rule here: the public services
 * that use it check the caller). Items come in tree order: by level-1 position, then depth first.
 */
@Component
class IndexCatalog {

    private final JdbcClient jdbc;

    IndexCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every set, newest year first; the bands of all of them in one query. */
    List<IndexSetSummary> sets() {
        Map<Long, List<IndexBand>> bands = new HashMap<>();
        jdbc.sql("select * from index_band order by set_id, lower_percent desc, position")
                .query(rs -> {
                    bands.computeIfAbsent(rs.getLong("set_id"), k -> new ArrayList<>())
                            .add(band(rs));
                });
        return jdbc.sql("select * from index_set order by year_of_set desc, code")
                .query((rs, i) -> set(rs, bands.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    Optional<IndexSetSummary> set(String code) {
        return jdbc.sql("select id from index_set where code = :code")
                .param("code", code)
                .query(Long.class)
                .optional()
                .flatMap(this::set);
    }

    Optional<IndexSetSummary> set(long id) {
        List<IndexBand> bands = jdbc.sql(
                        "select * from index_band where set_id = :set order by lower_percent desc, position")
                .param("set", id)
                .query((b, i) -> band(b))
                .list();
        return jdbc.sql("select * from index_set where id = :id")
                .param("id", id)
                .query((rs, i) -> set(rs, bands))
                .optional();
    }

    private static IndexBand band(ResultSet b) throws SQLException {
        return new IndexBand(b.getString("name_vi"), b.getString("name_en"), b.getBigDecimal("lower_percent"));
    }

    /** The items of a set in tree order (depth first, each level by position). */
    List<IndexItem> items(long setId) {
        List<IndexItem> flat =
                jdbc.sql("""
                        select i.*, p.code as parent_code from index_item i
                        left join index_item p on p.id = i.parent_id
                        where i.set_id = :set order by i.item_level, i.position, i.code""").param("set", setId).query((rs, n) -> item(rs)).list();
        return IndexTree.depthFirst(flat);
    }

    private static IndexSetSummary set(ResultSet rs, List<IndexBand> bands) throws SQLException {
        long id = rs.getLong("id");
        Set<UnitType> types = Arrays.stream(rs.getString("unit_types").split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(UnitType::valueOf)
                .collect(Collectors.toSet());
        return new IndexSetSummary(
                id,
                rs.getLong("version"),
                rs.getString("code"),
                rs.getString("family"),
                rs.getString("name_vi"),
                rs.getString("name_en"),
                rs.getInt("year_of_set"),
                rs.getString("legal_basis"),
                types,
                rs.getBigDecimal("max_points"),
                bands);
    }

    static IndexItem item(ResultSet rs) throws SQLException {
        long parentId = rs.getLong("parent_id");
        Long parent = rs.wasNull() ? null : parentId;
        BigDecimal min = rs.getBigDecimal("min_points");
        return new IndexItem(
                rs.getLong("id"),
                rs.getString("code"),
                parent,
                rs.getString("parent_code"),
                rs.getInt("position"),
                rs.getInt("item_level"),
                rs.getString("title_vi"),
                rs.getString("title_en"),
                rs.getBigDecimal("max_points"),
                min == null ? BigDecimal.ZERO : min,
                ScoringMethod.valueOf(rs.getString("method")),
                rs.getString("rule_text"),
                rs.getBoolean("evidence_required"),
                rs.getString("guidance"));
    }
}
