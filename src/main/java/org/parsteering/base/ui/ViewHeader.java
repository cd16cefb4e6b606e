package org.parsteering.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The title row of a view: heading, an optional one-line description, and actions on the right. */
public class ViewHeader extends Header {

    private final Paragraph description = new Paragraph();

    public ViewHeader(String title, String description, Component... actions) {
        addClassName("view-header");
        H1 h1 = new H1(title);
        h1.addClassName("view-title");
        var text = new com.vaadin.flow.component.html.Div(h1);
        this.description.addClassName("view-description");
        text.add(this.description);
        setDescription(description);
        HorizontalLayout actionBar = new HorizontalLayout(actions);
        actionBar.addClassName("view-actions");
        actionBar.setAlignItems(FlexComponent.Alignment.CENTER);
        actionBar.setWrap(true);
        add(text, actionBar);
    }

    /** Changes the line under the title (a view that switches what it shows, e.g. the board's plan). */
    public void setDescription(String text) {
        description.setText(text == null ? "" : text);
        description.setVisible(text != null && !text.isBlank());
    }
}
