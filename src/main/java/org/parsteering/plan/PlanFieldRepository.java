package org.parsteering.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanFieldRepository extends JpaRepository<PlanField, Long> {

    @Query("select f from PlanField f left join fetch f.leadUnit where f.plan.id = :planId order by f.position, f.id")
    List<PlanField> findByPlan(@Param("planId") long planId);

    @Query("select f from PlanField f where f.plan.id = :planId and f.code = :code")
    Optional<PlanField> findByPlanAndCode(@Param("planId") long planId, @Param("code") String code);

    @Query("select f from PlanField f join fetch f.plan left join fetch f.leadUnit where f.id = :id")
    Optional<PlanField> findWithPlan(@Param("id") long id);

    @Query("select count(t) from Task t where t.field.id = :fieldId")
    long countTasks(@Param("fieldId") long fieldId);

    @Query("select count(f) from PlanField f where f.leadUnit.id = :unitId")
    long countByLeadUnit(@Param("unitId") long unitId);
}
