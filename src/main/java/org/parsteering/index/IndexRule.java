package org.parsteering.index;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.parsteering.base.BusinessException;
import org.parsteering.dossier.Figure;

/**
 * The rule of a {@code FORMULA} or {@code TASKS} item (SPEC 3a): the figure and the conversion, written {@code
 * on_time:L}, {@code components:T(80)}, {@code task_completion:>90:2;>=70:1;else:0}. The figure is one of the rates
 * of SPEC 3 ({@link Figure}, in lower case: {@code on_time}, {@code online}, {@code components}, {@code
 * components_full}, {@code results_digitized}, {@code results_signed}, {@code online_payment}, {@code signatures})
 * read through the figures service — so no formula exists twice —, or {@value #TASK_COMPLETION}: the done share
 * of the assignments of the tasks tied to the criterion.
 *
 * @param figure the figure, null for {@value #TASK_COMPLETION}
 */
public record IndexRule(Figure figure, Conversion conversion) {

    public static final String TASK_COMPLETION = "task_completion";

    /** Whether the points come from the tasks tied to the criterion. */
    public boolean tasks() {
        return figure == null;
    }

    /** The rule as written. */
    public String text() {
        return (figure == null ? TASK_COMPLETION : figure.name().toLowerCase(Locale.ROOT)) + ":" + conversion.text();
    }

    /** The figure names a rule may use, for messages and guidance. */
    public static List<String> figureNames() {
        return Arrays.stream(Figure.values())
                .map(f -> f.name().toLowerCase(Locale.ROOT))
                .toList();
    }

    /**
     * Parses a rule for an item of the given method and maximum: a {@code FORMULA} item names a figure, a {@code
     * TASKS} item {@value #TASK_COMPLETION}, and no step gives more than the maximum. A {@link BusinessException}
     * ({@code index.error.rule…}) otherwise.
     */
    public static IndexRule parse(String text, ScoringMethod method, BigDecimal max) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("index.error.ruleMissing");
        }
        String t = text.strip();
        int colon = t.indexOf(':');
        if (colon <= 0) {
            throw new BusinessException("index.error.ruleFormat", text);
        }
        String name = t.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        Conversion conversion = Conversion.parse(t.substring(colon + 1));
        Figure figure = null;
        if (name.equals(TASK_COMPLETION)) {
            if (method != ScoringMethod.TASKS) {
                throw new BusinessException("index.error.ruleTasksOnly", text);
            }
        } else {
            figure = Arrays.stream(Figure.values())
                    .filter(f -> f.name().toLowerCase(Locale.ROOT).equals(name))
                    .findFirst()
                    .orElseThrow(() ->
                            new BusinessException("index.error.ruleFigure", name, String.join(", ", figureNames())));
            if (method != ScoringMethod.FORMULA) {
                throw new BusinessException("index.error.ruleFormulaOnly", text);
            }
        }
        if (conversion instanceof Conversion.Steps steps && max != null) {
            boolean tooMany = steps.otherwise().compareTo(max) > 0
                    || steps.steps().stream().anyMatch(s -> s.points().compareTo(max) > 0);
            if (tooMany) {
                throw new BusinessException("index.error.ruleAboveMax", text, max);
            }
        }
        return new IndexRule(figure, conversion);
    }
}
