package org.parsteering.dossier;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.parsteering.base.DemoData;
import org.parsteering.unit.UnitService;
import org.parsteering.unit.UnitSummary;
import org.parsteering.unit.UnitType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The procedure catalogue, the dossiers of 1 January – 3 May 2024 and the leaders' signature reports of
 * January – April 2024 of Do Luong (SPEC 8), built as CSV in memory and loaded through the three imports,
 * so that the dashboard shows the seed article's figures exactly. Deterministic (fixed seed): the random
 * numbers only choose units, procedures, dates inside fixed windows and Y/N details, never a count.
 *
 * <h2>The plan of numbers</h2>
 *
 * <b>Catalogue</b>: 261 district procedures (111 FULL + 150 PARTIAL online) and 156 commune procedures
 * (36 FULL + 114 PARTIAL + 6 NONE); online dossiers only use FULL or PARTIAL procedures.
 *
 * <p><b>Online dossiers, 1 Jan – 3 May</b> (end = 3 May; nothing is received before 2024, so handled =
 * received):
 *
 * <pre>
 * district centre  645 = 480 received in Q1 + 165 received 1 Apr – 3 May, all on time:
 *   480 = 470 completed in Q1 on time + 10 received in March, completed in April on time
 *   165 = 140 completed by 3 May on time + 25 pending at 3 May with due_on ≥ 3 May
 * communes       3,555 = 2,620 received in Q1 + 935 received 1 Apr – 3 May
 *   late 394 = 3,555 − 3,161 on time (3,161 / 3,555 = 88.92 % → 88.9 %):
 *     290 received and completed in Q1 after due_on
 *   +  20 received in March, completed in April after due_on
 *   +  10 received in Q1, still pending at 3 May with due_on before 3 May
 *   +  50 received in April, completed by 3 May after due_on
 *   +  24 received in April, pending at 3 May with due_on before 3 May
 *   on time 3,161 = 2,300 received and completed in Q1 on time
 *                 +   760 received from April, completed by 3 May on time
 *                 +   101 received from April, pending at 3 May with due_on ≥ 3 May
 *   Q1: 2,300 + 290 + 20 + 10 = 2,620;  April–May: 760 + 50 + 101 + 24 = 935
 * </pre>
 *
 * <p><b>First quarter, all channels</b>: received 3,351 = 3,100 online (480 + 2,620) + 251 in person or by
 * post (district: 96 in person + 5 postal; communes: 150 in person). Completed in Q1 3,294 = 3,351 − 57
 * received in Q1 but completed later (10 + 20 + 10 online as above, 6 district and 11 commune in person,
 * completed in April); every completion in Q1 has a digitised result. Components: all FULL except 1 NONE
 * (a postal dossier) and 7 PARTIAL (2 postal, 5 commune in person): 3,350 digitised, 3,343 fully (99.76 %).
 *
 * <p>From April also 34 district and 48 commune in-person dossiers (not in any figure of the article).
 *
 * <p><b>Signature reports</b>, January – April, for the district office, the 12 departments and the 33
 * communes: most communes sign 60–88 % of their documents digitally, four sign over 90 %; departments
 * mostly 91–99 %, one below 90 %.
 *
 * <p>Due dates are received_on + the procedure's working days (Monday–Friday, without the public holidays
 * of 2024 and with the working Saturday of 4 May); no date is after 3 May 2024 except due dates.
 */
@Component
@ConditionalOnProperty(name = "par.demo-data.enabled", havingValue = "true")
class DemoDossiers implements DemoData {

    static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    static final LocalDate Q1_END = LocalDate.of(2024, 3, 31);
    static final LocalDate APRIL = LocalDate.of(2024, 4, 1);
    static final LocalDate MARCH = LocalDate.of(2024, 3, 1);
    /** The day of the inspection: the data stops here. */
    static final LocalDate LAST_DAY = LocalDate.of(2024, 5, 3);

    // --- the article's figures -------------------------------------------------------------------------
    static final int DISTRICT_PROCEDURES_FULL = 111;
    static final int DISTRICT_PROCEDURES_PARTIAL = 261 - DISTRICT_PROCEDURES_FULL;
    static final int COMMUNE_PROCEDURES_FULL = 36;
    static final int COMMUNE_PROCEDURES_NONE = 6;
    static final int COMMUNE_PROCEDURES_PARTIAL = 156 - COMMUNE_PROCEDURES_FULL - COMMUNE_PROCEDURES_NONE;

