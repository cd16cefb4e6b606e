package org.parsteering.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parsteering.base.BusinessException;
import org.parsteering.base.tabular.RowError;

/**
 * The rules of a set's tree (SPEC 3a), checked on the whole tree as it would be after an import or an edit: every
 * parent exists, at most {@value #MAX_LEVEL} levels and no cycle; the maximum of an item is the sum of its
 * children's (bonus and penalty items, whose minimum is below 0, are outside that sum, and their own children add
 * up to both their maximum and their minimum); the areas add up to the set's maximum; an item with children is
 * scored through them (method MANUAL, no rule); a FORMULA or TASKS leaf has a rule that parses, the others none.
 * Each error is reported at the file line of the item it is about, or, for an item the file does not mention, at
 * the line of its first child in the file.
 */
final class IndexTreeCheck {

    static final int MAX_LEVEL = 4;

    private IndexTreeCheck() {}

    /** The level of each item (1 for an area); items in a cycle or too deep are left out. */
    static Map<String, Integer> levels(Map<String, ItemDraft> byCode) {
        Map<String, Integer> levels = new HashMap<>();
        for (ItemDraft d : byCode.values()) {
            int level = 1;
            String p = d.parentCode();
            while (p != null && level <= MAX_LEVEL + 1) {
                ItemDraft parent = byCode.get(p);
                if (parent == null) {
                    break;
                }
                level++;
                p = parent.parentCode();
            }
            if (level <= MAX_LEVEL + 1) {
                levels.put(d.code(), level);
            }
        }
        return levels;
    }

    /** Adds an error for every broken rule; the tree is the set's items by code, in the order to report them. */
    static void check(Map<String, ItemDraft> byCode, BigDecimal setMax, List<RowError> errors) {
        Map<String, List<ItemDraft>> children = new LinkedHashMap<>();
        for (ItemDraft d : byCode.values()) {
            if (d.parentCode() != null) {
                children.computeIfAbsent(d.parentCode(), k -> new ArrayList<>()).add(d);
            }
        }
        for (ItemDraft d : byCode.values()) {
            if (d.parentCode() != null) {
                if (d.parentCode().equals(d.code())) {
                    add(errors, d, children, "parent_code", "index.import.error.ownParent", d.code());
                    continue;
                }
                if (!byCode.containsKey(d.parentCode())) {
                    add(errors, d, children, "parent_code", "index.import.error.unknownParent", d.parentCode());
                    continue;
                }
            }
            int depth = depth(d, byCode);
            if (depth < 0) {
                add(errors, d, children, "parent_code", "index.import.error.cycle", d.code());
                continue;
            }
            if (depth > MAX_LEVEL) {
                add(errors, d, children, "parent_code", "index.import.error.tooDeep", MAX_LEVEL);
            }
            if (d.minPoints().compareTo(d.maxPoints()) > 0) {
                add(
                        errors,
                        d,
                        children,
                        "min_points",
                        "index.import.error.minAboveMax",
                        plain(d.minPoints()),
                        plain(d.maxPoints()));
            }
            List<ItemDraft> kids = children.getOrDefault(d.code(), List.of());
            if (kids.isEmpty()) {
                checkLeafRule(d, children, errors);
            } else {
                if (d.method() != ScoringMethod.MANUAL || ItemDraft.blankToNull(d.rule()) != null) {
                    add(errors, d, children, "method", "index.import.error.innerScored", d.code());
                }
                checkSums(d, kids, children, errors);
            }
        }
        BigDecimal top = byCode.values().stream()
                .filter(d -> d.parentCode() == null && !d.bonusOrPenalty())
                .map(ItemDraft::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!byCode.isEmpty() && top.compareTo(setMax) != 0) {
            int line = byCode.values().stream()
                    .filter(d -> d.parentCode() == null && d.line() > 0)
                    .mapToInt(ItemDraft::line)
                    .min()
                    .orElse(firstLine(byCode));
            errors.add(RowError.of(line, "max_points", "index.import.error.topSum", plain(top), plain(setMax)));
        }
    }

    private static void checkSums(
            ItemDraft d, List<ItemDraft> kids, Map<String, List<ItemDraft>> children, List<RowError> errors) {
        if (d.bonusOrPenalty()) {
            BigDecimal max = kids.stream().map(ItemDraft::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal min = kids.stream().map(ItemDraft::minPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (max.compareTo(d.maxPoints()) != 0 || min.compareTo(d.minPoints()) != 0) {
                add(
                        errors,
                        d,
                        children,
                        "max_points",
                        "index.import.error.bonusSum",
                        d.code(),
                        plain(max),
                        plain(min),
                        plain(d.maxPoints()),
                        plain(d.minPoints()));
            }
            return;
        }
        BigDecimal sum = kids.stream()
                .filter(k -> !k.bonusOrPenalty())
                .map(ItemDraft::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(d.maxPoints()) != 0) {
            add(
                    errors,
                    d,
                    children,
                    "max_points",
                    "index.import.error.childrenSum",
                    d.code(),
                    plain(sum),
                    plain(d.maxPoints()));
        }
    }

    private static void checkLeafRule(ItemDraft d, Map<String, List<ItemDraft>> children, List<RowError> errors) {
        String rule = ItemDraft.blankToNull(d.rule());
        if (d.method().computed()) {
            try {
                IndexRule.parse(rule, d.method(), d.maxPoints());
            } catch (BusinessException e) {
                add(errors, d, children, "rule", e.getMessageKey(), e.getArgs());
            }
        } else if (rule != null) {
            add(errors, d, children, "rule", "index.import.error.ruleNotUsed", rule);
        }
    }

    /** The level of an item, -1 in a cycle. */
    private static int depth(ItemDraft d, Map<String, ItemDraft> byCode) {
        int level = 1;
        String p = d.parentCode();
        while (p != null) {
            ItemDraft parent = byCode.get(p);
            if (parent == null) {
                return level;
            }
            level++;
            if (level > byCode.size() + 1) {
                return -1;
            }
            p = parent.parentCode();
        }
        return level;
    }

    private static void add(
            List<RowError> errors,
            ItemDraft d,
            Map<String, List<ItemDraft>> children,
            String column,
            String key,
            Object... args) {
        int line = d.line();
        if (line <= 0) {
            line = children.getOrDefault(d.code(), List.of()).stream()
                    .mapToInt(ItemDraft::line)
                    .filter(l -> l > 0)
                    .min()
                    .orElse(1);
        }
        errors.add(RowError.of(line, column, key, args));
    }

    private static int firstLine(Map<String, ItemDraft> byCode) {
        return byCode.values().stream()
                .mapToInt(ItemDraft::line)
                .filter(l -> l > 0)
                .min()
                .orElse(1);
    }

    static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
