package org.parsteering.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    @Query("""
            select r from ProgressReport r join fetch r.assignment a join fetch a.unit
            where a.task.id = :taskId order by r.reportedAt desc, r.id desc
            """)
    List<ProgressReport> findByTask(@Param("taskId") long taskId);
}
