package org.parsteering.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** What a signed-in user sees when they open a page their role may not: a plain explanation and a way back. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NoAccessView extends Div implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    public NoAccessView() {
        addClassName("error-page");
        setId("no-access");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new H1(getTranslation("noaccess.title")),
                new Paragraph(getTranslation("noaccess.text", "/" + event.getLocation().getPath())),
                new Anchor("", getTranslation("noaccess.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("noaccess.title");
    }
}
