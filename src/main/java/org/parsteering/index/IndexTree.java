package org.parsteering.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Tree helpers over a set's items: depth-first order, leaves, and each item's leaves. */
final class IndexTree {

    private IndexTree() {}

    /** The items depth first, each item's children by position then code. */
    static List<IndexItem> depthFirst(List<IndexItem> items) {
        Map<Long, List<IndexItem>> children = new HashMap<>();
        List<IndexItem> roots = new ArrayList<>();
        for (IndexItem i : items) {
            if (i.parentId() == null) {
                roots.add(i);
            } else {
                children.computeIfAbsent(i.parentId(), k -> new ArrayList<>()).add(i);
            }
        }
        Comparator<IndexItem> order =
                Comparator.comparingInt(IndexItem::position).thenComparing(IndexItem::code);
        List<IndexItem> out = new ArrayList<>(items.size());
        roots.sort(order);
        for (IndexItem r : roots) {
            walk(r, children, order, out);
        }
        return out;
    }

    private static void walk(
            IndexItem item, Map<Long, List<IndexItem>> children, Comparator<IndexItem> order, List<IndexItem> out) {
        out.add(item);
        List<IndexItem> kids = new ArrayList<>(children.getOrDefault(item.id(), List.of()));
        kids.sort(order);
        for (IndexItem k : kids) {
            walk(k, children, order, out);
        }
    }

    /** The items that have no children: the ones scored. */
    static List<IndexItem> leaves(List<IndexItem> items) {
        Set<Long> parents =
                items.stream().map(IndexItem::parentId).filter(p -> p != null).collect(Collectors.toSet());
        return items.stream().filter(i -> !parents.contains(i.id())).toList();
    }

    /** For each item, the level-1 item (area) it belongs to. */
    static Map<Long, IndexItem> areas(List<IndexItem> items) {
        Map<Long, IndexItem> byId = items.stream().collect(Collectors.toMap(IndexItem::id, i -> i));
        Map<Long, IndexItem> out = new HashMap<>();
        for (IndexItem i : items) {
            IndexItem a = i;
            while (a.parentId() != null && byId.containsKey(a.parentId())) {
                a = byId.get(a.parentId());
            }
            out.put(i.id(), a);
        }
        return out;
    }
}
