package db.migration;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Evidence gets an unguessable public id for its download address ({@code /evidence/{public_id}}), so that
 * nobody can count through {@code /evidence/1, 2, 3…}. A Java migration because H2 and MariaDB share no SQL
 * for 128 random bits: existing rows get theirs here (the format of {@code org.parsteering.base.PublicIds},
 * written out so that this migration never changes with the application), then the column becomes required
 * and unique. The statements themselves run unchanged on H2 (MODE=MariaDB) and MariaDB.
 */
public class V12__evidence_public_id extends BaseJavaMigration {

    private static final int LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static String publicId() {
        byte[] bytes = new byte[LENGTH / 2];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection con = context.getConnection();
        try (Statement st = con.createStatement()) {
            st.execute("ALTER TABLE evidence ADD COLUMN public_id VARCHAR(" + LENGTH + ") NULL");
        }
        List<Long> ids = new ArrayList<>();
        try (Statement st = con.createStatement();
                ResultSet rs = st.executeQuery("SELECT id FROM evidence")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        try (PreparedStatement ps = con.prepareStatement("UPDATE evidence SET public_id = ? WHERE id = ?")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setString(1, publicId());
                ps.setLong(2, ids.get(i));
                ps.addBatch();
                if (i % 500 == 499) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        try (Statement st = con.createStatement()) {
            st.execute("ALTER TABLE evidence MODIFY COLUMN public_id VARCHAR(" + LENGTH + ") NOT NULL");
            st.execute("CREATE UNIQUE INDEX uk_evidence_public_id ON evidence (public_id)");
        }
    }
}
