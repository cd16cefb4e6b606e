package org.parsteering.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.parsteering.base.Messages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import tools.jackson.databind.ObjectMapper;

/**
 * The API's answers for calls that reach none of its controllers. Vaadin's servlet answers every address
 * Spring MVC does not map (it renders the UI, or its not-found view), so without these an unknown
 * {@code /api/...} path answered 200 with the UI's HTML.
 *
 * <ul>
 *   <li>An unknown path under {@code /api}: 404 JSON. A handler mapping consulted after the controllers'
 *       (so a known path with the wrong method still answers 405) and before Vaadin's.
 *   <li>A call refused before any controller was chosen (wrong method 405, wrong media type 415, a broken
 *       multipart body 400): JSON of {@link ApiErrorHandler}, instead of Spring's problem details.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ApiFallbacks {

    @Bean
    SimpleUrlHandlerMapping apiNotFound(ObjectMapper mapper) {
        HttpRequestHandler notFound = (request, response) -> ApiErrorHandler.write(
                response,
                ApiErrorHandler.body(
                        HttpStatus.NOT_FOUND,
                        Messages.english("api.error.notFound", request.getMethod(), request.getRequestURI()),
                        null),
                mapper);
        // Order 1: after the controllers' mappings (order 0), long before Vaadin's (almost last).
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound), 1);
    }

    /** Before Spring MVC's own resolvers, and only for {@code /api} calls without a chosen controller. */
    @Bean
    HandlerExceptionResolver apiRequestErrors(ObjectMapper mapper) {
        return new OrderedResolver(mapper);
    }

    private record OrderedResolver(ObjectMapper mapper) implements HandlerExceptionResolver, Ordered {

        @Override
        public ModelAndView resolveException(
                HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
            if (handler != null
                    || !ApiErrorHandler.isApi(request)
                    || e instanceof AccessDeniedException
                    || e instanceof AuthenticationException) {
                return null;
            }
            try {
                ApiErrorHandler.write(response, ApiErrorHandler.answer(e, request), mapper);
            } catch (IOException io) {
                return null;
            }
            return new ModelAndView();
        }

        @Override
        public int getOrder() {
            // After Spring Boot's DefaultErrorAttributes (which only records the error), before Spring MVC's.
            return Ordered.HIGHEST_PRECEDENCE + 1;
        }
    }
}
