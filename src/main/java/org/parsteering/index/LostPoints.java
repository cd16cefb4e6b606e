package org.parsteering.index;

import java.math.BigDecimal;
import java.util.List;
import org.parsteering.plan.CriterionTask;

/** Where a unit lost points: an item, its points, the points lost (maximum − points) and the tasks tied to it. */
public record LostPoints(IndexItem item, BigDecimal points, BigDecimal lost, List<CriterionTask> tasks) {

    public LostPoints {
        tasks = List.copyOf(tasks);
    }
}
