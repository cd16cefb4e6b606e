package org.parsteering.base;

import java.util.Locale;

/**
 * Free-text search of the lists: case-insensitive "contains", with the user's % and _ taken literally. The
 * queries declare {@code escape '!'}: a backslash would be read differently by MariaDB and H2.
 */
public final class SearchText {

    private SearchText() {}

    /** A lower-case {@code LIKE} pattern for {@code text}, or an empty string for "no filter". */
    public static String like(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String escaped = text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
