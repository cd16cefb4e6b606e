package org.parsteering.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    @Query(
            "select e from AuditEvent e where e.entityType = :type and e.entityKey = :key order by e.occurredAt desc, e.id desc")
    List<AuditEvent> findHistory(@Param("type") String type, @Param("key") String key, Pageable pageable);
}
