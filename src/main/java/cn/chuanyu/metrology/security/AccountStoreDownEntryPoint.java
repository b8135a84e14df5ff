package cn.chuanyu.metrology.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/**
 * HTTP Basic sign-in that could not read the account (the database is down) is answered 503 "try again", not 401,
 * so API clients do not take a database restart for wrong credentials.
 */
final class AccountStoreDownEntryPoint implements AuthenticationEntryPoint {

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
        ProblemResponses.write(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                "The account could not be checked just now. Try again shortly.");
    }
}