    static final int DISTRICT_ONLINE = 645;
    static final int COMMUNE_ONLINE = 3_555;
    static final int COMMUNE_ONLINE_ON_TIME = 3_161;
    static final int COMMUNE_ONLINE_LATE = COMMUNE_ONLINE - COMMUNE_ONLINE_ON_TIME; // 394
    static final int Q1_RECEIVED = 3_351;
    static final int Q1_COMPLETED = 3_294;

    // --- chosen split -------------------------------------------------------------------------------------
    static final int Q1_DISTRICT_ONLINE = 480;
    static final int Q1_COMMUNE_ONLINE = 2_620;
    static final int Q1_OFFLINE = Q1_RECEIVED - Q1_DISTRICT_ONLINE - Q1_COMMUNE_ONLINE; // 251
    static final int Q1_DISTRICT_IN_PERSON = 96;
    static final int Q1_DISTRICT_POSTAL = 5;
    static final int Q1_COMMUNE_IN_PERSON = Q1_OFFLINE - Q1_DISTRICT_IN_PERSON - Q1_DISTRICT_POSTAL; // 150

    // district online: all on time
    static final int D_Q1_DONE_IN_APRIL = 10;
    static final int D_Q1_DONE = Q1_DISTRICT_ONLINE - D_Q1_DONE_IN_APRIL; // 470
    static final int D_APRIL_PENDING = 25;
    static final int D_APRIL_DONE = DISTRICT_ONLINE - Q1_DISTRICT_ONLINE - D_APRIL_PENDING; // 140

    // commune online: the late ones
    static final int C_Q1_LATE = 290;
    static final int C_Q1_LATE_DONE_IN_APRIL = 20;
    static final int C_Q1_STILL_OVERDUE = 10;
    static final int C_APRIL_LATE = 50;
    static final int C_APRIL_OVERDUE =
            COMMUNE_ONLINE_LATE - C_Q1_LATE - C_Q1_LATE_DONE_IN_APRIL - C_Q1_STILL_OVERDUE - C_APRIL_LATE; // 24
    // ... and the ones on time
    static final int C_Q1_ON_TIME =
            Q1_COMMUNE_ONLINE - C_Q1_LATE - C_Q1_LATE_DONE_IN_APRIL - C_Q1_STILL_OVERDUE; // 2,300
    static final int C_APRIL_ON_TIME = 760;
    static final int C_APRIL_PENDING = COMMUNE_ONLINE_ON_TIME - C_Q1_ON_TIME - C_APRIL_ON_TIME; // 101

    // in person, received in Q1: 57 of the Q1 dossiers are completed after Q1
    static final int D_IN_PERSON_DONE_IN_APRIL = 6;
    static final int C_IN_PERSON_DONE_IN_APRIL = (Q1_RECEIVED - Q1_COMPLETED)
            - D_Q1_DONE_IN_APRIL
            - C_Q1_LATE_DONE_IN_APRIL
            - C_Q1_STILL_OVERDUE
            - D_IN_PERSON_DONE_IN_APRIL; // 11
    static final int C_IN_PERSON_LATE = 12;
    static final int C_IN_PERSON_ON_TIME = Q1_COMMUNE_IN_PERSON - C_IN_PERSON_DONE_IN_APRIL - C_IN_PERSON_LATE; // 127

    /** How dossiers of one bucket end. */
    enum Outcome {
        /** completed on or before due_on, within [completedFrom, completedTo] */
        ON_TIME,
        /** completed after due_on, within [completedFrom, completedTo] */
        LATE,
        /** not completed by the last day, due_on on or after it */
        PENDING_ON_TIME,
        /** not completed by the last day, due_on before it */
        PENDING_OVERDUE
    }

    /** {@code count} dossiers alike; the first {@code none} have no digitised components, the next {@code partial} some. */
    record Bucket(
            boolean district,
            Channel channel,
            int count,
            LocalDate receivedFrom,
            LocalDate receivedTo,
            Outcome outcome,
            LocalDate completedFrom,
            LocalDate completedTo,
            int none,
            int partial) {

        static Bucket of(
                boolean district,
                Channel channel,
                int count,
                LocalDate receivedFrom,
                LocalDate receivedTo,
                Outcome outcome,
                LocalDate completedFrom,
                LocalDate completedTo) {
            return new Bucket(
                    district, channel, count, receivedFrom, receivedTo, outcome, completedFrom, completedTo, 0, 0);
        }

        Bucket withComponents(int none, int partial) {
            return new Bucket(
                    district,
                    channel,
                    count,
                    receivedFrom,
                    receivedTo,
                    outcome,
                    completedFrom,
                    completedTo,
                    none,
                    partial);
        }
    }

