package org.parsteering.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;

/** A plain page inside the shell that says what went wrong with a navigation and offers the way back. */
abstract class ErrorPage extends Div implements HasDynamicTitle {

    private final String titleKey;
    private final String textKey;

    ErrorPage(String id, String titleKey, String textKey) {
        this.titleKey = titleKey;
        this.textKey = textKey;
        addClassName("error-page");
        setId(id);
    }

    void show(BeforeEnterEvent event) {
        removeAll();
        add(
                new H1(getTranslation(titleKey)),
                new Paragraph(getTranslation(textKey, "/" + event.getLocation().getPath())),
                new Anchor("", getTranslation("noaccess.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
