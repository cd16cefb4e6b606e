package org.parsteering.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.parsteering.base.DemoData;
import org.parsteering.unit.Unit;
import org.parsteering.unit.UnitService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The 2021–2025 PAR plan of Do Luong with about 60 tasks over the seven fields (SPEC 8): most done, some
 * done late, some overdue, some due within the week of the day the demo is loaded, with progress
 * histories, so that every badge and filter shows something on first start. Deterministic (fixed seed).
 */
@Component
@ConditionalOnProperty(name = "par.demo-data.enabled", havingValue = "true")
class DemoPlan implements DemoData {

    private static final String[][] TITLES = {
        {
            "Ban hành kế hoạch CCHC năm",
            "Kiểm tra công tác CCHC tại các xã",
            "Tuyên truyền CCHC trên Cổng thông tin huyện",
            "Sơ kết công tác CCHC 6 tháng",
            "Khảo sát sự hài lòng của người dân",
            "Tổng kết kế hoạch CCHC giai đoạn 2021–2025",
            "Cải thiện chỉ số PAR INDEX: rà soát chỉ số thành phần thấp điểm",
            "Tập huấn nghiệp vụ CCHC cho cán bộ đầu mối"
        },
        {
            "Rà soát văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành",
            "Theo dõi thi hành pháp luật về xử lý vi phạm hành chính",
            "Kiểm tra văn bản QPPL cấp xã",
            "Hệ thống hóa văn bản QPPL kỳ 2019–2023",
            "Phổ biến pháp luật về TTHC mới ban hành",
            "Xây dựng quy chế phối hợp kiểm soát TTHC",
            "Rà soát quy chế làm việc của UBND các xã",
            "Lấy ý kiến dự thảo văn bản QPPL"
        },
        {
            "Công khai TTHC tại Bộ phận một cửa",
            "Số hóa hồ sơ, kết quả giải quyết TTHC",
            "Rà soát, đơn giản hóa TTHC cấp huyện",
            "Giảm hồ sơ trễ hạn tại Bộ phận một cửa cấp xã",
            "Thanh toán trực tuyến phí, lệ phí TTHC",
            "Cung cấp dịch vụ công trực tuyến toàn trình",
            "Xin lỗi người dân khi hồ sơ trễ hạn",
            "Đánh giá chất lượng giải quyết TTHC theo Quyết định 766",
            "Nâng cấp Bộ phận một cửa cấp xã"
        },
        {
            "Sắp xếp tổ chức bộ máy các phòng chuyên môn",
            "Rà soát chức năng nhiệm vụ các phòng",
            "Sắp xếp đơn vị hành chính cấp xã",
            "Kiện toàn Ban Chỉ đạo CCHC huyện",
            "Xây dựng đề án vị trí việc làm",
            "Phân cấp, ủy quyền giải quyết TTHC",
            "Rà soát đơn vị sự nghiệp công lập"
        },
        {
            "Tuyển dụng công chức cấp xã",
            "Đánh giá, xếp loại cán bộ, công chức",
            "Bồi dưỡng kỹ năng số cho công chức",
            "Kiểm tra kỷ luật, kỷ cương hành chính",
            "Thực hiện Đề án vị trí việc làm và chính sách tiền lương mới",
            "Đào tạo chuyên môn cho công chức một cửa",
            "Quy tắc ứng xử của cán bộ, công chức",
            "Chuẩn hóa đội ngũ công chức cấp xã"
        },
        {
            "Giao quyền tự chủ tài chính cho đơn vị sự nghiệp",
            "Công khai ngân sách huyện",
            "Thực hành tiết kiệm, chống lãng phí",
            "Quản lý tài sản công",
            "Kiểm tra quyết toán ngân sách xã",
            "Thanh toán không dùng tiền mặt trong đơn vị sự nghiệp",
            "Rà soát định mức chi thường xuyên"
        },
        {
            "Sử dụng chữ ký số của lãnh đạo UBND xã",
            "Vận hành hệ thống quản lý văn bản và điều hành",
            "Triển khai Đề án 06/CP",
            "Xây dựng đô thị thông minh Đô Lương",
            "Kết nối Hệ thống thông tin giải quyết TTHC tỉnh",
            "Số hóa hồ sơ lưu trữ",
            "Nâng cấp hạ tầng mạng các xã",
            "Họp trực tuyến từ huyện đến xã",
            "Đảm bảo an toàn thông tin mạng",
            "Cập nhật Cổng dịch vụ công quốc gia"
        },
    };