    static final List<Bucket> PLAN = List.of(
            // online, district centre: 645, all on time
            Bucket.of(true, Channel.ONLINE, D_Q1_DONE, FIRST_DAY, Q1_END, Outcome.ON_TIME, FIRST_DAY, Q1_END),
            Bucket.of(true, Channel.ONLINE, D_Q1_DONE_IN_APRIL, MARCH, Q1_END, Outcome.ON_TIME, APRIL, LAST_DAY),
            Bucket.of(true, Channel.ONLINE, D_APRIL_DONE, APRIL, LAST_DAY, Outcome.ON_TIME, APRIL, LAST_DAY),
            Bucket.of(true, Channel.ONLINE, D_APRIL_PENDING, APRIL, LAST_DAY, Outcome.PENDING_ON_TIME, null, null),
            // online, communes: 3,555, 3,161 on time
            Bucket.of(false, Channel.ONLINE, C_Q1_ON_TIME, FIRST_DAY, Q1_END, Outcome.ON_TIME, FIRST_DAY, Q1_END),
            Bucket.of(false, Channel.ONLINE, C_Q1_LATE, FIRST_DAY, Q1_END, Outcome.LATE, FIRST_DAY, Q1_END),
            Bucket.of(false, Channel.ONLINE, C_Q1_LATE_DONE_IN_APRIL, MARCH, Q1_END, Outcome.LATE, APRIL, LAST_DAY),
            Bucket.of(
                    false,
                    Channel.ONLINE,
                    C_Q1_STILL_OVERDUE,
                    LocalDate.of(2024, 2, 15),
                    Q1_END,
                    Outcome.PENDING_OVERDUE,
                    null,
                    null),
            Bucket.of(false, Channel.ONLINE, C_APRIL_ON_TIME, APRIL, LAST_DAY, Outcome.ON_TIME, APRIL, LAST_DAY),
            Bucket.of(false, Channel.ONLINE, C_APRIL_LATE, APRIL, LAST_DAY, Outcome.LATE, APRIL, LAST_DAY),
            Bucket.of(false, Channel.ONLINE, C_APRIL_PENDING, APRIL, LAST_DAY, Outcome.PENDING_ON_TIME, null, null),
            Bucket.of(false, Channel.ONLINE, C_APRIL_OVERDUE, APRIL, LAST_DAY, Outcome.PENDING_OVERDUE, null, null),
            // in person and by post, received in Q1: 251 (1 NONE and 7 PARTIAL components among them)
            Bucket.of(
                    true,
                    Channel.IN_PERSON,
                    Q1_DISTRICT_IN_PERSON - D_IN_PERSON_DONE_IN_APRIL,
                    FIRST_DAY,
                    Q1_END,
                    Outcome.ON_TIME,
                    FIRST_DAY,
                    Q1_END),
            Bucket.of(
                    true,
                    Channel.IN_PERSON,
                    D_IN_PERSON_DONE_IN_APRIL,
                    MARCH,
                    Q1_END,
                    Outcome.ON_TIME,
                    APRIL,
                    LAST_DAY),
            Bucket.of(true, Channel.POSTAL, Q1_DISTRICT_POSTAL, FIRST_DAY, Q1_END, Outcome.ON_TIME, FIRST_DAY, Q1_END)
                    .withComponents(1, 2),
            Bucket.of(
                            false,
                            Channel.IN_PERSON,
                            C_IN_PERSON_ON_TIME,
                            FIRST_DAY,
                            Q1_END,
                            Outcome.ON_TIME,
                            FIRST_DAY,
                            Q1_END)
                    .withComponents(0, 5),
            Bucket.of(false, Channel.IN_PERSON, C_IN_PERSON_LATE, FIRST_DAY, Q1_END, Outcome.LATE, FIRST_DAY, Q1_END),
            Bucket.of(
                    false,
                    Channel.IN_PERSON,
                    C_IN_PERSON_DONE_IN_APRIL,
                    MARCH,
                    Q1_END,
                    Outcome.ON_TIME,
                    APRIL,
                    LAST_DAY),
            // in person from April (outside the article's figures)
            Bucket.of(true, Channel.IN_PERSON, 30, APRIL, LAST_DAY, Outcome.ON_TIME, APRIL, LAST_DAY)
                    .withComponents(0, 2),
            Bucket.of(true, Channel.IN_PERSON, 4, APRIL, LAST_DAY, Outcome.PENDING_ON_TIME, null, null),
            Bucket.of(false, Channel.IN_PERSON, 40, APRIL, LAST_DAY, Outcome.ON_TIME, APRIL, LAST_DAY)
                    .withComponents(1, 2),
            Bucket.of(false, Channel.IN_PERSON, 3, APRIL, LAST_DAY, Outcome.LATE, APRIL, LAST_DAY),
            Bucket.of(false, Channel.IN_PERSON, 5, APRIL, LAST_DAY, Outcome.PENDING_ON_TIME, null, null));

