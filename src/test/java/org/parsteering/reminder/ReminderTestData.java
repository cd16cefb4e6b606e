package org.parsteering.reminder;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import org.parsteering.dossier.DossierImportService;
import org.parsteering.dossier.ProcedureImportService;
import org.parsteering.dossier.SignatureImportService;
import org.parsteering.plan.TaskImportService;
import org.parsteering.unit.UnitImportService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two communes on either side of every rule, on the test clock (15 May 2024, quarter Q2 2024, last complete
 * month April 2024, thresholds at their defaults): XA-RMA trips each rule, XA-RMB stays just clear of each
 * (only its task due today is "due soon"). Unit head {@code head.rma} belongs to XA-RMA.
 */
final class ReminderTestData {

    private ReminderTestData() {}

    /** Loads the data as the signed-in caller (a secretary), with the application's import services. */
    static void load(org.springframework.context.ApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        UnitImportService units = context.getBean(UnitImportService.class);
        ProcedureImportService procedures = context.getBean(ProcedureImportService.class);
        DossierImportService dossiers = context.getBean(DossierImportService.class);
        SignatureImportService signatures = context.getBean(SignatureImportService.class);
        TaskImportService tasks = context.getBean(TaskImportService.class);
        units.importFile(
                utf8(
                        "unit_code,name,type,parent_code\nXA-RMA,Xã Nhắc A,COMMUNE,DISTRICT\nXA-RMB,Xã Nhắc B,COMMUNE,DISTRICT\n"),
                "u.csv");
        procedures.importFile(
                utf8("procedure_code,name,level,online_level,fee_required\nRM-P1,Thủ tục nhắc,COMMUNE,FULL,Y\n"),
                "p.csv");
        StringBuilder d = new StringBuilder(
                "dossier_code,unit_code,procedure_code,channel,received_on,due_on,completed_on,components_digitized,"
                        + "result_digitized,result_signed,fee_required,paid_online\n");
        // A: RMA-1 pending past its due date (14 May); 8 of 10 components digitised; 2 of 10 fees paid online.
        d.append("RMA-1,XA-RMA,RM-P1,ONLINE,2024-05-01,2024-05-14,,FULL,,,Y,Y\n");
        for (int i = 2; i <= 10; i++) {
            d.append("RMA-%d,XA-RMA,RM-P1,ONLINE,2024-04-10,2024-04-20,2024-04-15,%s,Y,Y,Y,%s\n"
                    .formatted(i, i <= 8 ? "FULL" : "NONE", i == 2 ? "Y" : "N"));
        }
        // B: RMB-1 pending but due today (not overdue); 9 of 10 digitised (= 90 %); 3 of 10 paid online (= 30 %).
        d.append("RMB-1,XA-RMB,RM-P1,ONLINE,2024-05-01,2024-05-15,,FULL,,,Y,Y\n");
        for (int i = 2; i <= 10; i++) {
            d.append("RMB-%d,XA-RMB,RM-P1,ONLINE,2024-04-10,2024-04-20,2024-04-15,%s,Y,Y,Y,%s\n"
                    .formatted(i, i <= 9 ? "FULL" : "NONE", i <= 3 ? "Y" : "N"));
        }
        dossiers.importFile(utf8(d.toString()), "d.csv");
        // April 2024: A signs 89 of 100 (below 90 %), B 90 of 100 (not below).
        signatures.importFile(
                utf8(
                        "unit_code,month,documents_issued,documents_signed\nXA-RMA,2024-04,100,89\nXA-RMB,2024-04,100,90\n"),
                "s.csv");
        tasks.importFile(utf8("""
                        task_code,title,field,lead_unit,deadline
                        RM-DS-A,Sắp đến hạn A,TTHC,XA-RMA,2024-05-22
                        RM-DS-B,Chưa đến cửa sổ B,TTHC,XA-RMB,2024-05-23
                        RM-OD-A,Quá hạn A,TTHC,XA-RMA,2024-05-14
                        RM-OD-B,Đến hạn hôm nay B,TTHC,XA-RMB,2024-05-15
                        RM-ST-A,Chậm báo cáo A,TTHC,XA-RMA,2024-12-31
                        RM-ST-B,Mới báo cáo B,TTHC,XA-RMB,2024-12-31
                        """), "t.csv");
        // Stale: last report 31 days ago (A) against 29 days ago (B); the period is 30 days.
        setReport(jdbc, "RM-ST-A", Instant.parse("2024-04-14T03:00:00Z"));
        setReport(jdbc, "RM-ST-B", Instant.parse("2024-04-16T03:00:00Z"));
        Long unitA = jdbc.queryForObject("select id from unit where code = 'XA-RMA'", Long.class);
        jdbc.update("""
                insert into app_user (username, display_name, email, password_hash, role, unit_id, locale, created_at, updated_at)
                values ('head.rma', 'Trưởng xã Nhắc A', 'head.rma@example.org', '{noop}x', 'UNIT_HEAD', ?, 'vi', ?, ?)""", unitA, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
    }

    static void setReport(JdbcTemplate jdbc, String task, Instant lastReport) {
        jdbc.update(
                "update assignment set status = 'IN_PROGRESS', last_report_at = ? where task_id = (select id from task where code = ?)",
                Timestamp.from(lastReport),
                task);
    }

    static void setStatus(JdbcTemplate jdbc, String task, String status) {
        jdbc.update(
                "update assignment set status = ? where task_id = (select id from task where code = ?)", status, task);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
