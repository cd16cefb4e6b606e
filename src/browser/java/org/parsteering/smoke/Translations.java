package org.parsteering.smoke;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's Vietnamese texts, read from its own translation file ({@code vaadin-i18n/translations_vi.properties}
 * on the test classpath), so that the browser suite follows a reworded label or message instead of keeping a copy.
 */
final class Translations {

    /** In {@link #pattern}: this placeholder is a number, captured as a group. */
    static final String NUMBER = "\u0000number";

    private static final Locale VIETNAMESE = Locale.of("vi");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Properties VI = load("vaadin-i18n/translations_vi.properties");

    private Translations() {}

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = Translations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the test classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The Vietnamese text of {@code key}, with its placeholders filled as the portal fills them. */
    static String vi(String key, Object... args) {
        String text = VI.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no translation key " + key);
        }
        return args.length == 0 ? text : new MessageFormat(text, VIETNAMESE).format(args);
    }

    /** The ends of the keys that start with {@code prefix} (for "audit.action.": CREATE, UPDATE, ...), sorted. */
    static java.util.List<String> keySuffixes(String prefix) {
        return VI.stringPropertyNames().stream()
                .filter(k -> k.startsWith(prefix))
                .map(k -> k.substring(prefix.length()))
                .sorted()
                .toList();
    }

    /** The text of {@code key} up to its first placeholder (the part every message of the key starts with). */
    static String prefix(String key) {
        String text = vi(key);
        int brace = text.indexOf('{');
        return brace < 0 ? text : text.substring(0, brace);
    }

    /**
     * A pattern for the messages of {@code key} (to {@code find} in a text): placeholder {@code {i}} must be
     * {@code known[i]} when given, a captured number when {@link #NUMBER}, any text when null; the pattern ends
     * before the first placeholder after the given ones.
     */
    static Pattern pattern(String key, String... known) {
        String text = vi(key);
        StringBuilder regex = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(text.substring(last, m.start())));
            int i = Integer.parseInt(m.group(1));
            if (i >= known.length) {
                return Pattern.compile(regex.toString());
            }
            String value = known[i];
            regex.append(value == null ? ".*?" : value.equals(NUMBER) ? "(\\d[\\d.]*)" : Pattern.quote(value));
            last = m.end();
        }
        regex.append(Pattern.quote(text.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
