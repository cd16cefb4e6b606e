package org.parsteering.shell;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** What a signed-in user sees when they open a page their role may not: a plain explanation and a way back. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NoAccessView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public NoAccessView() {
        super("no-access", "noaccess.title", "noaccess.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(event);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
