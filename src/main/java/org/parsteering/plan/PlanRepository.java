package org.parsteering.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<Plan, Long> {

    Optional<Plan> findByCode(String code);

    @Query("select p from Plan p where p.current = true")
    Optional<Plan> findCurrent();

    @Query("select p from Plan p order by p.startYear desc")
    List<Plan> findAllByNewest();
}
