package org.parsteering.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parsteering.support.IntegrationTest;
import org.parsteering.unit.UnitDraft;
import org.parsteering.unit.UnitService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** Every change is in the audit log, with who, when and from → to, and the log filters by user, unit, record and date. */
@Transactional
class AuditLogTest extends IntegrationTest {

    @Autowired
    AuditService audit;

    @Autowired
    UnitService units;

    @Test
    void a_change_is_logged_with_actor_unit_field_and_old_and_new_values_and_can_be_found_by_filters() {
        as("secretary", () -> {
            UnitDraft d = UnitDraft.of(units.findByCode("XA-YENSON").orElseThrow());
            d.setName("Xã Yên Sơn (mới)");
            units.update(d);
        });
        LocalDate today = LocalDate.now(clock);
        var page = as(
                "inspector",
                () -> audit.search(
                        new AuditFilter("secretary", "XA-YENSON", "UNIT", today, today), PageRequest.of(0, 20)));
        assertThat(page.getContent())
                .extracting(AuditEntry::action, AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("UPDATE", "name", "Xã Yên Sơn", "Xã Yên Sơn (mới)"));
        var yesterday = as(
                "committee",
                () -> audit.search(
                        new AuditFilter("secretary", "XA-YENSON", "UNIT", today.minusDays(3), today.minusDays(1)),
                        PageRequest.of(0, 20)));
        assertThat(yesterday.getContent()).isEmpty();
        assertThat(as("committee", () -> audit.entityTypes())).contains("UNIT");
    }

    @Test
    void a_unit_head_cannot_read_the_audit_log() {
        assertThatThrownBy(() -> as(
                        "head.baison",
                        () -> audit.search(new AuditFilter(null, null, null, null, null), PageRequest.of(0, 5))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
