package org.parsteering.index.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.parsteering.base.ui.FieldErrors;
import org.parsteering.index.IndexBand;
import org.parsteering.index.IndexSetDraft;
import org.parsteering.unit.UnitType;

/**
 * Creates or edits an index set: code (new sets only), names in both languages, year, legal basis, the unit types
 * assessed, the maximum and the bands from high to low. The save goes through the set service, whose refusals are
 * shown on the field they are about.
 */
class IndexSetDialog extends Dialog {

    final TextField code = new TextField();
    final TextField nameVi = new TextField();
    final TextField nameEn = new TextField();
    final IntegerField year = new IntegerField();
    final TextField legalBasis = new TextField();
    final MultiSelectComboBox<UnitType> unitTypes = new MultiSelectComboBox<>();
    final BigDecimalField maxPoints = new BigDecimalField();
    final Div bands = new Div();
    final Button save = new Button();
    private final List<BandRow> bandRows = new ArrayList<>();
    private final String family;

    /** One band's fields. */
    private final class BandRow extends HorizontalLayout {
        final TextField vi = new TextField();
        final TextField en = new TextField();
        final BigDecimalField lower = new BigDecimalField();

        BandRow(IndexBand band) {
            vi.setPlaceholder(getTranslation("index.set.bandVi"));
            vi.setAriaLabel(getTranslation("index.set.bandVi"));
            en.setPlaceholder(getTranslation("index.set.bandEn"));
            en.setAriaLabel(getTranslation("index.set.bandEn"));
            lower.setPlaceholder(getTranslation("index.set.bandLower"));
            lower.setAriaLabel(getTranslation("index.set.bandLower"));
            lower.setSuffixComponent(new Div("%"));
            lower.setWidth("7rem");
            vi.setWidth("9rem");
            en.setWidth("9rem");
            if (band != null) {
                vi.setValue(band.nameVi());
                en.setValue(band.nameEn());
                lower.setValue(band.lowerPercent());
            }
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                bandRows.remove(this);
                bands.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("index.set.bandRemove"));
            add(vi, en, lower, remove);
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            addClassName("band-row");
        }

        IndexBand band() {
            return new IndexBand(vi.getValue(), en.getValue(), lower.getValue());
        }
    }

    IndexSetDialog(IndexSetDraft draft, boolean isNew, Consumer<IndexSetDraft> onSave) {
        this.family = draft.family();
        setHeaderTitle(getTranslation(isNew ? "index.set.new" : "index.set.edit", draft.code()));
        code.setLabel(getTranslation("index.set.code"));
        code.setValue(draft.code() == null ? "" : draft.code());
        code.setReadOnly(!isNew);
        code.setHelperText(isNew ? getTranslation("index.set.codeHelp") : null);
        code.setId("index-set-code");
        nameVi.setLabel(getTranslation("index.set.nameVi"));
        nameVi.setValue(draft.nameVi() == null ? "" : draft.nameVi());
        nameVi.setId("index-set-name-vi");
        nameEn.setLabel(getTranslation("index.set.nameEn"));
        nameEn.setValue(draft.nameEn() == null ? "" : draft.nameEn());
        nameEn.setId("index-set-name-en");
        year.setLabel(getTranslation("index.set.year"));
        year.setValue(draft.year() == 0 ? null : draft.year());
        year.setStepButtonsVisible(true);
        legalBasis.setLabel(getTranslation("index.set.legalBasis"));
        legalBasis.setValue(draft.legalBasis() == null ? "" : draft.legalBasis());
        unitTypes.setLabel(getTranslation("index.set.unitTypes"));
        unitTypes.setItems(UnitType.values());
        unitTypes.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        unitTypes.setValue(draft.unitTypes());
        maxPoints.setLabel(getTranslation("index.set.maxPoints"));
        maxPoints.setValue(draft.maxPoints());
        FormLayout form = new FormLayout(code, year, nameVi, nameEn, legalBasis, unitTypes, maxPoints);
        form.setColspan(nameVi, 2);
        form.setColspan(nameEn, 2);
        form.setColspan(legalBasis, 2);
        form.setColspan(unitTypes, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));

        H3 bandsTitle = new H3(getTranslation("index.set.bands"));
        bandsTitle.addClassName("dialog-subtitle");
        draft.bands().forEach(b -> addBand(b));
        Button addBand = new Button(getTranslation("index.set.bandAdd"), VaadinIcon.PLUS.create(), e -> addBand(null));
        addBand.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(form, bandsTitle, bands, addBand);

        FieldErrors errors = new FieldErrors(this)
                .on("index.error.badCode", code)
                .on("index.error.codeTaken", code)
                .on("index.error.nameRequired", nameVi)
                .on("index.error.nameTooLong", nameVi)
                .on("index.error.badYear", year)
                .on("index.error.noUnitTypes", unitTypes)
                .on("index.error.badMax", maxPoints)
                .on("index.import.error.topSum", maxPoints);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("index-set-save");
        save.addClickListener(e -> errors.save(() -> onSave.accept(draft())));
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("min(44rem, 100vw)");
    }

    private void addBand(IndexBand band) {
        BandRow row = new BandRow(band);
        bandRows.add(row);
        bands.add(row);
    }

    IndexSetDraft draft() {
        return new IndexSetDraft(
                code.getValue(),
                family,
                nameVi.getValue(),
                nameEn.getValue(),
                year.getValue() == null ? 0 : year.getValue(),
                legalBasis.getValue(),
                unitTypes.getValue(),
                maxPoints.getValue() == null ? BigDecimal.ZERO : maxPoints.getValue(),
                bandRows.stream().map(BandRow::band).toList());
    }
}