    private final PlanService planService;
    private final PlanRepository plans;
    private final PlanFieldRepository fields;
    private final TaskRepository tasks;
    private final ProgressReportRepository reports;
    private final UnitService units;
    private final Clock clock;

    DemoPlan(
            PlanService planService,
            PlanRepository plans,
            PlanFieldRepository fields,
            TaskRepository tasks,
            ProgressReportRepository reports,
            UnitService units,
            Clock clock) {
        this.planService = planService;
        this.plans = plans;
        this.fields = fields;
        this.tasks = tasks;
        this.reports = reports;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "plan-2021-2025";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        planService.create("2021-2025", "Kế hoạch cải cách hành chính huyện Đô Lương giai đoạn 2021–2025", 2021, 2025);
        Plan plan = plans.findByCode("2021-2025").orElseThrow();
        List<PlanField> planFields = fields.findByPlan(plan.getId());
        List<Unit> departments = new ArrayList<>();
        List<Unit> communes = new ArrayList<>();
        for (var u : units.activeUnits()) {
            Unit unit = units.requireActiveUnit(u.code());
            switch (u.type()) {
                case DEPARTMENT -> departments.add(unit);
                case COMMUNE -> communes.add(unit);
                default -> {}
            }
        }
        Unit noiVu = units.requireActiveUnit("PB-NOIVU");
        Unit baiSon = units.requireActiveUnit("XA-BAISON");
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(20240506L);
        int n = 0;
        for (int f = 0; f < planFields.size(); f++) {
            PlanField field = planFields.get(f);
            String[] titles = TITLES[f];
            for (int i = 0; i < titles.length; i++, n++) {
                int year = 2021 + (i % 5);
                String code = year + "-" + field.getCode() + "-" + String.format("%02d", i + 1);
                Task task = new Task(plan, code, instant(LocalDate.of(year, 1, 5)));
                task.setDetails(
                        field,
                        titles[i] + (titles[i].endsWith("năm") ? " " + year : ""),
                        "Nhiệm vụ " + code + " thuộc kế hoạch CCHC 2021–2025 của huyện Đô Lương.",
                        "Báo cáo kết quả thực hiện",
                        "Văn bản, báo cáo, hình ảnh minh chứng",
                        LocalDate.of(year, 1, 15),
                        i % 4 == 0 ? Priority.HIGH : Priority.NORMAL,
                        f == 2 ? "PAR INDEX 3." + (i + 1) : null,
                        instant(LocalDate.of(year, 1, 5)));
                // The mix: the last tasks of each field are still open around "today".
                Kind kind = kind(i, titles.length, n);
                LocalDate deadline = switch (kind) {
                    case DUE_SOON -> today.plusDays(2 + random.nextInt(5));
                    case OVERDUE -> today.minusDays(10 + random.nextInt(120));
                    case OPEN_LATER -> today.plusDays(30 + random.nextInt(200));
                    case AWAITING_REVIEW -> today.plusDays(5 + random.nextInt(20));
                    default -> LocalDate.of(year, 6 + random.nextInt(6), 28);
                };
                task.setDeadline(deadline, instant(LocalDate.of(year, 1, 5)));
                Unit lead = n % 9 == 0
                        ? noiVu
                        : n % 11 == 0
                                ? baiSon
                                : (i % 2 == 0
                                        ? departments.get(n % departments.size())
                                        : communes.get((n * 7) % communes.size()));
                List<Unit> coordinating = new ArrayList<>();
                int extra = random.nextInt(3);
                for (int k = 0; k < extra; k++) {
                    Unit c = (k == 0 && n % 5 == 0) ? baiSon : communes.get((n * 3 + k * 11) % communes.size());
                    if (!c.getId().equals(lead.getId()) && !coordinating.contains(c)) {
                        coordinating.add(c);
                    }
                }
                if (n % 6 == 0 && !lead.getId().equals(noiVu.getId())) {
                    coordinating.add(noiVu);
                }
                task.assign(lead, coordinating, instant(LocalDate.of(year, 1, 5)));
                tasks.save(task);
                seedHistory(task, kind, deadline, today, random);
                task.rollUp(instant(today));
            }
        }
        tasks.flush();
    }

