package org.parsteering.unit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.parsteering.base.ui.ImportDialog;
import org.parsteering.support.KaribuTest;
import org.parsteering.unit.UnitChangeImportService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Units screen offers the unit-change import (SPEC 2a) beside the unit import, with its columns. */
class UnitsViewImportTest extends KaribuTest {

    @Test
    @WithUserDetails("secretary")
    void the_secretary_opens_the_unit_change_import_with_its_seven_columns() {
        UI.getCurrent().navigate(UnitsView.class);
        Button button = _get(Button.class, spec -> spec.withId("unit-change-import"));
        assertThat(button.getText()).isEqualTo("Import unit changes");
        _click(button);
        ImportDialog dialog = _get(ImportDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Import unit changes");
        assertThat(_find(dialog, Div.class, spec -> spec.withClasses("import-column")))
                .extracting(d -> d.getElement().getAttribute("data-column"))
                .containsExactlyElementsOf(UnitChangeImportService.FORMAT.allColumns())
                .containsExactly(
                        "change_date",
                        "kind",
                        "predecessors",
                        "successor_code",
                        "successor_name",
                        "successor_type",
                        "legal_basis");
    }
}
