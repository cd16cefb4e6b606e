package org.parsteering.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/**
 * A grid that turns into a list of cards on a phone: under {@link #BREAKPOINT} px of browser width every
 * column is hidden and one column shows each row as a card (the row's whole content, wrapped); above it the
 * grid is as it was built. The same grid and the same data provider serve both, so a lazy grid stays lazy
 * and its selection, sorting and item clicks keep working.
 *
 * <p>The width is read on the server (the browser's window width when the grid is attached, then every
 * resize) rather than in CSS, because a grid's columns cannot be swapped by a media query: the columns are
 * laid out by the grid's own script. Cards carry the class {@code compact-card}; the grid gets the class
 * {@code compact} while it shows them.
 */
public final class CompactGrid<T> {

    /** The width (px) under which rows become cards: where the application's drawer becomes an overlay. */
    public static final int BREAKPOINT = 800;

    private final Grid<T> grid;
    private final Grid.Column<T> cards;
    private final List<Grid.Column<T>> hidden = new ArrayList<>();
    private boolean compact;

    private CompactGrid(Grid<T> grid, SerializableFunction<T, Component> card, String header) {
        this.grid = grid;
        this.cards = grid.addComponentColumn(item -> {
                    Component c = card.apply(item);
                    c.getElement().getClassList().add("compact-card");
                    return c;
                })
                .setHeader(header)
                .setKey("card")
                .setFlexGrow(1);
        cards.setVisible(false);
        grid.addAttachListener(e -> follow(e.getUI()));
    }

    /**
     * Adds the card column to {@code grid} (after all its other columns are added) and follows the browser's
     * width from then on.
     */
    public static <T> CompactGrid<T> of(Grid<T> grid, SerializableFunction<T, Component> card, String header) {
        return new CompactGrid<>(grid, card, header);
    }

    private void follow(UI ui) {
        ExtendedClientDetails known = ui.getPage().getExtendedClientDetails();
        if (known != null && known.getWindowInnerWidth() > 0) {
            setCompact(known.getWindowInnerWidth() < BREAKPOINT);
        } else {
            ui.getPage().retrieveExtendedClientDetails(d -> setCompact(d.getWindowInnerWidth() < BREAKPOINT));
        }
        Registration resize = ui.getPage().addBrowserWindowResizeListener(e -> setCompact(e.getWidth() < BREAKPOINT));
        grid.addDetachListener(e -> {
            resize.remove();
            e.unregisterListener();
        });
    }

    /** Cards (true) or the full grid (false). */
    public void setCompact(boolean compact) {
        if (compact == this.compact) {
            return;
        }
        this.compact = compact;
        if (compact) {
            hidden.clear();
            for (Grid.Column<T> c : grid.getColumns()) {
                if (c != cards && c.isVisible()) {
                    hidden.add(c);
                    c.setVisible(false);
                }
            }
        } else {
            hidden.forEach(c -> c.setVisible(true));
            hidden.clear();
        }
        cards.setVisible(compact);
        grid.setClassName("compact", compact);
    }

    public boolean isCompact() {
        return compact;
    }

    /** The column that shows the cards. */
    public Grid.Column<T> cardColumn() {
        return cards;
    }
}
