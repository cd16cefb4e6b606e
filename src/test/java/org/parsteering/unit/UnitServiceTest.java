package org.parsteering.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parsteering.base.BusinessException;
import org.parsteering.base.ConcurrentEditException;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class UnitServiceTest extends IntegrationTest {

    @Autowired
    UnitService units;

    private UnitDraft draft(String code, String name, UnitType type) {
        UnitDraft d = new UnitDraft();
        d.setCode(code);
        d.setName(name);
        d.setType(type);
        d.setParentCode("DISTRICT");
        return d;
    }

    @Test
    @WithUserDetails("inspector")
    void the_demo_locality_has_one_district_office_twelve_departments_and_32_communes() {
        Map<UnitType, Long> counts = units.countActiveByType();
        assertThat(counts)
                .containsEntry(UnitType.DISTRICT, 1L)
                .containsEntry(UnitType.DEPARTMENT, 12L)
                .containsEntry(UnitType.COMMUNE, 32L);
        assertThat(units.findByCode("XA-BAISON").orElseThrow().name()).isEqualTo("Xã Bài Sơn");
        assertThat(units.findByCode("PB-NOIVU").orElseThrow().type()).isEqualTo(UnitType.DEPARTMENT);
    }

    @Test
    @WithUserDetails("secretary")
    void search_finds_by_code_or_name_and_filters_by_type() {
        assertThat(units.search("sơn", UnitType.COMMUNE, false, PageRequest.of(0, 100))
                        .getTotalElements())
                .as("the 32 communes of 2024 but Bạch Ngọc and the town of Đô Lương")
                .isEqualTo(30);
        assertThat(units.search("noivu", null, false, PageRequest.of(0, 10)).getContent())
                .extracting(UnitSummary::code)
                .containsExactly("PB-NOIVU");
    }

    @Test
    @WithUserDetails("secretary")
    void percent_and_underscore_in_a_search_are_taken_literally() {
        assertThat(units.search("%", null, true, PageRequest.of(0, 5)).getTotalElements())
                .isZero();
        assertThat(units.search("_", null, true, PageRequest.of(0, 5)).getTotalElements())
                .isZero();
        assertThat(units.search("xa-bai", null, true, PageRequest.of(0, 5)).getContent())
                .extracting(UnitSummary::code)
                .containsExactly("XA-BAISON");
    }

    @Test
    @WithUserDetails("secretary")
    void a_closed_unit_keeps_its_history_and_leaves_the_active_list() {
        UnitSummary created = units.create(draft("XA-DONG", "Xã Đóng", UnitType.COMMUNE));
        LocalDate today = LocalDate.now(clock);
        UnitSummary closed = units.deactivate("XA-DONG", created.version(), today.minusDays(1));
        assertThat(closed.active()).isFalse();
        assertThat(units.activeUnits()).extracting(UnitSummary::code).doesNotContain("XA-DONG");
        assertThat(units.search("XA-DONG", null, true, PageRequest.of(0, 5)).getContent())
                .extracting(UnitSummary::code)
                .contains("XA-DONG");
        UnitSummary reopened = units.reactivate("XA-DONG", closed.version());
        assertThat(reopened.active()).isTrue();
    }

    @Test
    @WithUserDetails("secretary")
    void a_unit_that_anything_refers_to_cannot_be_deleted() {
        // XA-BAISON has its unit head's account; DISTRICT has sub-units.
        assertThatThrownBy(() -> units.delete("XA-BAISON"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("unit.error.referenced");
        assertThatThrownBy(() -> units.delete("DISTRICT"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("unit.error.referenced");
        units.create(draft("XA-NHAM", "Xã Tạo Nhầm", UnitType.COMMUNE));
        units.delete("XA-NHAM");
        assertThat(units.findByCode("XA-NHAM")).isEmpty();
    }

    @Test
    @WithUserDetails("secretary")
    void a_second_edit_based_on_a_stale_copy_is_refused() {
        UnitSummary unit = units.create(draft("XA-SUA", "Xã Sửa", UnitType.COMMUNE));
        UnitDraft mine = UnitDraft.of(unit);
        UnitDraft theirs = UnitDraft.of(unit);
        theirs.setName("Xã Sửa Trước");
        units.update(theirs);
        mine.setName("Xã Sửa Sau");
        assertThatThrownBy(() -> units.update(mine)).isInstanceOf(ConcurrentEditException.class);
        assertThat(units.findByCode("XA-SUA").orElseThrow().name()).isEqualTo("Xã Sửa Trước");
    }

    @Test
    @WithUserDetails("secretary")
    void codes_are_unique_and_a_unit_cannot_become_its_own_ancestor() {
        assertThatThrownBy(() -> units.create(draft("XA-BAISON", "Trùng", UnitType.COMMUNE)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("unit.error.codeTaken");
        UnitDraft district = UnitDraft.of(units.findByCode("DISTRICT").orElseThrow());
        district.setParentCode("XA-BAISON");
        assertThatThrownBy(() -> units.update(district))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("unit.error.parentCycle");
    }

    @Test
    @WithUserDetails("head.baison")
    void a_unit_head_reads_units_but_cannot_change_them() {
        assertThat(units.findByCode("XA-BAISON")).isPresent();
        assertThatThrownBy(() -> units.create(draft("XA-KHONG", "Không", UnitType.COMMUNE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> units.delete("XA-BAISON")).isInstanceOf(AccessDeniedException.class);
    }
}
