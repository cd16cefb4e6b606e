package org.parsteering.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanFieldRepository extends JpaRepository<PlanField, Long> {

    @Query("select f from PlanField f where f.plan.id = :planId order by f.position")
    List<PlanField> findByPlan(@Param("planId") long planId);

    @Query("select f from PlanField f where f.plan.id = :planId and f.code = :code")
    Optional<PlanField> findByPlanAndCode(@Param("planId") long planId, @Param("code") String code);
}
