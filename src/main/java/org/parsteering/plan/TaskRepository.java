package org.parsteering.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TaskRepository extends JpaRepository<Task, Long> {

    @Query("select t from Task t join fetch t.field join fetch t.leadUnit where t.code = :code")
    Optional<Task> findByCode(@Param("code") String code);

    List<Task> findByCodeIn(Collection<String> codes);

    /**
     * The board's filter: plan, field, unit (lead or coordinating), deadline year, statuses, overdue only
     * ({@code overdueOn}: the day to judge it on, null = every task), free text on code and title. One query
     * with a count; indexes ix_task_board and ix_assignment_unit.
     */
    String BOARD_WHERE = """
            where t.plan.id = :planId
              and (:fieldId is null or t.field.id = :fieldId)
              and (:unitId is null or exists (select 1 from Assignment a where a.task = t and a.unit.id = :unitId))
              and (:fromDate is null or t.deadline >= :fromDate)
              and (:toDate is null or t.deadline <= :toDate)
              and t.status in :statuses
              and (:text = '' or lower(t.code) like :text escape '!' or lower(t.title) like :text escape '!')
              and (:criterionId is null or exists (select 1 from TaskCriterionLink c
                   where c.key.taskId = t.id and c.key.itemId = :criterionId))
              and (:today is null or""" + Deadlines.TASK_OVERDUE_JPQL + ")\n";

    /**
     * One page of the board, without a count ({@link #countBoard} counts, only when the page cannot tell). The
     * left joins let MariaDB
     * read {@code task} first, by ix_task_board or ix_task_plan_deadline, instead of starting from
     * {@code unit} and sorting every task of the plan (both foreign keys are NOT NULL, so the rows are the same).
     */
    @Query("select t from Task t left join fetch t.field left join fetch t.leadUnit " + BOARD_WHERE)
    org.springframework.data.domain.Slice<Task> boardSlice(
            @Param("planId") long planId,
            @Param("fieldId") Long fieldId,
            @Param("unitId") Long unitId,
            @Param("fromDate") LocalDate fromDate,
            @Param("toDate") LocalDate toDate,
            @Param("statuses") Collection<TaskStatus> statuses,
            @Param("today") LocalDate overdueOn,
            @Param("text") String text,
            @Param("criterionId") Long criterionId,
            Pageable pageable);

    @Query("select count(t) from Task t " + BOARD_WHERE)
    long countBoard(
            @Param("planId") long planId,
            @Param("fieldId") Long fieldId,
            @Param("unitId") Long unitId,
            @Param("fromDate") LocalDate fromDate,
            @Param("toDate") LocalDate toDate,
            @Param("statuses") Collection<TaskStatus> statuses,
            @Param("today") LocalDate overdueOn,
            @Param("text") String text,
            @Param("criterionId") Long criterionId);

    @Query("select t.status, count(t) from Task t " + BOARD_WHERE + " group by t.status")
    List<Object[]> countByStatus(
            @Param("planId") long planId,
            @Param("fieldId") Long fieldId,
            @Param("unitId") Long unitId,
            @Param("fromDate") LocalDate fromDate,
            @Param("toDate") LocalDate toDate,
            @Param("statuses") Collection<TaskStatus> statuses,
            @Param("today") LocalDate overdueOn,
            @Param("text") String text,
            @Param("criterionId") Long criterionId);
}
