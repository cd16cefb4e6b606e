package org.parsteering.base;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The version of the data behind the figures: {@link #changed()} is called in the transaction of every
 * change to dossiers, signature reports or units, {@link #current()} keys the figures cache. Shared by all
 * nodes through the database; one primary-key read per lookup.
 *
 * <p>{@link #changed()} writes the one row every change shares, so it holds that row's lock until the
 * caller commits: it must be the <em>last</em> statement of a change, after its input was checked and all
 * its rows written. Called first, it made every import wait for the whole of every other one (rejected
 * files included) until the lock wait gave up. A random token rather than a counter or an inserted id: the
 * token is replaced atomically with the data it stands for, so a reader never sees new data under an old
 * token that stays current, whatever order concurrent changes commit in.
 */
@Component
public class DataVersion {

    public static final String FIGURES = "figures";

    private final JdbcTemplate jdbc;

    DataVersion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the figures' data as changed, in the caller's transaction: its last statement (see above). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed() {
        jdbc.update(
                "update data_version set token = ? where name = ?",
                UUID.randomUUID().toString(),
                FIGURES);
    }

    public String current() {
        return jdbc.queryForObject("select token from data_version where name = ?", String.class, FIGURES);
    }
}
