package org.parsteering.base;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Identifiers that may appear in an address without telling anything: 128 random bits as 32 lower-case hex
 * digits (lower case, so a case-insensitive database collation changes nothing). Used where a sequential id
 * would let anyone count through the rows, as for evidence downloads.
 */
public final class PublicIds {

    public static final int LENGTH = 32;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{" + LENGTH + "}");

    private PublicIds() {}

    public static String next() {
        byte[] bytes = new byte[LENGTH / 2];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Whether {@code text} has the form of a public id (anything else is not looked up at all). */
    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }
}
