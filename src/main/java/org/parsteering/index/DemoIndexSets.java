package org.parsteering.index;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.parsteering.base.DemoData;
import org.parsteering.base.DemoFile;
import org.parsteering.unit.UnitType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The index sets of the demonstration (SPEC 8, REFERENCE sections 2 and 3), created as the secretary would: the
 * set, then its tree through the items import. The Decision 766 score ({@code demo/index-qd766.csv}: six groups,
 * 100 points; the indicators the dossier columns cover scored from the figures, the others imported or not
 * measured) and a provincial PAR INDEX for departments and communes ({@code demo/index-parindex.csv}: eight areas
 * and a bonus/penalty area, every scoring method in use) for last year, copied to this year in the same family.
 *
 * <p>Order 52: after the units, the accounts and the plans; the rounds come after it.
 */
@Component
@ConditionalOnProperty(name = "par.demo-data.enabled", havingValue = "true")
class DemoIndexSets extends DemoData {

    static final String QD766 = "QD766";
    static final String PAR_INDEX = "PARINDEX";

    static final List<IndexBand> BANDS = IndexSets.DEFAULT_BANDS;

    private final IndexSetService sets;
    private final IndexSetImportService items;
    private final Clock clock;

    DemoIndexSets(IndexSetService sets, IndexSetImportService items, Clock clock) {
        super("index-sets", 52);
        this.sets = sets;
        this.items = items;
        this.clock = clock;
    }

    /** The code of the demo's PAR INDEX set of a year. */
    static String parIndexCode(int year) {
        return PAR_INDEX + "-" + year;
    }

    @Override
    public void load() {
        int year = LocalDate.now(clock).getYear();
        sets.create(new IndexSetDraft(
                QD766,
                QD766,
                "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (Quyết định 766)",
                "Service quality index for citizens and businesses (Decision 766)",
                year,
                "Quyết định 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ",
                Set.of(UnitType.PROVINCE, UnitType.DISTRICT, UnitType.DEPARTMENT, UnitType.COMMUNE, UnitType.WARD),
                new BigDecimal("100"),
                BANDS));
        items.importFile(DemoFile.bytes("index-qd766.csv"), "index-qd766.csv");

        String last = parIndexCode(year - 1);
        sets.create(new IndexSetDraft(
                last,
                PAR_INDEX,
                "Bộ Chỉ số cải cách hành chính của các sở, ban, ngành và UBND cấp xã",
                "PAR INDEX of the provincial departments and the commune People’s Committees",
                year - 1,
                "Quyết định của UBND tỉnh phê duyệt Bộ Chỉ số cải cách hành chính (theo Quyết định 876/QĐ-BNV)",
                Set.of(UnitType.DEPARTMENT, UnitType.COMMUNE, UnitType.WARD),
                new BigDecimal("100"),
                BANDS));
        String csv = new String(DemoFile.bytes("index-parindex.csv"), StandardCharsets.UTF_8)
                .replace("\n" + PAR_INDEX + ",", "\n" + last + ",");
        items.importFile(csv.getBytes(StandardCharsets.UTF_8), "index-parindex.csv");
        sets.copyToYear(last, parIndexCode(year), year);
    }
}
