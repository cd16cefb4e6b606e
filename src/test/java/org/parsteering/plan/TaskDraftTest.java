package org.parsteering.plan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The task form's rules on a code: it is the last part of the task's address ({@code tasks/:code}). */
class TaskDraftTest {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    private static Set<String> codeMessages(String code) {
        TaskDraft d = new TaskDraft();
        d.setCode(code);
        d.setTitle("T");
        d.setFieldCode("TTHC");
        d.setDeadline(LocalDate.of(2025, 1, 1));
        d.setLeadUnitCode("XA-BAISON");
        return VALIDATOR.validateProperty(d, "code").stream()
                .map(ConstraintViolation::getMessageTemplate)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void a_code_with_a_slash_a_space_or_a_letter_outside_a_to_z_is_refused_with_the_allowed_characters() {
        for (String code : java.util.List.of("2024/TTHC", "A B", "NHIỆM-VỤ", "A?B", "A#B", "-A")) {
            assertThat(codeMessages(code)).as(code).containsExactly("{validation.taskCode}");
        }
    }

    @Test
    void letters_digits_dash_underscore_and_dot_are_accepted_and_lower_case_is_made_upper_case() {
        for (String code : java.util.List.of("2024-TTHC-03", "kh_2024.1", "A")) {
            assertThat(codeMessages(code)).as(code).isEmpty();
        }
    }
}
