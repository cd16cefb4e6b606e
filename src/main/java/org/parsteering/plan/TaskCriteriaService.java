package org.parsteering.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.parsteering.audit.AuditService;
import org.parsteering.base.BusinessException;
import org.parsteering.base.ConcurrentEditException;
import org.parsteering.base.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The index criteria a task is tied to (SPEC 2: a task may be tied to a PAR INDEX criterion or a Decision 766
 * indicator). Everyone signed in reads them; the committee and the secretary link and unlink them while the plan
 * is open. The items are read by plain SQL so that the plan does not depend on the index feature.
 */
@Service
@Transactional
public class TaskCriteriaService {

    static final String SELECT = "select i.id, s.code as set_code, i.code as item_code, i.title_vi, i.title_en,"
            + " i.max_points from index_item i join index_set s on s.id = i.set_id";

    private final TaskRepository tasks;
    private final AuditService audit;
    private final JdbcClient jdbc;

    TaskCriteriaService(TaskRepository tasks, AuditService audit, JdbcClient jdbc) {
        this.tasks = tasks;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** The criteria of a task, by set and item code. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<TaskCriterion> criteriaOf(String taskCode) {
        return jdbc.sql(SELECT + " join task_criterion tc on tc.item_id = i.id join task t on t.id = tc.task_id"
                        + " where t.code = :code order by s.code, i.code")
                .param("code", taskCode)
                .query(TaskCriteriaService::criterion)
                .list();
    }

    /** One criterion by its item id (empty for null or an unknown id). */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public java.util.Optional<TaskCriterion> criterion(Long itemId) {
        if (itemId == null) {
            return java.util.Optional.empty();
        }
        return jdbc.sql(SELECT + " where i.id = :id")
                .param("id", itemId)
                .query(TaskCriteriaService::criterion)
                .optional();
    }

    /** Criteria whose set code, item code or title contains the text (any, when blank), for a picker. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<TaskCriterion> criteriaOptions(String text, int limit) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        return jdbc.sql(SELECT + " where lower(s.code) like :like or lower(i.code) like :like"
                        + " or lower(i.title_vi) like :like or lower(coalesce(i.title_en, '')) like :like"
                        + " order by s.code, i.code limit :limit")
                .param("like", like)
                .param("limit", Math.max(0, Math.min(limit, 200)))
                .query(TaskCriteriaService::criterion)
                .list();
    }

    /** The tasks tied to each of these criteria (by item id), newest deadline first. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public java.util.Map<Long, List<CriterionTask>> tasksFor(java.util.Collection<Long> itemIds) {
        if (itemIds == null || itemIds.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc
                .sql("""
                        select tc.item_id, t.code, t.title, t.deadline, t.status from task_criterion tc
                        join task t on t.id = tc.task_id where tc.item_id in (:ids)
                        order by t.deadline desc, t.code""")
                .param("ids", List.copyOf(new TreeSet<>(itemIds)))
                .query((rs, i) -> {
                    java.sql.Date d = rs.getDate("deadline");
                    return new CriterionTask(
                            rs.getLong("item_id"),
                            rs.getString("code"),
                            rs.getString("title"),
                            d == null ? null : d.toLocalDate(),
                            TaskStatus.valueOf(rs.getString("status")));
                })
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        CriterionTask::itemId, java.util.LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * Ties a task to exactly these criteria (the others are unlinked). Refused for an unknown item, a closed plan,
     * or when someone saved the task meanwhile ({@code taskVersion} is the version the caller saw).
     */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    public List<TaskCriterion> linkCriteria(String taskCode, Set<Long> itemIds, long taskVersion) {
        Task task =
                tasks.findByCode(taskCode).orElseThrow(() -> new BusinessException("task.error.notFound", taskCode));
        task.getPlan().requireOpen();
        if (task.getVersion() != taskVersion) {
            throw new ConcurrentEditException(
                    audit.lastActor(TaskService.AUDIT_TYPE, task.getCode()).orElse(null));
        }
        Set<Long> wanted = new TreeSet<>(itemIds == null ? Set.of() : itemIds);
        if (!wanted.isEmpty()) {
            Set<Long> known = Set.copyOf(jdbc.sql("select id from index_item where id in (:ids)")
                    .param("ids", List.copyOf(wanted))
                    .query(Long.class)
                    .list());
            for (Long id : wanted) {
                if (!known.contains(id)) {
                    throw new BusinessException("task.criteria.error.unknownItem", id);
                }
            }
        }
        String before = labels(criteriaOf(taskCode));
        jdbc.sql("delete from task_criterion where task_id = :task")
                .param("task", task.getId())
                .update();
        for (Long id : wanted) {
            jdbc.sql("insert into task_criterion (task_id, item_id) values (:task, :item)")
                    .param("task", task.getId())
                    .param("item", id)
                    .update();
        }
        List<TaskCriterion> after = criteriaOf(taskCode);
        String afterLabels = labels(after);
        if (!before.equals(afterLabels)) {
            audit.changes(
                            TaskService.AUDIT_TYPE,
                            task.getCode(),
                            task.getLeadUnit().getCode())
                    .field("criteria", before.isEmpty() ? null : before, afterLabels.isEmpty() ? null : afterLabels)
                    .save("UPDATE");
        }
        return after;
    }

    private static String labels(List<TaskCriterion> list) {
        return list.stream().map(c -> c.setCode() + " " + c.itemCode()).collect(Collectors.joining(";"));
    }

    private static TaskCriterion criterion(ResultSet rs, int i) throws SQLException {
        return new TaskCriterion(
                rs.getLong("id"),
                rs.getString("set_code"),
                rs.getString("item_code"),
                rs.getString("title_vi"),
                rs.getString("title_en"),
                rs.getBigDecimal("max_points"));
    }
}
