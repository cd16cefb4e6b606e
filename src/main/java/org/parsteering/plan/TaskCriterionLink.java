package org.parsteering.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A task's tie to an index criterion (table {@code task_criterion}), mapped only so that the board's query can filter
 * by criterion; {@link TaskCriteriaService} writes the ties.
 */
@Entity
@Table(name = "task_criterion")
class TaskCriterionLink {

    @Embeddable
    record Key(
            @Column(name = "task_id") Long taskId,
            @Column(name = "item_id") Long itemId) implements Serializable {}

    @EmbeddedId
    private Key key;

    protected TaskCriterionLink() {}
}
