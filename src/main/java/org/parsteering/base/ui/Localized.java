package org.parsteering.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Arrays;
import java.util.List;

/**
 * Texts that Vaadin components carry in English by default (calendar names, upload prompts), set from
 * the translation files so that the Vietnamese interface has no English left in it.
 */
public final class Localized {

    private Localized() {}

    /** A date picker in the UI's language, weeks starting on Monday, dates as dd/MM/yyyy in Vietnamese. */
    public static DatePicker datePicker(DatePicker picker) {
        if (com.vaadin.flow.component.UI.getCurrent() != null) {
            picker.setLocale(com.vaadin.flow.component.UI.getCurrent().getLocale());
        }
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(list(picker, "datepicker.months"))
                .setWeekdays(list(picker, "datepicker.weekdays"))
                .setWeekdaysShort(list(picker, "datepicker.weekdaysShort"))
                .setFirstDayOfWeek(1)
                .setToday(picker.getTranslation("datepicker.today"))
                .setCancel(picker.getTranslation("common.cancel"))
                .setDateFormat(Formats.isVietnamese(picker.getLocale()) ? "dd/MM/yyyy" : "yyyy-MM-dd"));
        return picker;
    }

    /** Upload prompts and refusals in the UI's language. */
    public static Upload upload(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(upload.getTranslation("upload.dropOne"))
                .setMany(upload.getTranslation("upload.dropMany")));
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(upload.getTranslation("upload.addOne"))
                .setMany(upload.getTranslation("upload.addMany")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(upload.getTranslation("upload.tooMany"))
                .setFileIsTooBig(upload.getTranslation("upload.tooBig"))
                .setIncorrectFileType(upload.getTranslation("upload.wrongType")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        upload.setI18n(i18n);
        return upload;
    }

    private static List<String> list(Component c, String key) {
        return Arrays.stream(c.getTranslation(key).split(","))
                .map(String::strip)
                .toList();
    }
}
