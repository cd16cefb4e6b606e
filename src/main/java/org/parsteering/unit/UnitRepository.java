package org.parsteering.unit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    List<Unit> findByCodeIn(java.util.Collection<String> codes);

    String SEARCH_WHERE = """
            where (:text = '' or lower(u.code) like :text escape '!' or lower(u.name) like :text escape '!')
              and (:type is null or u.type = :type)
              and (:includeInactive = true or ((u.activeFrom is null or u.activeFrom <= :today)
                   and (u.activeTo is null or u.activeTo >= :today)))
            """;

    @Query(
            value = "select u from Unit u left join fetch u.parent " + SEARCH_WHERE,
            countQuery = "select count(u) from Unit u " + SEARCH_WHERE)
    Page<Unit> search(
            @Param("text") String likeText,
            @Param("type") UnitType type,
            @Param("includeInactive") boolean includeInactive,
            @Param("today") java.time.LocalDate today,
            Pageable pageable);

    /** Units active at some time in [from, to], with their parent, by code. */
    @Query("""
            select u from Unit u left join fetch u.parent
            where (u.activeFrom is null or u.activeFrom <= :to) and (u.activeTo is null or u.activeTo >= :from)
            order by u.code
            """)
    List<Unit> findActiveDuring(@Param("from") java.time.LocalDate from, @Param("to") java.time.LocalDate to);

    @Query("select count(u) from Unit u where u.parent.id = :id")
    long countChildren(@Param("id") long id);

    @Query("""
            select u.type, count(u) from Unit u
            where (u.activeFrom is null or u.activeFrom <= :today) and (u.activeTo is null or u.activeTo >= :today)
            group by u.type
            """)
    List<Object[]> countActiveByType(@Param("today") java.time.LocalDate today);
}
