package org.parsteering.dossier;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.parsteering.base.Roles;
import org.parsteering.base.SearchText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The procedure catalogue: counts per level and online level (e.g. district 261 = 111 + 150), and search. */
@Service
@Transactional(readOnly = true)
public class ProcedureService {

    private final JdbcTemplate jdbc;

    ProcedureService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many procedures of each level have each online level (zeros included). */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public Map<ProcedureLevel, Map<OnlineLevel, Long>> counts() {
        Map<ProcedureLevel, Map<OnlineLevel, Long>> counts = new EnumMap<>(ProcedureLevel.class);
        for (ProcedureLevel l : ProcedureLevel.values()) {
            Map<OnlineLevel, Long> inner = new EnumMap<>(OnlineLevel.class);
            for (OnlineLevel o : OnlineLevel.values()) {
                inner.put(o, 0L);
            }
            counts.put(l, inner);
        }
        jdbc.query(
                "select proc_level, online_level, count(*) from admin_procedure group by proc_level, online_level",
                rs -> {
                    counts.get(ProcedureLevel.valueOf(rs.getString(1)))
                            .put(OnlineLevel.valueOf(rs.getString(2)), rs.getLong(3));
                });
        return counts;
    }

    /** Procedures whose code or name contains {@code text}, by code, one page at a time. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public List<ProcedureSummary> search(String text, int offset, int limit) {
        String like = SearchText.like(text);
        return jdbc.query(
                """
                select code, name, proc_level, online_level, fee_required from admin_procedure
                where ? = '' or lower(code) like ? escape '!' or lower(name) like ? escape '!'
                order by code limit ? offset ?""",
                (rs, i) -> new ProcedureSummary(
                        rs.getString(1),
                        rs.getString(2),
                        ProcedureLevel.valueOf(rs.getString(3)),
                        OnlineLevel.valueOf(rs.getString(4)),
                        rs.getBoolean(5)),
                like,
                like,
                like,
                limit,
                offset);
    }

    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public long count(String text) {
        String like = SearchText.like(text);
        Long n = jdbc.queryForObject("""
                select count(*) from admin_procedure
                where ? = '' or lower(code) like ? escape '!' or lower(name) like ? escape '!'""", Long.class, like, like, like);
        return n == null ? 0 : n;
    }
}
