package org.parsteering.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.parsteering.base.BusinessException;
import org.parsteering.base.ConcurrentEditException;
import org.parsteering.base.Conflicts;
import org.parsteering.base.Messages;
import org.parsteering.base.PeriodLockedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import tools.jackson.databind.ObjectMapper;

/**
 * What the automation API answers when a call fails (the import controller answers a refused file, 422,
 * itself): always JSON {@code {"error", "message"}}, never the UI's login redirect or Vaadin's HTML.
 *
 * <ul>
 *   <li>400 {@code bad_request} — a broken rule ({@link BusinessException}) with its message.
 *   <li>409 {@code conflict} — the change touches a locked reporting period ({@link PeriodLockedException}), or
 *       someone else was changing the same rows and the retries did not get
 *       through ({@link Conflicts}); the caller tries again in a moment.
 *   <li>4xx with Spring's own status for a malformed call: a missing parameter or part 400, unreadable
 *       body 400, wrong method 405, wrong media type 415.
 *   <li>500 {@code internal_error} with a {@code reference} that is logged with the stack trace, so the
 *       administrator finds the cause; the message shows nothing of the internals.
 * </ul>
 *
 * Refusals of Spring Security (no token, wrong role) are left to the API's filter chain, which answers
 * 401/403 JSON. Covers the controllers under {@code /api} (this package and the security feature's
 * {@code /me}); {@link ApiFallbacks} covers calls that reach no controller.
 */
@RestControllerAdvice(basePackages = {"org.parsteering.api", "org.parsteering.security.api"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> failed(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e; // to the API filter chain's 401/403 JSON
        }
        return answer(e, request);
    }

    /** A broken rule (bad date, unknown state…): 400 with its message; a concurrent edit 409. */
    @ExceptionHandler(BusinessException.class)
    ResponseEntity<Map<String, Object>> refused(BusinessException e, HttpServletRequest request) {
        if (e instanceof ConcurrentEditException) {
            return answer(e, request);
        }
        if (e instanceof PeriodLockedException) {
            // The data is right but its period is closed (SPEC 4a): a conflict with the state, not a bad request.
            return body(HttpStatus.CONFLICT, Messages.english(e.getMessageKey(), e.getArgs()), null);
        }
        return body(HttpStatus.BAD_REQUEST, Messages.english(e.getMessageKey(), e.getArgs()), null);
    }

    /** The JSON answer for a failed API call ({@code null} only for Spring Security's refusals). */
    static ResponseEntity<Map<String, Object>> answer(Throwable e, HttpServletRequest request) {
        if (Conflicts.isConflict(e)) {
            log.info("API conflict on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return body(HttpStatus.CONFLICT, Messages.english(Conflicts.MESSAGE_KEY), null);
        }
        if (e instanceof ConcurrentEditException ce) {
            return body(HttpStatus.CONFLICT, Messages.english(ce.getMessageKey(), ce.getArgs()), null);
        }
        if (e instanceof ErrorResponse er) {
            String detail = er.getBody().getDetail();
            return ResponseEntity.status(er.getStatusCode())
                    .headers(er.getHeaders())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(json(er.getStatusCode(), detail == null ? e.getMessage() : detail, null));
        }
        if (e instanceof HttpMessageNotReadableException
                || e instanceof TypeMismatchException
                || e instanceof MultipartException) {
            return body(HttpStatus.BAD_REQUEST, "The request cannot be read: " + e.getMessage(), null);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error(
                "Unexpected API error, reference {} ({} {})",
                reference,
                request.getMethod(),
                request.getRequestURI(),
                e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, Messages.english("error.unexpected", reference), reference);
    }

    static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message, String reference) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json(status, message, reference));
    }

    private static Map<String, Object> json(HttpStatusCode status, String message, String reference) {
        HttpStatus known = HttpStatus.resolve(status.value());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(
                "error",
                status.value() == 500
                        ? "internal_error"
                        : known == null
                                ? "error_" + status.value()
                                : known.name().toLowerCase(Locale.ROOT));
        m.put("message", message);
        if (reference != null) {
            m.put("reference", reference);
        }
        return m;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    static void write(HttpServletResponse response, ResponseEntity<Map<String, Object>> answer, ObjectMapper mapper)
            throws IOException {
        response.setStatus(answer.getStatusCode().value());
        answer.getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                values.forEach(v -> response.addHeader(name, v));
            }
        });
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        mapper.writeValue(response.getOutputStream(), answer.getBody());
    }
}
