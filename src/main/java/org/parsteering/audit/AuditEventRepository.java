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

    @Query(value = """
            select e from AuditEvent e
            where (:actor is null or e.actor = :actor)
              and (:unitCode is null or e.unitCode = :unitCode)
              and (:type is null or e.entityType = :type)
              and (:from is null or e.occurredAt >= :from)
              and (:to is null or e.occurredAt < :to)
            order by e.occurredAt desc, e.id desc
            """)
    org.springframework.data.domain.Page<AuditEvent> search(
            @Param("actor") String actor,
            @Param("unitCode") String unitCode,
            @Param("type") String type,
            @Param("from") java.time.Instant from,
            @Param("to") java.time.Instant to,
            Pageable pageable);

    @Query("select distinct e.entityType from AuditEvent e order by e.entityType")
    List<String> entityTypes();
}
