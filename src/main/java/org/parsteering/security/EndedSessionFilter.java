package org.parsteering.security;

import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account changed after sign-in (locked, unlocked, deleted, new role or unit, new
 * password): on every request of the UI chain, the session's user is compared with the database. A
 * stale session is invalidated and the browser sent to {@code /login?expired}, which says why. Vaadin's
 * own requests get an answer its client understands: a UIDL request an "application error" without text
 * and with the login address (the client then goes there at once), a heartbeat 410 Gone (the client
 * reloads, and the reload is sent to the login page).
 */
public final class EndedSessionFilter extends OncePerRequestFilter {

    /** Set on the new, anonymous session so that the login page says why the old one ended. */
    public static final String SESSION_ENDED = EndedSessionFilter.class.getName() + ".ended";

    /** Set on a request whose user this filter found current, so that services need not ask again. */
    static final String VERIFIED = EndedSessionFilter.class.getName() + ".verified";

    private static final Logger log = LoggerFactory.getLogger(EndedSessionFilter.class);

    private final SessionVersions versions;

    EndedSessionFilter(SessionVersions versions) {
        this.versions = versions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth =
                session == null ? null : SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ParUser user) {
            if (!versions.isCurrent(user)) {
                log.info("Ended the session of '{}': the account was changed after sign-in", user.getUsername());
                end(request, response, session);
                return;
            }
            request.setAttribute(VERIFIED, user);
        }
        chain.doFilter(request, response);
    }

    private static void end(HttpServletRequest request, HttpServletResponse response, HttpSession session)
            throws IOException {
        SecurityContextHolder.clearContext();
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // ended by a parallel request of the same browser
        }
        request.getSession(true).setAttribute(SESSION_ENDED, Boolean.TRUE);
        String login = request.getContextPath() + "/login?expired";
        String vaadinRequest = request.getParameter("v-r");
        if ("uidl".equals(vaadinRequest)) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json; charset=UTF-8");
            response.setHeader("Cache-Control", "no-cache, no-store");
            response.getOutputStream()
                    .write(VaadinService.createCriticalNotificationJSON(null, null, null, login)
                            .getBytes(StandardCharsets.UTF_8));
        } else if (vaadinRequest != null) {
            response.setStatus(HttpServletResponse.SC_GONE);
        } else {
            response.sendRedirect(login);
        }
    }
}
