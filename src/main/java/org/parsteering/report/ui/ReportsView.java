package org.parsteering.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.parsteering.base.BackgroundJobs;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Period;
import org.parsteering.base.Roles;
import org.parsteering.base.ui.JobProgress;
import org.parsteering.base.ui.Notifications;
import org.parsteering.base.ui.ViewHeader;
import org.parsteering.calendar.PeriodLockService;
import org.parsteering.report.QuarterReportService;
import org.parsteering.report.ReportProgress;
import org.parsteering.unit.Structure;
import org.parsteering.unit.ui.StructureSelect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports (SPEC 6): the quarterly PAR report of a chosen quarter as XLSX or PDF. The report is produced in the
 * background, as the user, with a progress bar, so the screen (and everyone else's) stays responsive; when it
 * is ready it is offered as a download. A report that fails leaves nothing behind but a message.
 */
@Route("reports")
@RolesAllowed({Roles.SECRETARY, Roles.COMMITTEE, Roles.INSPECTOR})
@Menu(order = 30, icon = "vaadin:file-text-o", title = "nav.reports")
public class ReportsView extends Main implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(ReportsView.class);
    private static final int QUARTERS = 12;

    /** The two files the report comes as. */
    enum Format {
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        PDF("pdf", "application/pdf");

        final String extension;
        final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }
    }

    private final QuarterReportService reports;
    private final BackgroundJobs jobs;
    final Select<String> quarter = new Select<>();
    final StructureSelect structure = new StructureSelect();
    /** Set while the address is read, which must not be written back. */
    private boolean applyingUrl;

    final Button xlsx = new Button();
    final Button pdf = new Button();
    private final JobProgress progressArea = new JobProgress("report-progress", "report-progress-text");
    final Div result = new Div();
    private CompletableFuture<byte[]> running;

    /** "Quarter 4 of 2025 is locked: its figures are final (locked on … by …)", when the chosen quarter is. */
    final Paragraph locked = new Paragraph();

    private final PeriodLockService locks;

    public ReportsView(QuarterReportService reports, BackgroundJobs jobs, Clock clock, PeriodLockService locks) {
        this.locks = locks;
        this.reports = reports;
        this.jobs = jobs;
        addClassName("reports-view");
        add(new ViewHeader(getTranslation("nav.reports"), getTranslation("report.description")));

        Period current = Period.quarterOf(LocalDate.now(clock));
        quarter.setItems(Period.quartersUpTo(current.from(), QUARTERS).stream()
                .map(Period::key)
                .toList());
        quarter.setItemLabelGenerator(this::label);
        quarter.setLabel(getTranslation("report.quarter"));
        quarter.setValue(current.key());
        quarter.setId("report-quarter");
        quarter.addValueChangeListener(e -> {
            result.removeAll();
            showLock();
        });

        xlsx.setText(getTranslation("report.xlsx"));
        xlsx.setIcon(VaadinIcon.FILE_TABLE.create());
        xlsx.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        xlsx.setId("report-xlsx");
        xlsx.addClickListener(e -> start(Format.XLSX));
        pdf.setText(getTranslation("report.pdf"));
        pdf.setIcon(VaadinIcon.FILE_TEXT_O.create());
        pdf.setId("report-pdf");
        pdf.addClickListener(e -> start(Format.PDF));

        structure.addValueChangeListener(e -> {
            result.removeAll();
            if (!applyingUrl) {
                java.util.Map<String, java.util.List<String>> q = new java.util.LinkedHashMap<>();
                structure.write(q);
                getUI().ifPresent(ui -> ui.getPage()
                        .getHistory()
                        .replaceState(
                                null,
                                "reports"
                                        + (q.isEmpty()
                                                ? ""
                                                : "?"
                                                        + new com.vaadin.flow.router.QueryParameters(q)
                                                                .getQueryString())));
            }
        });
        HorizontalLayout bar = new HorizontalLayout(quarter, structure, xlsx, pdf);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("filter-bar");

        result.addClassName("report-result");
        result.setId("report-result");
        locked.addClassName("notice");
        locked.setId("report-locked");
        add(bar, locked, progressArea, result);
        showLock();
    }

    private void showLock() {
        var lock = Period.parse(quarter.getValue() == null ? "" : quarter.getValue())
                .flatMap(locks::lockOf);
        lock.ifPresent(l -> locked.setText(getTranslation("locks.banner", l.period(), l.lockedAt(), l.lockedBy())));
        locked.setVisible(lock.isPresent());
    }

    private String label(String key) {
        return Period.parse(key).map(p -> p.label(getLocale())).orElse(key);
    }

    /** Starts the report in the background; the screen polls for its progress. */
    void start(Format format) {
        if (quarter.getValue() == null) {
            Notifications.error(getTranslation("report.error.quarter"));
            return;
        }
        Period period = Period.parse(quarter.getValue()).orElseThrow();
        Structure chosen = structure.structure();
        String fileName = "par-report-" + period.key() + (chosen == Structure.CURRENT ? "" : "-" + chosen.param()) + "."
                + format.extension;
        Locale locale = getLocale();
        result.removeAll();
        setBusy(true);
        ReportProgress progress = (done, total) -> progressArea.report("report.progress", done, total);
        running = progressArea.run(
                jobs,
                getTranslation("report.progress", 0, "…"),
                () -> format == Format.XLSX
                        ? reports.xlsx(period, locale, progress, chosen)
                        : reports.pdf(period, locale, progress, chosen),
                (bytes, cause) -> finish(format, fileName, bytes, cause));
    }

    private void finish(Format format, String fileName, byte[] bytes, Throwable cause) {
        setBusy(false);
        if (cause == null) {
            Anchor download = new Anchor(
                    DownloadHandler.fromInputStream(event -> new DownloadResponse(
                            new ByteArrayInputStream(bytes), fileName, format.contentType, bytes.length)),
                    AttachmentType.DOWNLOAD,
                    getTranslation("report.download", fileName));
            download.setId("report-download");
            download.addClassName("report-download");
            result.add(download);
            Notifications.success(getTranslation("report.ready", fileName));
        } else if (cause instanceof BusinessException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArgs()));
        } else {
            log.error("Report {} failed", fileName, cause);
            Notifications.error(getTranslation("report.failed"));
        }
    }

    private void setBusy(boolean busy) {
        xlsx.setEnabled(!busy);
        pdf.setEnabled(!busy);
        quarter.setEnabled(!busy);
        structure.setEnabled(!busy);
    }

    /** {@code ?structure=historical}: the structure of the report, as this page writes it. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        applyingUrl = true;
        try {
            structure.read(event.getLocation().getQueryParameters());
        } finally {
            applyingUrl = false;
        }
    }

    /** The running report, for tests that wait for it. */
    CompletableFuture<byte[]> running() {
        return running;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reports");
    }
}