    private enum Kind {
        DONE,
        DONE_LATE,
        IN_PROGRESS_LATE,
        OVERDUE,
        DUE_SOON,
        OPEN_LATER,
        AWAITING_REVIEW
    }

    private static Kind kind(int i, int count, int n) {
        if (i == count - 1) {
            return n % 2 == 0 ? Kind.DUE_SOON : Kind.OVERDUE;
        }
        if (i == count - 2) {
            return n % 3 == 0 ? Kind.AWAITING_REVIEW : Kind.OPEN_LATER;
        }
        if (n % 7 == 3) {
            return Kind.DONE_LATE;
        }
        if (n % 13 == 5) {
            return Kind.OVERDUE;
        }
        return Kind.DONE;
    }

    private void seedHistory(Task task, Kind kind, LocalDate deadline, LocalDate today, Random random) {
        for (Assignment a : task.getAssignments()) {
            LocalDate start = task.getStartDate();
            switch (kind) {
                case DONE, DONE_LATE -> {
                    LocalDate done = kind == Kind.DONE
                            ? deadline.minusDays(3 + random.nextInt(20))
                            : deadline.plusDays(5 + random.nextInt(40));
                    if (done.isAfter(today)) {
                        done = today;
                    }
                    report(a, ProgressReport.Kind.PROGRESS, 50, "Đang triển khai", start.plusDays(30));
                    if (a.isLead()) {
                        report(
                                a,
                                ProgressReport.Kind.COMPLETION,
                                100,
                                "Đã hoàn thành, gửi kèm báo cáo",
                                done.minusDays(1));
                        report(a, ProgressReport.Kind.ACCEPTED, 100, null, done);
                        a.seedHistory(TaskStatus.DONE, 100, instant(done.minusDays(1)), done);
                    } else {
                        report(a, ProgressReport.Kind.PROGRESS, 100, "Đã phối hợp thực hiện xong", done.minusDays(2));
                        a.seedHistory(TaskStatus.DONE, 100, instant(done.minusDays(2)), done);
                    }
                }
                case AWAITING_REVIEW -> {
                    report(a, ProgressReport.Kind.PROGRESS, 60, "Đang triển khai", today.minusDays(40));
                    if (a.isLead()) {
                        report(
                                a,
                                ProgressReport.Kind.COMPLETION,
                                100,
                                "Đề nghị Ban Chỉ đạo nghiệm thu",
                                today.minusDays(2));
                        a.seedHistory(TaskStatus.COMPLETED, 100, instant(today.minusDays(2)), null);
                    } else {
                        a.seedHistory(TaskStatus.IN_PROGRESS, 60, instant(today.minusDays(40)), null);
                    }
                }
                case OVERDUE, IN_PROGRESS_LATE -> {
                    int pct = 20 + random.nextInt(50);
                    LocalDate last = today.minusDays(35 + random.nextInt(30));
                    report(a, ProgressReport.Kind.PROGRESS, pct, "Đang chậm tiến độ do thiếu kinh phí", last);
                    a.seedHistory(TaskStatus.IN_PROGRESS, pct, instant(last), null);
                }
                case DUE_SOON, OPEN_LATER -> {
                    if (random.nextBoolean()) {
                        int pct = 10 + random.nextInt(60);
                        LocalDate last = today.minusDays(3 + random.nextInt(20));
                        report(a, ProgressReport.Kind.PROGRESS, pct, "Đã triển khai một phần", last);
                        a.seedHistory(TaskStatus.IN_PROGRESS, pct, instant(last), null);
                    }
                }
            }
        }
    }

    private void report(Assignment a, ProgressReport.Kind kind, int percent, String note, LocalDate day) {
        String unit = a.getUnit().getCode();
        String by = kind == ProgressReport.Kind.ACCEPTED
                ? "committee"
                : unit.equals("PB-NOIVU") ? "head.noivu" : unit.equals("XA-BAISON") ? "head.baison" : "demo";
        reports.save(new ProgressReport(a, kind, percent, note, by, instant(day)));
    }

    private static Instant instant(LocalDate day) {
        return day.atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    }
}
