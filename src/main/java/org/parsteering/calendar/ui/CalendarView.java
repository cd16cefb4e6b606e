package org.parsteering.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import org.parsteering.base.Roles;
import org.parsteering.base.ui.FieldErrors;
import org.parsteering.base.ui.Formats;
import org.parsteering.base.ui.ImportDialog;
import org.parsteering.base.ui.Localized;
import org.parsteering.base.ui.Notifications;
import org.parsteering.base.ui.ViewHeader;
import org.parsteering.calendar.CalendarDay;
import org.parsteering.calendar.CalendarImportService;
import org.parsteering.calendar.CalendarService;
import org.parsteering.calendar.DayKind;

/**
 * The working-day calendar (SPEC 4a, the secretary's): a year's holidays and swapped working weekend days, added,
 * changed and removed one by one or imported from a file, and exported. Every other Saturday and Sunday is a day off
 * and every other weekday a working day.
 */
@Route("admin/calendar")
@RolesAllowed(Roles.SECRETARY)
@Menu(order = 83, icon = "vaadin:calendar", title = "nav.calendar")
public class CalendarView extends Main implements HasDynamicTitle {

    private final CalendarService calendar;
    private final CalendarImportService importer;
    final IntegerField year = new IntegerField();
    final Grid<CalendarDay> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    public CalendarView(CalendarService calendar, CalendarImportService importer, Clock clock) {
        this.calendar = calendar;
        this.importer = importer;
        addClassName("calendar-view");
        Button add = new Button(getTranslation("calendar.add"), VaadinIcon.PLUS.create(), e -> openDay(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("calendar-add");
        Button importButton = ImportDialog.button(
                "calendar-import",
                getTranslation("calendar.import"),
                getTranslation("calendar.importHelp"),
                CalendarImportService.FORMAT,
                (file, name, progress) -> importer.importDays(file),
                this::refresh);
        add(new ViewHeader(getTranslation("nav.calendar"), getTranslation("calendar.description"), importButton, add));

        year.setLabel(getTranslation("calendar.year"));
        year.setStepButtonsVisible(true);
        year.setValue(LocalDate.now(clock).getYear());
        year.setId("calendar-year");
        year.addValueChangeListener(e -> refresh());
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    int y = year.getValue() == null ? LocalDate.now(clock).getYear() : year.getValue();
                    byte[] bytes = importer.export(y);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "calendar-" + y + ".csv", "text/csv", bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("calendar.export"));
        export.addClassName("link-button");
        export.setId("calendar-export");
        HorizontalLayout bar = new HorizontalLayout(year, export);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        grid.addColumn(d -> Formats.date(d.day(), getLocale()))
                .setHeader(getTranslation("calendar.date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(d -> d.day().getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale()))
                .setHeader(getTranslation("calendar.weekday"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(d -> getTranslation(d.kind().messageKey()))
                .setHeader(getTranslation("calendar.kind"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.name(getLocale()))
                .setHeader(getTranslation("calendar.name"))
                .setFlexGrow(3);
        grid.addComponentColumn(d -> {
                    Button edit = new Button(VaadinIcon.EDIT.create(), e -> openDay(d));
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    edit.setAriaLabel(getTranslation("common.edit"));
                    Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                        calendar.remove(d.day());
                        Notifications.success(getTranslation("calendar.removed", Formats.date(d.day(), getLocale())));
                        refresh();
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                    remove.setAriaLabel(getTranslation("common.delete"));
                    return new HorizontalLayout(edit, remove);
                })
                .setHeader(getTranslation("common.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("calendar-grid");
        empty.addClassName("notice");
        empty.setId("calendar-empty");
        add(bar, empty, grid);
        refresh();
    }

    void refresh() {
        int y = year.getValue() == null ? LocalDate.now().getYear() : year.getValue();
        List<CalendarDay> days = calendar.days(y);
        grid.setItems(days);
        empty.setText(getTranslation("calendar.empty", String.valueOf(y)));
        empty.setVisible(days.isEmpty());
    }

    void openDay(CalendarDay existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "calendar.add" : "calendar.edit"));
        DatePicker date = Localized.datePicker(new DatePicker(getTranslation("calendar.date")));
        date.setId("calendar-day-date");
        Select<DayKind> kind = new Select<>();
        kind.setLabel(getTranslation("calendar.kind"));
        kind.setItems(DayKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(DayKind.HOLIDAY);
        kind.setId("calendar-day-kind");
        TextField nameVi = new TextField(getTranslation("calendar.nameVi"));
        nameVi.setId("calendar-day-name-vi");
        TextField nameEn = new TextField(getTranslation("calendar.nameEn"));
        nameEn.setId("calendar-day-name-en");
        if (existing != null) {
            date.setValue(existing.day());
            date.setReadOnly(true);
            kind.setValue(existing.kind());
            nameVi.setValue(existing.nameVi());
            nameEn.setValue(existing.nameEn() == null ? "" : existing.nameEn());
        }
        FormLayout form = new FormLayout(date, kind, nameVi, nameEn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
        dialog.add(form);
        FieldErrors errors = new FieldErrors(this)
                .on("calendar.error.holidayOnWeekend", date)
                .on("calendar.error.workingWeekday", date)
                .on("calendar.error.required", date)
                .on("calendar.error.nameRequired", nameVi)
                .on("calendar.error.nameTooLong", nameVi);
        Button save = new Button(getTranslation("common.save"), e -> {
            if (errors.save(() -> calendar.save(
                    new CalendarDay(date.getValue(), kind.getValue(), nameVi.getValue(), nameEn.getValue())))) {
                dialog.close();
                Notifications.success(getTranslation("calendar.saved", Formats.date(date.getValue(), getLocale())));
                if (date.getValue() != null) {
                    year.setValue(date.getValue().getYear());
                }
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("calendar-day-save");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calendar");
    }
}
