package org.parsteering.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    @Query("select a from Assignment a join fetch a.task t join fetch a.unit where a.id = :id")
    Optional<Assignment> findWithTask(@Param("id") long id);

    /** A unit's open and recent assignments, most urgent first (overdue, then by deadline). */
    @Query("""
            select a from Assignment a join fetch a.task t join fetch t.field join fetch a.unit
            where a.unit.id = :unitId and t.plan.id = :planId
            order by case when a.status in (org.parsteering.plan.TaskStatus.DONE, org.parsteering.plan.TaskStatus.CANCELLED)
                          then 1 else 0 end, a.deadline, t.code
            """)
    List<Assignment> findForUnit(@Param("unitId") long unitId, @Param("planId") long planId);

    /** The open assignments (not DONE, not CANCELLED) of some units, with their tasks: what a unit change carries over. */
    @Query("""
            select a from Assignment a join fetch a.task t join fetch a.unit
            where a.unit.id in :unitIds
              and a.status in (org.parsteering.plan.TaskStatus.NOT_STARTED, org.parsteering.plan.TaskStatus.IN_PROGRESS,
                               org.parsteering.plan.TaskStatus.COMPLETED)
            order by t.code, a.id
            """)
    List<Assignment> findOpenOfUnits(@Param("unitIds") java.util.Collection<Long> unitIds);

    /**
     * The open assignments of units closed before {@code today} (an abolition without successor leaves them
     * there): the committee decides who carries them on. Most overdue first.
     */
    @Query("""
            select a from Assignment a join fetch a.task t join fetch a.unit u
            where u.activeTo < :today
              and a.status in (org.parsteering.plan.TaskStatus.NOT_STARTED, org.parsteering.plan.TaskStatus.IN_PROGRESS,
                               org.parsteering.plan.TaskStatus.COMPLETED)
            order by a.deadline, t.code, u.code
            """)
    List<Assignment> findOpenOnClosedUnits(@Param("today") java.time.LocalDate today);

    @Query("select count(a) from Assignment a where a.unit.id = :unitId")
    long countByUnit(@Param("unitId") long unitId);
}
