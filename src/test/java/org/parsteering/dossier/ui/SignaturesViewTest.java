package org.parsteering.dossier.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.parsteering.dossier.SignatureService;
import org.parsteering.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The monthly signature entry: the unit by name, the month's numbers pre-filled, an overwrite said aloud. */
class SignaturesViewTest extends KaribuTest {

    @Autowired
    SignatureService signatures;

    @Test
    @WithUserDetails("head.baison")
    @SuppressWarnings("unchecked")
    void the_form_names_the_unit_prefills_the_months_figures_and_says_saving_overwrites_them() {
        YearMonth month = YearMonth.now(clock).minusMonths(11);
        signatures.save("XA-BAISON", month, 50, 40);
        UI.getCurrent().navigate("signatures");
        MockVaadin.clientRoundtrip(false);

        ComboBox<String> unit = _get(ComboBox.class, spec -> spec.withId("signature-unit"));
        assertThat(unit.getItemLabelGenerator().apply(unit.getValue())).isEqualTo("Xã Bài Sơn");
        Select<YearMonth> months = _get(Select.class, spec -> spec.withId("signature-month"));
        months.setValue(month);
        IntegerField issued = _get(IntegerField.class, spec -> spec.withId("signature-issued"));
        IntegerField signed = _get(IntegerField.class, spec -> spec.withId("signature-signed"));
        Span overwrite = _get(Span.class, spec -> spec.withId("signature-overwrite"));
        assertThat(issued.getValue()).isEqualTo(50);
        assertThat(signed.getValue()).isEqualTo(40);
        assertThat(overwrite.isVisible()).isTrue();
        assertThat(overwrite.getText()).contains("Xã Bài Sơn").contains("50").contains("40");

        signed.setValue(60);
        _get(Button.class, spec -> spec.withId("signature-save")).click();
        assertThat(signed.isInvalid())
                .as("more signed than issued is marked on the field")
                .isTrue();
        assertThat(signed.getErrorMessage()).contains("60").contains("50");
        assertThat(signatures.matrix(month, month).stream()
                        .filter(r -> r.unitCode().equals("XA-BAISON"))
                        .findFirst()
                        .orElseThrow()
                        .months()
                        .get(month)
                        .numerator())
                .isEqualTo(40);
    }
}
