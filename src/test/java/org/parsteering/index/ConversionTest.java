package org.parsteering.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parsteering.base.BusinessException;
import org.parsteering.dossier.Figure;

/** The conversions of REFERENCE section 2 at and around each threshold, and the rules that carry them. */
class ConversionTest {

    private static final BigDecimal SIX = new BigDecimal("6");

    private static BigDecimal points(String conversion, String max, long numerator, long denominator) {
        return Conversion.parse(conversion)
                .points(new BigDecimal(max), numerator, denominator)
                .orElse(null);
    }

    @ParameterizedTest(name = "{0} of {4} for {2}/{3} = {5}")
    @CsvSource({
        // L = max × rate
        "L, 20, 0, 100, 20, 0.00",
        "L, 20, 100, 100, 20, 20.00",
        "L, 20, 3350, 3351, 20, 19.99",
        "L, 6, 1, 3, 6, 2.00",
        // T(80): full at 80 % or more, else max × rate / 80 %
        "T(80), 4, 7999, 10000, 4, 3.99",
        "T(80), 4, 80, 100, 4, 4.00",
        "T(80), 4, 8001, 10000, 4, 4.00",
        "T(80), 4, 79, 100, 4, 3.95",
        "T(80), 4, 0, 100, 4, 0.00",
        "T(80), 4, 100, 100, 4, 4.00",
        "T(50), 2, 49, 100, 2, 1.96",
        "T(50), 2, 50, 100, 2, 2.00",
        // steps: > 90 → 2; 70–90 → 1; < 70 → 0
        "'>90:2;>=70:1;else:0', 2, 9001, 10000, 2, 2.00",
        "'>90:2;>=70:1;else:0', 2, 90, 100, 2, 1.00",
        "'>90:2;>=70:1;else:0', 2, 8999, 10000, 2, 1.00",
        "'>90:2;>=70:1;else:0', 2, 70, 100, 2, 1.00",
        "'>90:2;>=70:1;else:0', 2, 6999, 10000, 2, 0.00",
        "'>90:2;>=70:1;else:0', 2, 0, 10, 2, 0.00",
        "'>90:2;>=70:1;else:0', 2, 10, 10, 2, 2.00"
    })
    void convertsAtAndAroundThresholds(
            String conversion, String max, long numerator, long denominator, String ignored, String expected) {
        assertThat(points(conversion, max, numerator, denominator)).isEqualByComparingTo(expected);
    }

    @Test
    void theThresholdIsExactWhereTheRateIsRoundedUp() {
        // 7999.5 / 10000 is below 80 % however close: T(80) gives less than full marks
        assertThat(points("T(80)", "4", 15999, 20000)).isLessThan(new BigDecimal("4"));
    }

    @Test
    void aZeroDenominatorIsNotMeasuredNeverZeroOrFull() {
        assertThat(Conversion.parse("L").points(SIX, 0, 0)).isEmpty();
        assertThat(Conversion.parse("T(80)").points(SIX, 0, 0)).isEmpty();
        assertThat(Conversion.parse(">90:2;else:0").points(SIX, 0, 0)).isEmpty();
    }

    @Test
    void pointsStayWithinTheMaximum() {
        // a step worth more than the item would be refused by the rule; the conversion never exceeds the max
        assertThat(points("L", "6", 12, 10)).isEqualByComparingTo("6");
    }

    @Test
    void writesAConversionAsItWasParsed() {
        assertThat(Conversion.parse("l").text()).isEqualTo("L");
        assertThat(Conversion.parse(" T( 80 ) ").text()).isEqualTo("T(80)");
        assertThat(Conversion.parse(">90:2;>=70:1;else:0").text()).isEqualTo(">90:2;>=70:1;else:0");
        assertThat(Conversion.parse(">=97.5:1.5;else:0.25").text()).isEqualTo(">=97.5:1.5;else:0.25");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''",
                "X",
                "T(0)",
                "T(101)",
                "T(abc)",
                ">90:2",
                ">70:1;>90:2;else:0",
                "90:2;else:0",
                ">101:1;else:0"
            })
    void refusesBadConversions(String text) {
        assertThatThrownBy(() -> Conversion.parse(text))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("index.error.conversion");
    }

    @Test
    void aRuleNamesAFigureOfSpec3OrTheTasks() {
        IndexRule onTime = IndexRule.parse("on_time:L", ScoringMethod.FORMULA, new BigDecimal("20"));
        assertThat(onTime.figure()).isEqualTo(Figure.ON_TIME);
        assertThat(onTime.text()).isEqualTo("on_time:L");
        IndexRule tasks =
                IndexRule.parse("task_completion:>90:2;>=70:1;else:0", ScoringMethod.TASKS, new BigDecimal("2"));
        assertThat(tasks.tasks()).isTrue();
        assertThat(tasks.conversion()).isInstanceOf(Conversion.Steps.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|FORMULA|index.error.ruleMissing",
                "on_time|FORMULA|index.error.ruleFormat",
                "speed:L|FORMULA|index.error.ruleFigure",
                "task_completion:L|FORMULA|index.error.ruleTasksOnly",
                "on_time:L|TASKS|index.error.ruleFormulaOnly",
                "task_completion:>90:3;else:0|TASKS|index.error.ruleAboveMax"
            })
    void refusesBadRules(String text, ScoringMethod method, String key) {
        assertThatThrownBy(() -> IndexRule.parse(text, method, new BigDecimal("2")))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo(key);
    }
}