    // --- the catalogue ------------------------------------------------------------------------------------

    /** A procedure name with its processing time in working days and whether it carries a fee. */
    record Base(String name, int days, boolean fee) {}

    private static final List<Base> DISTRICT_NAMES = List.of(
            new Base("Cấp giấy chứng nhận đăng ký hộ kinh doanh", 3, true),
            new Base("Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", 3, true),
            new Base("Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan nước ngoài cấp", 1, true),
            new Base("Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", 10, true),
            new Base("Cấp giấy phép xây dựng nhà ở riêng lẻ", 15, true),
            new Base("Giải quyết trợ cấp xã hội hằng tháng đối với đối tượng bảo trợ xã hội", 7, false),
            new Base("Chuyển trường đối với học sinh trung học cơ sở", 3, false),
            new Base("Cấp đổi giấy chứng nhận quyền sử dụng đất", 7, true),
            new Base("Tạm ngừng hoạt động hộ kinh doanh", 3, false),
            new Base("Chấm dứt hoạt động hộ kinh doanh", 3, false),
            new Base("Cấp lại giấy chứng nhận đăng ký hộ kinh doanh", 3, true),
            new Base("Đăng ký khai sinh có yếu tố nước ngoài", 3, true),
            new Base("Đăng ký kết hôn có yếu tố nước ngoài", 10, true),
            new Base("Đăng ký khai tử có yếu tố nước ngoài", 3, false),
            new Base("Thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc", 3, true),
            new Base("Chứng thực chữ ký người dịch", 1, true),
            new Base("Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản", 2, true),
            new Base("Cấp giấy phép sửa chữa, cải tạo công trình", 15, true),
            new Base("Thẩm định báo cáo kinh tế - kỹ thuật đầu tư xây dựng", 20, true),
            new Base("Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền", 15, true),
            new Base("Giao đất, cho thuê đất cho hộ gia đình, cá nhân", 20, false),
            new Base("Đăng ký môi trường", 10, false),
            new Base("Cấp giấy phép bán lẻ sản phẩm rượu", 10, true),
            new Base("Cấp giấy phép bán lẻ sản phẩm thuốc lá", 10, true),
            new Base("Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", 15, true),
            new Base("Cho phép trường mầm non, nhà trẻ tư thục hoạt động giáo dục", 20, false),
            new Base("Cho phép trường tiểu học hoạt động giáo dục", 20, false),
            new Base("Công nhận xã đạt chuẩn phổ cập giáo dục, xóa mù chữ", 15, false),
            new Base("Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", 3, false),
            new Base("Tiếp nhận đối tượng bảo trợ xã hội vào cơ sở trợ giúp xã hội", 7, false),
            new Base("Đăng ký nội quy lao động", 7, false),
            new Base("Cấp giấy phép đủ điều kiện kinh doanh dịch vụ karaoke", 5, true),
            new Base("Xét tặng danh hiệu khu dân cư văn hóa", 10, false),
            new Base("Tặng giấy khen của Chủ tịch UBND huyện về thực hiện nhiệm vụ chính trị", 10, false),
            new Base("Tặng giấy khen của Chủ tịch UBND huyện cho gia đình", 10, false),
            new Base("Đăng ký hoạt động tín ngưỡng", 15, false),
            new Base("Thông báo tổ chức lễ hội tín ngưỡng", 10, false),
            new Base("Giải quyết khiếu nại lần đầu tại cấp huyện", 20, false),
            new Base("Giải quyết tố cáo tại cấp huyện", 20, false),
            new Base("Phê duyệt phương án ứng phó thiên tai cho công trình, vùng hạ du đập", 15, false),
            new Base("Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh", 10, false),
            new Base("Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông lâm thủy sản", 15, true),
            new Base("Đăng ký thành lập hợp tác xã", 3, false),
            new Base("Đăng ký thay đổi nội dung đăng ký hợp tác xã", 3, false),
            new Base("Cấp giấy phép thi công công trình trên đường huyện đang khai thác", 7, false));

