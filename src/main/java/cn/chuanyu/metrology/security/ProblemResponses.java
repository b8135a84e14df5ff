package cn.chuanyu.metrology.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.util.LinkedHashMap;

/**
 * Refusals decided before a controller runs (not signed in, wrong role, missing CSRF token, database down) as
 * RFC 9457 problem details, like every other error of the API.
 */
public final class ProblemResponses {

    /** Seconds a client should wait before trying again after a 503. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemResponses() {
    }

    /** Writes a problem with the given status and detail; the request path is its instance. */
    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                             String detail) throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
