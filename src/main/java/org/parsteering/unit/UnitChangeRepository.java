package org.parsteering.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnitChangeRepository extends JpaRepository<UnitChange, Long> {

    @Query("""
            select distinct c from UnitChange c left join fetch c.successor left join fetch c.predecessors
            order by c.changeDate desc, c.id desc
            """)
    List<UnitChange> findAllWithUnits();

    @Query("""
            select c from UnitChange c left join fetch c.predecessors
            where c.changeDate = :date and c.kind = :kind and c.successor.id = :successorId
            """)
    Optional<UnitChange> findByKey(
            @Param("date") LocalDate date, @Param("kind") UnitChangeKind kind, @Param("successorId") long successorId);

    /** The change that closed a unit, if any. */
    @Query("select c from UnitChange c join c.predecessors p left join fetch c.successor where p.id = :unitId")
    Optional<UnitChange> findClosing(@Param("unitId") long unitId);

    /** The changes a unit is the successor of, oldest first. */
    @Query("""
            select distinct c from UnitChange c left join fetch c.predecessors
            where c.successor.id = :unitId order by c.changeDate, c.id
            """)
    List<UnitChange> findBySuccessor(@Param("unitId") long unitId);

    /** How many changes name a unit, as predecessor or successor: such a unit keeps its history. */
    @Query("""
            select count(distinct c) from UnitChange c left join c.predecessors p
            where p.id = :unitId or c.successor.id = :unitId
            """)
    long countNaming(@Param("unitId") long unitId);
}