    private static final List<Base> COMMUNE_NAMES = List.of(
            new Base("Đăng ký khai sinh", 1, false),
            new Base("Chứng thực bản sao từ bản chính", 1, true),
            new Base("Cấp bản sao trích lục hộ tịch", 1, true),
            new Base("Cấp giấy xác nhận tình trạng hôn nhân", 3, true),
            new Base("Đăng ký kết hôn", 1, false),
            new Base("Đăng ký khai tử", 1, false),
            new Base("Chứng thực chữ ký", 1, true),
            new Base(
                    "Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
                    5,
                    false),
            new Base("Chứng thực hợp đồng, giao dịch liên quan đến nhà ở", 2, true),
            new Base("Xác nhận đơn đề nghị cấp giấy chứng nhận quyền sử dụng đất", 10, false),
            new Base("Đăng ký giám hộ", 3, false),
            new Base("Đăng ký nhận cha, mẹ, con", 3, false),
            new Base("Đăng ký lại khai sinh", 5, false),
            new Base("Thay đổi, cải chính, bổ sung thông tin hộ tịch", 3, true),
            new Base("Đăng ký khai sinh kết hợp nhận cha, mẹ, con", 3, false),
            new Base("Chứng thực văn bản thỏa thuận phân chia di sản", 2, true),
            new Base("Chứng thực di chúc", 2, true),
            new Base("Xác định, xác định lại mức độ khuyết tật", 10, false),
            new Base("Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm", 7, false),
            new Base("Công nhận hộ thoát nghèo, hộ thoát cận nghèo trong năm", 7, false),
            new Base("Xác nhận hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp có mức sống trung bình", 7, false),
            new Base("Hỗ trợ chi phí mai táng cho người có công với cách mạng", 5, false),
            new Base("Trợ cấp xã hội hằng tháng khi đối tượng thay đổi nơi cư trú", 7, false),
            new Base("Đăng ký chấm dứt giám hộ", 2, false),
            new Base("Thông báo danh mục hoạt động tín ngưỡng", 5, false),
            new Base("Xét tặng danh hiệu gia đình văn hóa", 5, false),
            new Base("Tặng giấy khen của Chủ tịch UBND xã", 7, false),
            new Base("Công nhận tổ trưởng tổ hòa giải", 3, false),
            new Base("Hỗ trợ hòa giải viên gặp tai nạn hoặc rủi ro khi thực hiện hoạt động hòa giải", 5, false),
            new Base("Đăng ký khai thác nước dưới đất", 5, false));

    /** Commune procedures done in person only (online level NONE). */
    private static final List<Base> COMMUNE_IN_PERSON_ONLY = List.of(
            new Base("Đăng ký khai sinh lưu động", 5, false),
            new Base("Đăng ký kết hôn lưu động", 5, false),
            new Base("Đăng ký khai tử lưu động", 5, false),
            new Base("Hòa giải tranh chấp đất đai", 10, false),
            new Base("Tiếp công dân tại cấp xã", 1, false),
            new Base("Giải quyết khiếu nại lần đầu tại cấp xã", 10, false));

    record Procedure(String code, String name, ProcedureLevel level, OnlineLevel online, boolean fee, int days) {}

    record Row(
            String unit,
            Procedure procedure,
            Channel channel,
            LocalDate received,
            LocalDate due,
            LocalDate completed,
            Components components,
            boolean resultDigitized,
            boolean resultSigned,
            boolean paidOnline) {}

    private final ProcedureImportService procedureImport;
    private final DossierImportService dossierImport;
    private final SignatureImportService signatureImport;
    private final UnitService units;

    DemoDossiers(
            ProcedureImportService procedureImport,
            DossierImportService dossierImport,
            SignatureImportService signatureImport,
            UnitService units) {
        this.procedureImport = procedureImport;
        this.dossierImport = dossierImport;
        this.signatureImport = signatureImport;
        this.units = units;
    }

    @Override
    public String name() {
        return "dossiers-2024";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        List<UnitSummary> active = units.activeDuring(FIRST_DAY, LAST_DAY);
        List<String> communes = codes(active, UnitType.COMMUNE);
        List<String> departments = codes(active, UnitType.DEPARTMENT);
        List<String> districts = codes(active, UnitType.DISTRICT);
        Generator g = new Generator(communes);
        procedureImport.importFile(utf8(g.procedureCsv()), "procedures.csv");
        dossierImport.importFile(utf8(g.dossierCsv()), "dossiers.csv");
        signatureImport.importFile(utf8(g.signatureCsv(districts, departments, communes)), "signatures.csv");
    }

