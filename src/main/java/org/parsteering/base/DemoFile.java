package org.parsteering.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One file of the demonstration data (SPEC 8) under {@code src/main/resources/demo/}: CSV in UTF-8 with a
 * header row, RFC 4180 quoting, and lines starting with {@code #} as comments (they explain the numbers). Each
 * {@link DemoData} part reads its files here and takes every cell through a {@link Row}'s typed getters, so a
 * wrong cell stops the demo with the file, the line and the column in the message instead of loading wrong
 * figures.
 *
 * <p>Dates are {@code yyyy-mm-dd}, or relative to the day the demo is created — {@code today}, {@code
 * today-10d}, {@code today+3d} — so that a demo created on any date has work due soon, overdue and recent; an
 * absolute date may carry an offset too ({@code 2024-05-03+21d}).
 */
public final class DemoFile {

    private static final Pattern DATE = Pattern.compile("(today|\\d{4}-\\d{2}-\\d{2})(?:([+-])(\\d{1,5})d)?");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private final String name;
    private final LocalDate today;
    private final List<Row> rows;

    private DemoFile(String name, LocalDate today, List<Row> rows) {
        this.name = name;
        this.today = today;
        this.rows = rows;
    }

    /**
     * Reads {@code demo/<file>} from the classpath; its header must have exactly the columns of {@code header}
     * ({@code "a,b,c"}, in any order).
     *
     * @param today the day the demo is created, for relative dates
     */
    public static DemoFile read(String file, LocalDate today, String header) {
        String name = "demo/" + file;
        try (InputStream in = open(name)) {
            return parse(name, new InputStreamReader(in, StandardCharsets.UTF_8), today, header.split(","));
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    /** The raw bytes of {@code demo/<file>}, for a file that goes through an import as it is. */
    public static byte[] bytes(String file) {
        String name = "demo/" + file;
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = DemoFile.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new DemoDataException(name + ": missing from the classpath");
        }
        return in;
    }

    static DemoFile parse(String name, Reader reader, LocalDate today, String... columns) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(reader)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw new DemoDataException(name + ": empty, expected the header " + String.join(",", columns));
            }
            CSVRecord header = records.next();
            List<String> actual =
                    header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            Set<String> missing = new LinkedHashSet<>(Arrays.asList(columns));
            actual.forEach(missing::remove);
            Set<String> unknown = new LinkedHashSet<>(actual);
            Arrays.asList(columns).forEach(unknown::remove);
            if (!missing.isEmpty() || !unknown.isEmpty() || actual.size() != columns.length) {
                throw new DemoDataException(String.format(
                        "%s, line %d: the header must be %s (missing: %s, unknown or doubled: %s)",
                        name,
                        parser.getCurrentLineNumber(),
                        String.join(",", columns),
                        missing,
                        unknown.isEmpty() && missing.isEmpty() ? actual : unknown));
            }
            DemoFile file = new DemoFile(name, today, rows);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = parser.getCurrentLineNumber();
                if (record.size() != actual.size()) {
                    throw new DemoDataException(String.format(
                            "%s, line %d: %d cells, the header has %d", name, line, record.size(), actual.size()));
                }
                rows.add(file.new Row(line, actual, record));
            }
            return file;
        }
    }

    public String name() {
        return name;
    }

    public List<Row> rows() {
        return rows;
    }

    /** One data row; every getter fails with the file, line and column when the cell is not what it must be. */
    public final class Row {

        private final long line;
        private final List<String> header;
        private final CSVRecord record;

        private Row(long line, List<String> header, CSVRecord record) {
            this.line = line;
            this.header = header;
            this.record = record;
        }

        public long line() {
            return line;
        }

        /** The cell, or null when it is empty. */
        public String optional(String column) {
            int index = header.indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException(name + " has no column " + column);
            }
            String value = record.get(index).strip();
            return value.isEmpty() ? null : value;
        }

        /** The cell, which must not be empty. */
        public String text(String column) {
            String value = optional(column);
            if (value == null) {
                throw error(column, "must not be empty");
            }
            return value;
        }

        public int number(String column) {
            return parsed(column, Integer::parseInt, "a whole number");
        }

        /** A whole number, 0 when the cell is empty. */
        public int numberOrZero(String column) {
            return optional(column) == null ? 0 : number(column);
        }

        public double decimal(String column) {
            return parsed(column, Double::parseDouble, "a number");
        }

        private <T> T parsed(String column, java.util.function.Function<String, T> parser, String what) {
            String value = text(column);
            try {
                return parser.apply(value);
            } catch (NumberFormatException e) {
                throw error(column, "'" + value + "' is not " + what);
            }
        }

        public boolean yes(String column) {
            return switch (text(column)) {
                case "Y" -> true;
                case "N" -> false;
                default -> throw error(column, "'" + text(column) + "' is not Y or N");
            };
        }

        public <E extends Enum<E>> E choice(String column, Class<E> type) {
            String value = text(column);
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw error(column, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            }
        }

        /** A date: {@code yyyy-mm-dd} or {@code today}, each with an optional {@code +Nd} or {@code -Nd}. */
        public LocalDate date(String column) {
            String value = text(column);
            Matcher m = DATE.matcher(value);
            if (!m.matches()) {
                throw error(column, "'" + value + "' is not a date (yyyy-mm-dd, today, today-10d, 2024-05-03+21d)");
            }
            LocalDate base;
            try {
                base = m.group(1).equals("today") ? today : LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                throw error(column, "'" + value + "' is not a date of the calendar");
            }
            if (m.group(2) == null) {
                return base;
            }
            long days = Long.parseLong(m.group(3));
            return m.group(2).equals("+") ? base.plusDays(days) : base.minusDays(days);
        }

        /** A date as {@link #date}, or null when the cell is empty. */
        public LocalDate optionalDate(String column) {
            return optional(column) == null ? null : date(column);
        }

        /** The cell's values separated by {@code ;}, empty when the cell is. */
        public List<String> list(String column) {
            String value = optional(column);
            return value == null
                    ? List.of()
                    : Arrays.stream(value.split(";"))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
        }

        /** A broken rule about this row's cell, to throw. */
        public DemoDataException error(String column, String problem) {
            return new DemoDataException(String.format("%s, line %d, column %s: %s", name, line, column, problem));
        }
    }
}
