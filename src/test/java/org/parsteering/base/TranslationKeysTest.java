package org.parsteering.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every UI text exists in English and Vietnamese (STYLE 10): both files hold the same keys, every key the
 * code uses is in them, and every message is a valid {@link java.text.MessageFormat} pattern.
 */
class TranslationKeysTest {

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationKeysTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keys(Properties p) {
        Set<String> keys = new TreeSet<>();
        p.stringPropertyNames().forEach(keys::add);
        return keys;
    }

    @Test
    void english_and_vietnamese_have_the_same_keys() throws IOException {
        Set<String> en = keys(load("/vaadin-i18n/translations.properties"));
        Set<String> vi = keys(load("/vaadin-i18n/translations_vi.properties"));
        assertThat(difference(en, vi))
                .as("keys missing from translations_vi.properties")
                .isEmpty();
        assertThat(difference(vi, en))
                .as("keys missing from translations.properties")
                .isEmpty();
        assertThat(keys(load("/ValidationMessages.properties")))
                .isEqualTo(keys(load("/ValidationMessages_vi.properties")));
    }

    @Test
    void every_message_is_a_valid_pattern_and_not_blank() throws IOException {
        for (String file :
                new String[] {"/vaadin-i18n/translations.properties", "/vaadin-i18n/translations_vi.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                assertThat(value).as(file + " " + key).isNotBlank();
                new java.text.MessageFormat(value);
                assertThat(value)
                        .as(file + " " + key + ": a single quote swallows MessageFormat arguments")
                        .doesNotContain("'");
            }
        }
    }

    /** Literal keys in the sources: getTranslation("..."), exception and row-error keys, and enum-based families. */
    @Test
    void every_key_used_in_the_code_exists() throws IOException {
        Set<String> known = keys(load("/vaadin-i18n/translations.properties"));
        Set<String> validation = keys(load("/ValidationMessages.properties"));
        Pattern[] patterns = {
            Pattern.compile("getTranslation\\(\\s*\"([a-zA-Z0-9_.]+)\"\\s*[,)]"),
            Pattern.compile("Exception\\(\\s*\"([a-zA-Z0-9_.]+)\"\\s*[,)]"),
            Pattern.compile("RowError\\.of\\([^,]+,[^,]+,\\s*\"([a-zA-Z0-9_.]+)\""),
            Pattern.compile("\\berror\\(\\s*\"[a-z_]+\",\\s*\"([a-zA-Z0-9_.]+)\""),
            Pattern.compile("title = \"([a-zA-Z0-9_.]+)\""),
        };
        Set<String> missing = new TreeSet<>();
        Set<String> missingValidation = new TreeSet<>();
        Pattern validationRef = Pattern.compile("message = \"\\{([a-zA-Z0-9_.]+)}\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : patterns) {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        if (!known.contains(m.group(1))) {
                            missing.add(m.group(1) + " (" + file.getFileName() + ")");
                        }
                    }
                }
                Matcher v = validationRef.matcher(source);
                while (v.find()) {
                    if (!validation.contains(v.group(1))) {
                        missingValidation.add(v.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        for (Role role : Role.values()) {
            if (!known.contains(role.messageKey())) {
                missing.add(role.messageKey());
            }
        }
        for (String family : new String[] {"unit.type.", "dashboard.units."}) {
            for (String type : new String[] {"DISTRICT", "DEPARTMENT", "COMMUNE"}) {
                if (!known.contains(family + type)) {
                    missing.add(family + type);
                }
            }
        }
        for (String status : new String[] {"ACTIVE", "LOCKED", "LOCKED_OUT"}) {
            if (!known.contains("user.status." + status)) {
                missing.add("user.status." + status);
            }
        }
        for (String lang : new String[] {"en", "vi"}) {
            if (!known.contains("language." + lang)) {
                missing.add("language." + lang);
            }
        }
        assertThat(missing).as("translation keys used in code but missing").isEmpty();
        assertThat(missingValidation).as("validation message keys missing").isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
