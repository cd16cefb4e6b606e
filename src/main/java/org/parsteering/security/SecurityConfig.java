package org.parsteering.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.parsteering.security.api.ApiTokenAuthenticationFilter;
import org.parsteering.security.ui.LoginView;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Two filter chains. {@code /api/**} is stateless, bearer-token only, without CSRF (machines call it).
 * Everything else is the Vaadin UI: form login through the login view (CSRF-protected), session id changed at
 * sign-in, security headers (CSP, nosniff, referrer policy, no-store) on every page, and view access from
 * {@code @RolesAllowed}/{@code @PermitAll}.
 * {@code /actuator/health} is public; no other actuator endpoint is exposed.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /**
     * The strictest policy Vaadin Flow 25 runs under: its bootstrap page starts the client engine with an
     * inline script and the engine builds functions from the JavaScript the server sends (executeJs, event
     * data), hence 'unsafe-inline' and 'unsafe-eval' for scripts, and components set inline styles. Everything
     * else, Chart.js from /webjars included, comes from this origin.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "frame-ancestors 'self'; "
            + "form-action 'self'; "
            + "base-uri 'self'; "
            + "object-src 'none'";

    /** bcrypt by default, and able to read other algorithms' hashes should the default ever change. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The manager the login form uses, exposed for services and tests that check credentials. */
    @Bean
    AuthenticationManager authenticationManager(AuthenticationConfiguration configuration) throws Exception {
        return configuration.getAuthenticationManager();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenService tokens) throws Exception {
        String unauthorized = "{\"error\":\"unauthorized\",\"message\":\"A valid bearer token is required.\"}";
        String forbidden = "{\"error\":\"forbidden\",\"message\":\"Your role may not make this call.\"}";
        // The API's own error dispatches too: an error forwarded to /error for an /api call would otherwise go
        // through the UI chain and answer its login redirect; here Spring Boot's /error answers JSON.
        http.securityMatcher(new OrRequestMatcher(
                        PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                        SecurityConfig::isApiErrorDispatch))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> {
                            res.setStatus(HttpStatus.UNAUTHORIZED.value());
                            res.setHeader("WWW-Authenticate", "Bearer");
                            res.setContentType(MediaType.APPLICATION_JSON_VALUE);
                            res.getWriter().write(unauthorized);
                        })
                        .accessDeniedHandler((req, res, ex) -> {
                            res.setStatus(HttpStatus.FORBIDDEN.value());
                            res.setContentType(MediaType.APPLICATION_JSON_VALUE);
                            res.getWriter().write(forbidden);
                        }));
        return http.build();
    }

    private static boolean isApiErrorDispatch(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith(request.getContextPath() + "/api/");
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiFilterChain(HttpSecurity http, SessionVersions sessionVersions, RequestUtil requestUtil)
            throws Exception {
        // A session whose account changed after sign-in (lock, role, unit, password...) ends at its next request.
        http.addFilterAfter(new EndedSessionFilter(sessionVersions), SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(a -> a.requestMatchers(EndpointRequest.to("health"))
                .permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint())
                .hasRole("SECRETARY")
                .requestMatchers("/webjars/**", "/styles.css", "/images/**", "/icons/**", "/favicon.ico")
                .permitAll());
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        // Spring Security writes its headers when the response is committed through its wrapper, but Vaadin
        // renders every page (the bootstrap index.html of each route, /login included) behind a forward from
        // Spring MVC to the Vaadin servlet, and Tomcat finishes a forwarded response underneath the wrappers:
        // those pages went out with none of these headers (only Vaadin's own X-Frame-Options). Written before
        // the request is handled, they are on every response.
        http.headers(h -> h.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .contentTypeOptions(c -> {})
                .frameOptions(f -> f.sameOrigin())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                // no-store on pages, framework responses and downloads; only the bundle of Vaadin's production
                // build (/VAADIN/build/**, content-hashed file names) keeps the caching Vaadin gives it.
                .cacheControl(c -> c.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(
                                PathPatternRequestMatcher.withDefaults().matcher("/VAADIN/build/**")),
                        new CacheControlHeadersWriter())));
        // Vaadin's configurer exempts the whole login path from CSRF, so a page on any site could sign a
        // visitor in to an account of the attacker's choosing (login CSRF). Keep CSRF on the login POST (the
        // Vaadin login form sends the token from the page's _csrf meta tags) and exempt only Vaadin's internal
        // requests, which carry Vaadin's own CSRF token.
        http.csrf(c -> c.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        // Vaadin 25 denies URLs that match no route by default, which shows a signed-in user a bare 403 for a
        // mistyped address; let them through to the router so the not-found page (inside the shell) answers.
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false)
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }
}
