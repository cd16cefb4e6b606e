package org.parsteering.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API speaks JSON only, whatever a client's {@code Accept} header asks for. Spring MVC negotiates the
 * answer's type from that header: a client sending {@code Accept: text/csv} with its CSV import (or a browser's
 * {@code text/html}) turned every 400 and 422 into an empty 500 with a stack trace in the log, and a committed
 * import into a 406. Every {@code /api} request is therefore read as accepting {@code application/json}.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnlyApi {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> jsonOnlyApiFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new AcceptJson());
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("jsonOnlyApi");
        return registration;
    }

    static final class AcceptJson extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(new JsonAccepting(request), response);
        }
    }

    private static final class JsonAccepting extends HttpServletRequestWrapper {

        JsonAccepting(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? MediaType.APPLICATION_JSON_VALUE : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
                    ? Collections.enumeration(Set.of(MediaType.APPLICATION_JSON_VALUE))
                    : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            Set<String> names = new LinkedHashSet<>(Collections.list(super.getHeaderNames()));
            names.add(HttpHeaders.ACCEPT);
            return Collections.enumeration(names);
        }
    }
}
