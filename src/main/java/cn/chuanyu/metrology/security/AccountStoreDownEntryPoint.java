package cn.chuanyu.metrology.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP Basic sign-in that could not read the account (the database is down) is answered 503 "try again", not 401,
 * so API clients do not take a database restart for wrong credentials.
 */
final class AccountStoreDownEntryPoint implements AuthenticationEntryPoint {

    private static final String PROBLEM = """
            {"type":"about:blank","title":"Service Unavailable","status":503,\
            "detail":"The account could not be checked just now. Try again shortly."}""";

    private final AuthenticationEntryPoint otherwise;

    AccountStoreDownEntryPoint(AuthenticationEntryPoint otherwise) {
        this.otherwise = otherwise;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, jakarta.servlet.ServletException {
        if (!(failure instanceof InternalAuthenticationServiceException)) {
            otherwise.commence(request, response, failure);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(PROBLEM.getBytes(StandardCharsets.UTF_8));
    }
}
