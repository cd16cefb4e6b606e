package org.parsteering.dossier;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.parsteering.base.DemoData;
import org.parsteering.base.Period;
import org.parsteering.unit.UnitService;
import org.parsteering.unit.UnitSummary;
import org.parsteering.unit.UnitType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo data around the day the demo is first started, so that the current and the previous quarter and the
 * last months have figures for the reminder rules and the dashboard: dossiers from the start of the previous
 * quarter up to yesterday (some communes slow, some with little digitisation or online payment, a few dossiers
 * pending past their due date — none pending for more than {@link #PENDING_AT_MOST}) and the leaders' signature
 * reports of the last six complete months (communes mostly below 90 %). Nothing here touches the seed period
 * ({@code demo/dossier-buckets.csv}), whose figures are the seed article's.
 *
 * <p>A demo created in the two-tier structure (on or after 1 July 2025, once the unit changes made the province
 * office and the 130 commune-level units active) gets instead the dossiers and signature reports of every active
 * unit from the first day of that structure to yesterday ({@link TodayActivity}).
 */
@Component
class DemoRecentActivity extends DemoData {

    /** The longest a recent dossier is still pending on the day the demo is created. */
    static final java.time.Period PENDING_AT_MOST = java.time.Period.ofWeeks(3);

    private final DossierImportService dossierImport;
    private final SignatureImportService signatureImport;
    private final UnitService units;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoRecentActivity(
            DossierImportService dossierImport,
            SignatureImportService signatureImport,
            UnitService units,
            JdbcTemplate jdbc,
            Clock clock) {
        super("recent-activity", 45);
        this.dossierImport = dossierImport;
        this.signatureImport = signatureImport;
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        List<UnitSummary> active = units.activeUnits();
        // the two-tier structure of today (SPEC 8): its province office is active since the unit changes
        var structureStart = active.stream()
                .filter(u -> u.type() == UnitType.PROVINCE && u.activeFrom() != null)
                .map(UnitSummary::activeFrom)
                .min(java.util.Comparator.naturalOrder());
        if (structureStart.isPresent()) {
            loadToday(active, structureStart.get(), today);
            return;
        }
        LocalDate afterSeed = DemoDossiers.buckets(today).stream()
                .map(DemoDossiers.Bucket::receivedTo)
                .max(java.util.Comparator.naturalOrder())
                .orElseThrow()
                .plusDays(1);
        YearMonth lastSeedMonth = YearMonth.from(afterSeed).minusMonths(1);
        Random rnd = new Random(766);
        List<String> communes = active.stream()
                .filter(u -> u.type() == UnitType.COMMUNE)
                .map(UnitSummary::code)
                .sorted()
                .toList();
        List<String> others = active.stream()
                .filter(u -> u.type() != UnitType.COMMUNE)
                .map(UnitSummary::code)
                .sorted()
                .toList();

        StringBuilder signatures = new StringBuilder("unit_code,month,documents_issued,documents_signed\n");
        int months = 0;
        for (int back = 6; back >= 1; back--) {
            YearMonth month = YearMonth.from(today).minusMonths(back);
            if (!month.isAfter(lastSeedMonth)) {
                continue;
            }
            months++;
            for (int i = 0; i < others.size(); i++) {
                double rate = i == 6 ? 0.82 + rnd.nextDouble() * 0.06 : 0.92 + rnd.nextDouble() * 0.07;
                DemoDossiers.Generator.report(signatures, others.get(i), month, 30 + rnd.nextInt(120), rate);
            }
            for (int i = 0; i < communes.size(); i++) {
                double rate = i % 9 == 0 ? 0.91 + rnd.nextDouble() * 0.07 : 0.62 + rnd.nextDouble() * 0.25;
                DemoDossiers.Generator.report(signatures, communes.get(i), month, 40 + rnd.nextInt(80), rate);
            }
        }
        if (months > 0) {
            signatureImport.importFile(signatures.toString().getBytes(StandardCharsets.UTF_8), "recent-signatures.csv");
        }

        List<String> procedures = jdbc.queryForList(
                "select code from admin_procedure where proc_level = 'COMMUNE' order by code", String.class);
        String dossiers = dossierCsv(communes, procedures, afterSeed, today, rnd);
        if (dossiers != null) {
            dossierImport.importFile(dossiers.getBytes(StandardCharsets.UTF_8), "recent-dossiers.csv");
        }
    }

    /**
     * Every active unit's dossiers and signature reports since the two-tier structure began ({@link
     * TodayActivity}), through the two imports.
     */
    private void loadToday(List<UnitSummary> active, LocalDate since, LocalDate today) {
        TodayActivity activity =
                new TodayActivity(active, DemoDossiers.procedures(today), DemoCalendar.read(today), since, today);
        String signatures = activity.signatureCsv();
        if (signatures != null) {
            signatureImport.importFile(signatures.getBytes(StandardCharsets.UTF_8), "signatures-since-2025.csv");
        }
        String dossiers = activity.dossierCsv();
        if (dossiers != null) {
            dossierImport.importFile(dossiers.getBytes(StandardCharsets.UTF_8), "dossiers-since-2025.csv");
        }
    }

    /**
     * The communes' dossiers from the start of the previous quarter (not before {@code afterSeed}) to yesterday,
     * as the dossier import reads them, or null when there are none to make.
     */
    static String dossierCsv(
            List<String> communes, List<String> procedures, LocalDate afterSeed, LocalDate today, Random rnd) {
        LocalDate quarterStart = Period.quarterOf(today).previous().from();
        LocalDate first = quarterStart.isBefore(afterSeed) ? afterSeed : quarterStart;
        LocalDate last = today.minusDays(1);
        if (last.isBefore(first) || procedures.isEmpty()) {
            return null;
        }
        LocalDate pendingSince = today.minus(PENDING_AT_MOST);
        StringBuilder dossiers = new StringBuilder(
                "dossier_code,unit_code,procedure_code,channel,received_on,due_on,completed_on,components_digitized,"
                        + "result_digitized,result_signed,fee_required,paid_online\n");
        int span = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        // about 15–35 dossiers a commune every six weeks
        int scale = Math.max(1, (int) Math.round(span / 45.0));
        for (int i = 0; i < communes.size(); i++) {
            String unit = communes.get(i);
            boolean slow = i % 5 == 1;
            boolean paperBound = i % 4 == 2;
            boolean cashOnly = i % 3 == 0;
            int count = (15 + rnd.nextInt(20)) * scale;
            for (int n = 1; n <= count; n++) {
                LocalDate received = first.plusDays(rnd.nextInt(span));
                LocalDate due = received.plusDays(3 + rnd.nextInt(10));
                double r = rnd.nextDouble();
                LocalDate completed;
                if (slow && r < 0.25 && !received.isBefore(pendingSince)) {
                    completed = null; // still pending: overdue once the due date has passed
                } else if (slow && r < 0.5) {
                    completed = due.plusDays(1 + rnd.nextInt(6));
                } else {
                    completed = received.plusDays(rnd.nextInt((int) (due.toEpochDay() - received.toEpochDay()) + 1));
                }
                if (completed != null && !completed.isBefore(today)) {
                    completed = null;
                }
                String components = paperBound ? (r < 0.6 ? "NONE" : "PARTIAL") : (r < 0.9 ? "FULL" : "PARTIAL");
                boolean fee = rnd.nextDouble() < 0.4;
                boolean paid = fee && (cashOnly ? rnd.nextDouble() < 0.1 : rnd.nextDouble() < 0.6);
                dossiers.append(String.join(
                                ",",
                                "RC-" + unit.substring(unit.indexOf('-') + 1) + "-" + first.getYear() + "-" + n,
                                unit,
                                procedures.get(rnd.nextInt(procedures.size())),
                                r < 0.7 ? "ONLINE" : "IN_PERSON",
                                received.toString(),
                                due.toString(),
                                completed == null ? "" : completed.toString(),
                                components,
                                completed == null ? "" : "Y",
                                completed == null ? "" : (rnd.nextDouble() < 0.9 ? "Y" : "N"),
                                fee ? "Y" : "N",
                                paid ? "Y" : "N"))
                        .append('\n');
            }
        }
        return dossiers.toString();
    }
}
