package org.parsteering.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link AuditNames} read by one query of the owning feature's table: the query (chosen by the locale)
 * selects the columns {@code code} and {@code name} for the list parameter {@code :codes}; later rows win
 * over earlier ones. A feature names its codes by subclassing this with its kind and its query.
 */
public abstract class QueryAuditNames implements AuditNames {

    private final JdbcClient jdbc;
    private final Kind kind;
    private final Function<Locale, String> sql;

    protected QueryAuditNames(JdbcClient jdbc, Kind kind, Function<Locale, String> sql) {
        this.jdbc = jdbc;
        this.kind = kind;
        this.sql = sql;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> names(Collection<String> codes, Locale locale) {
        Map<String, String> names = new HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.sql(sql.apply(locale))
                    .param("codes", codes)
                    .query((rs, n) -> names.put(rs.getString("code"), rs.getString("name")))
                    .list();
        }
        return names;
    }
}