    private static List<String> codes(List<UnitSummary> units, UnitType type) {
        return units.stream()
                .filter(u -> u.type() == type)
                .map(UnitSummary::code)
                .sorted()
                .toList();
    }

    private static byte[] utf8(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    /** Builds the three CSV files; one instance, one fixed seed, the same text every time. */
    static final class Generator {

        private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.ofPattern("yyMMdd");

        private final Random rnd = new Random(20_240_503L);
        private final List<String> communes;
        private final double[] volumeWeights;
        private final double[] lateWeights;
        private final List<Procedure> districtProcedures;
        private final List<Procedure> communeProcedures;

        Generator(List<String> communes) {
            if (communes.isEmpty()) {
                throw new IllegalStateException("the demo dossiers need the demo communes");
            }
            this.communes = communes;
            // The town and a few large communes receive more; a third of the communes are late more often.
            volumeWeights = new double[communes.size()];
            lateWeights = new double[communes.size()];
            for (int i = 0; i < communes.size(); i++) {
                volumeWeights[i] = communes.get(i).equals("XA-DOLUONG") ? 4.0 : 1.0 + ((i * 7) % 5) * 0.25;
                lateWeights[i] = volumeWeights[i] * (i % 3 == 1 ? 4.0 : 1.0);
            }
            districtProcedures = catalogue(
                    "TTHC-H-",
                    ProcedureLevel.DISTRICT,
                    DISTRICT_NAMES,
                    DISTRICT_PROCEDURES_FULL,
                    DISTRICT_PROCEDURES_PARTIAL);
            List<Procedure> commune = new ArrayList<>(catalogue(
                    "TTHC-X-",
                    ProcedureLevel.COMMUNE,
                    COMMUNE_NAMES,
                    COMMUNE_PROCEDURES_FULL,
                    COMMUNE_PROCEDURES_PARTIAL));
            for (int i = 0; i < COMMUNE_PROCEDURES_NONE; i++) {
                Base b = COMMUNE_IN_PERSON_ONLY.get(i);
                commune.add(new Procedure(
                        code("TTHC-X-", commune.size()),
                        b.name(),
                        ProcedureLevel.COMMUNE,
                        OnlineLevel.NONE,
                        b.fee(),
                        b.days()));
            }
            communeProcedures = List.copyOf(commune);
        }

        /** {@code full + partial} procedures named after {@code names} (numbered variants once they run out). */
        private List<Procedure> catalogue(
                String prefix, ProcedureLevel level, List<Base> names, int full, int partial) {
            List<OnlineLevel> levels = new ArrayList<>(full + partial);
            levels.addAll(Collections.nCopies(full, OnlineLevel.FULL));
            levels.addAll(Collections.nCopies(partial, OnlineLevel.PARTIAL));
            Collections.shuffle(levels, rnd);
            List<Procedure> list = new ArrayList<>(levels.size());
            for (int i = 0; i < levels.size(); i++) {
                Base b = names.get(i % names.size());
                int variant = i / names.size();
                String name = variant == 0 ? b.name() : b.name() + " (trường hợp " + (variant + 1) + ")";
                list.add(new Procedure(code(prefix, i), name, level, levels.get(i), b.fee(), b.days()));
            }
            return list;
        }

        private static String code(String prefix, int index) {
            return prefix + String.format("%03d", index + 1);
        }

        String procedureCsv() {
            StringBuilder csv = new StringBuilder("procedure_code,name,level,online_level,fee_required\n");
            for (List<Procedure> list : List.of(districtProcedures, communeProcedures)) {
                for (Procedure p : list) {
                    csv.append(p.code())
                            .append(',')
                            .append(quoted(p.name()))
                            .append(',')
                            .append(p.level())
                            .append(',')
                            .append(p.online())
                            .append(',')
                            .append(yn(p.fee()))
                            .append('\n');
                }
            }
            return csv.toString();
        }

        List<Row> dossiers() {
            List<Row> rows = new ArrayList<>();
            for (Bucket bucket : PLAN) {
                for (int i = 0; i < bucket.count(); i++) {
                    Components components = i < bucket.none()
                            ? Components.NONE
                            : i < bucket.none() + bucket.partial() ? Components.PARTIAL : Components.FULL;
                    rows.add(dossier(bucket, components));
                }
            }
            rows.sort(Comparator.comparing(Row::received).thenComparing(Row::unit));
            return rows;
        }

        String dossierCsv() {
            StringBuilder csv = new StringBuilder("dossier_code,unit_code,procedure_code,channel,received_on,due_on,"
                    + "completed_on,components_digitized,result_digitized,result_signed,fee_required,paid_online\n");
            Map<String, Integer> sequence = new HashMap<>();
            for (Row r : dossiers()) {
                String day = r.unit() + "-" + CODE_DATE.format(r.received());
                int n = sequence.merge(day, 1, Integer::sum);
                boolean done = r.completed() != null;
                csv.append(day)
                        .append('-')
                        .append(String.format("%04d", n))
                        .append(',')
                        .append(r.unit())
                        .append(',')
                        .append(r.procedure().code())
                        .append(',')
                        .append(r.channel())
                        .append(',')
                        .append(r.received())
                        .append(',')
                        .append(r.due())
                        .append(',')
                        .append(done ? r.completed().toString() : "")
                        .append(',')
                        .append(r.components())
                        .append(',')
                        .append(done ? yn(r.resultDigitized()) : "")
                        .append(',')
                        .append(done ? yn(r.resultSigned()) : "")
                        .append(',')
                        .append(yn(r.procedure().fee()))
                        .append(',')
                        .append(yn(r.paidOnline()))
                        .append('\n');
            }
            return csv.toString();
        }

        private Row dossier(Bucket b, Components components) {
            String unit = b.district()
                    ? "DISTRICT"
                    : communes.get(pick(
                            b.outcome() == Outcome.LATE || b.outcome() == Outcome.PENDING_OVERDUE
                                    ? lateWeights
                                    : volumeWeights));
            List<Procedure> pool = (b.district() ? districtProcedures : communeProcedures)
                    .stream()
                            .filter(p -> b.channel() != Channel.ONLINE || p.online() != OnlineLevel.NONE)
                            .toList();
            // Popular procedures take most dossiers; if the chosen one cannot end as the bucket says
            // (say, due too late to be late by 3 May), the next one in the catalogue is taken.
            int start = (int) (pool.size() * Math.pow(rnd.nextDouble(), 3));
            for (int k = 0; k < pool.size(); k++) {
                Procedure p = pool.get((start + k) % pool.size());
                List<LocalDate> days = WorkCalendar.workingDays(b.receivedFrom(), b.receivedTo()).stream()
                        .filter(r -> feasible(b, r, WorkCalendar.plus(r, p.days())))
                        .toList();
                if (!days.isEmpty()) {
                    LocalDate received = days.get(rnd.nextInt(days.size()));
                    return row(b, unit, p, received, components);
                }
            }
            throw new IllegalStateException("no procedure fits " + b);
        }

        private boolean feasible(Bucket b, LocalDate received, LocalDate due) {
            return switch (b.outcome()) {
                case PENDING_ON_TIME -> !due.isBefore(LAST_DAY);
                case PENDING_OVERDUE -> due.isBefore(LAST_DAY);
                case ON_TIME, LATE -> completionRange(b, received, due) != null;
            };
        }

        /** The working days a dossier of the bucket may be completed on, or null if none. */
        private static LocalDate[] completionRange(Bucket b, LocalDate received, LocalDate due) {
            LocalDate lo;
            LocalDate hi = WorkCalendar.onOrBefore(b.completedTo());
            if (b.outcome() == Outcome.ON_TIME) {
                lo = WorkCalendar.onOrAfter(max(received, b.completedFrom()));
                hi = min(hi, due);
            } else {
                lo = WorkCalendar.onOrAfter(max(WorkCalendar.plus(due, 1), b.completedFrom()));
            }
            return lo.isAfter(hi) ? null : new LocalDate[] {lo, hi};
        }

        private Row row(Bucket b, String unit, Procedure p, LocalDate received, Components components) {
            LocalDate due = WorkCalendar.plus(received, p.days());
            LocalDate completed = null;
            if (b.outcome() == Outcome.ON_TIME || b.outcome() == Outcome.LATE) {
                LocalDate[] range = completionRange(b, received, due);
                LocalDate wish = b.outcome() == Outcome.ON_TIME
                        ? WorkCalendar.plus(received, rnd.nextInt(p.days() + 1))
                        : WorkCalendar.plus(range[0], rnd.nextInt(5));
                completed = min(max(wish, range[0]), range[1]);
            }
            // Results completed in Q1 are all digitised (the article: 3,294 of 3,294); later a few are not.
            boolean digitized = completed == null || !completed.isAfter(Q1_END) || rnd.nextDouble() < 0.97;
            boolean signed = rnd.nextDouble() < (b.district() ? 0.97 : 0.9);
            boolean paid = p.fee() && b.channel() == Channel.ONLINE && rnd.nextDouble() < (b.district() ? 0.6 : 0.35);
            return new Row(unit, p, b.channel(), received, due, completed, components, digitized, signed, paid);
        }

        private int pick(double[] weights) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double x = rnd.nextDouble() * total;
            for (int i = 0; i < weights.length; i++) {
                x -= weights[i];
                if (x < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        /**
         * Monthly signature reports, January – April 2024: the district office and the departments mostly
         * above the 90 % threshold (one department below), the communes mostly 60–88 % (every ninth above 90 %).
         */
        String signatureCsv(List<String> districts, List<String> departments, List<String> communeCodes) {
            StringBuilder csv = new StringBuilder("unit_code,month,documents_issued,documents_signed\n");
            for (int m = 1; m <= 4; m++) {
                YearMonth month = YearMonth.of(2024, m);
                for (String unit : districts) {
                    report(csv, unit, month, 150 + rnd.nextInt(100), 0.95 + rnd.nextDouble() * 0.04);
                }
                for (int i = 0; i < departments.size(); i++) {
                    double rate = i == 5 ? 0.80 + rnd.nextDouble() * 0.08 : 0.91 + rnd.nextDouble() * 0.08;
                    report(csv, departments.get(i), month, 30 + rnd.nextInt(60), rate);
                }
                for (int i = 0; i < communeCodes.size(); i++) {
                    // slowly better over the months, the low ones staying below 88 %
                    double rate =
                            i % 9 == 0 ? 0.91 + rnd.nextDouble() * 0.07 : 0.60 + rnd.nextDouble() * 0.25 + 0.0075 * m;
                    report(csv, communeCodes.get(i), month, 40 + rnd.nextInt(80), rate);
                }
            }
            return csv.toString();
        }

        private static void report(StringBuilder csv, String unit, YearMonth month, int issued, double rate) {
            int signed = (int) Math.floor(issued * rate);
            csv.append(unit)
                    .append(',')
                    .append(month)
                    .append(',')
                    .append(issued)
                    .append(',')
                    .append(signed)
                    .append('\n');
        }

        private static String quoted(String text) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }

        private static String yn(boolean value) {
            return value ? "Y" : "N";
        }

        private static LocalDate max(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }

        private static LocalDate min(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }
    }

    /** Working days of the one-stop desks in 2024: Monday–Friday without the public holidays. */
    static final class WorkCalendar {

        private static final Set<LocalDate> HOLIDAYS = Set.of(
                LocalDate.of(2024, 1, 1), // New Year
                LocalDate.of(2024, 2, 8), // Tết: 8–14 February
                LocalDate.of(2024, 2, 9),
                LocalDate.of(2024, 2, 12),
                LocalDate.of(2024, 2, 13),
                LocalDate.of(2024, 2, 14),
                LocalDate.of(2024, 4, 18), // Hung Kings' Commemoration
                LocalDate.of(2024, 4, 29), // Reunification Day and Labour Day: 27 April – 1 May
                LocalDate.of(2024, 4, 30),
                LocalDate.of(2024, 5, 1));

        /** Saturday 4 May 2024 was worked in exchange for Monday 29 April. */
        private static final Set<LocalDate> WORKED_SATURDAYS = Set.of(LocalDate.of(2024, 5, 4));

        private WorkCalendar() {}

        static boolean isWorkingDay(LocalDate d) {
            if (WORKED_SATURDAYS.contains(d)) {
                return true;
            }
            DayOfWeek w = d.getDayOfWeek();
            return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !HOLIDAYS.contains(d);
        }

        /** The {@code n}-th working day after {@code d} ({@code d} itself for 0). */
        static LocalDate plus(LocalDate d, int n) {
            LocalDate result = d;
            for (int i = 0; i < n; i++) {
                result = result.plusDays(1);
                while (!isWorkingDay(result)) {
                    result = result.plusDays(1);
                }
            }
            return result;
        }

        static LocalDate onOrAfter(LocalDate d) {
            LocalDate result = d;
            while (!isWorkingDay(result)) {
                result = result.plusDays(1);
            }
            return result;
        }

        static LocalDate onOrBefore(LocalDate d) {
            LocalDate result = d;
            while (!isWorkingDay(result)) {
                result = result.minusDays(1);
            }
            return result;
        }

        static List<LocalDate> workingDays(LocalDate from, LocalDate to) {
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (isWorkingDay(d)) {
                    days.add(d);
                }
            }
            return days;
        }
    }
}
