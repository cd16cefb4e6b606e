package org.parsteering.base.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One column of an import as people are told about it: its header, whether it must be filled, what it
 * holds and in which form (a message key), the values it allows with their labels, and two example values
 * for the template file. The import dialog, the downloadable templates and the README's import section
 * all read these declarations, so they cannot drift from what the importer accepts.
 */
public record ImportColumn(
        String name, boolean required, String ruleKey, List<AllowedValue> allowed, List<String> examples) {

    /** A value the column allows ({@code Y}, {@code ONLINE}) and the key of its label. */
    public record AllowedValue(String code, String labelKey) {}

    /** The two values of {@link #yesNo}. */
    public static final List<AllowedValue> YES_NO =
            List.of(new AllowedValue("Y", "import.value.Y"), new AllowedValue("N", "import.value.N"));

    public ImportColumn {
        allowed = List.copyOf(allowed);
        examples = List.copyOf(examples);
        if (examples.size() != 2) {
            throw new IllegalArgumentException("a column declares two example values: " + name);
        }
    }

    /** A column the file must have (whether a row may leave it empty, its rule says). */
    public static ImportColumn required(String name, String ruleKey, String example1, String example2) {
        return new ImportColumn(name, true, ruleKey, List.of(), List.of(example1, example2));
    }

    /** A column the file may leave out; a row may leave it empty. */
    public static ImportColumn optional(String name, String ruleKey, String example1, String example2) {
        return new ImportColumn(name, false, ruleKey, List.of(), List.of(example1, example2));
    }

    /** The same column, allowing only these values. */
    public ImportColumn allowing(List<AllowedValue> values) {
        return new ImportColumn(name, required, ruleKey, values, examples);
    }

    /** The same column, allowing {@code Y} or {@code N}. */
    public ImportColumn yesNo() {
        return allowing(YES_NO);
    }

    /** The same column, allowing the constants of an enum, each labelled by {@code labelKey}. */
    public <E extends Enum<E>> ImportColumn allowing(Class<E> type, Function<E, String> labelKey) {
        List<AllowedValue> values = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            values.add(new AllowedValue(e.name(), labelKey.apply(e)));
        }
        return allowing(values);
    }
}
