package org.parsteering.unit.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parsteering.base.BusinessException;
import org.parsteering.base.ui.Formats;
import org.parsteering.base.ui.Notifications;
import org.parsteering.unit.Structure;
import org.parsteering.unit.UnitChangeSummary;

/**
 * The structure of every figure screen (SPEC 2a): current (the default) or historical, written into the address
 * as {@code structure=historical} beside the period. Also the marks of both structures: a closed unit in the
 * historical one, and the units a unit carries on in the current one.
 */
public class StructureSelect extends Select<Structure> {

    /** The address parameter. */
    public static final String PARAM = "structure";

    public StructureSelect() {
        setItems(Structure.values());
        setValue(Structure.CURRENT);
        setLabel(getTranslation("structure.label"));
        setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        setHelperText(getTranslation("structure.help." + Structure.CURRENT.name()));
        addValueChangeListener(e -> {
            if (e.getValue() != null) {
                setHelperText(getTranslation("structure.help." + e.getValue().name()));
            }
        });
        setId("structure");
        setMinWidth("16rem");
        addClassName("structure-select");
    }

    /** The chosen structure, never null. */
    public Structure structure() {
        return getValue() == null ? Structure.CURRENT : getValue();
    }

    /**
     * The structure of an address ({@code ?structure=historical}): absent is current; an unknown one says so and
     * is current.
     */
    public void read(QueryParameters query) {
        Optional<String> text = query.getSingleParameter(PARAM);
        Structure s = Structure.CURRENT;
        if (text.isPresent()) {
            try {
                s = Structure.parse(text.get());
            } catch (BusinessException e) {
                Notifications.error(getTranslation(e.getMessageKey(), e.getArgs()));
            }
        }
        setValue(s);
    }

    /** Adds {@code structure=historical} to an address's parameters; the default is left out. */
    public void write(Map<String, List<String>> query) {
        if (structure() != Structure.CURRENT) {
            query.put(PARAM, List.of(structure().param()));
        }
    }

    /** {@code &structure=historical} for a link, or nothing in the current structure. */
    public static String linkParam(Structure structure) {
        return structure == null || structure == Structure.CURRENT ? "" : "&" + PARAM + "=" + structure.param();
    }

    /** " (closed 30/06/2025)" after a closed unit's name, or nothing while it is active. */
    public static String closedMark(com.vaadin.flow.component.Component c, LocalDate activeTo, Locale locale) {
        return activeTo == null ? "" : " " + c.getTranslation("structure.closed", Formats.date(activeTo, locale));
    }

    /** "incl. Bài Sơn, Đông Sơn" for a unit that carries others on, or null when it carries none on. */
    public static String includes(
            com.vaadin.flow.component.Component c, List<String> codes, Map<String, String> names) {
        if (codes == null || codes.isEmpty()) {
            return null;
        }
        return c.getTranslation(
                "structure.includes",
                String.join(
                        ", ",
                        codes.stream()
                                .map(code -> names.getOrDefault(code, code))
                                .toList()));
    }

    /** The names of every unit a change closed, by code, for {@link #includes}. */
    public static Map<String, String> predecessorNames(List<UnitChangeSummary> history) {
        Map<String, String> names = new java.util.HashMap<>();
        for (UnitChangeSummary c : history) {
            c.predecessors().forEach(p -> names.put(p.code(), p.name()));
        }
        return names;
    }
}
