package cn.chuanyu.metrology.web;

import cn.chuanyu.metrology.security.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a browser asking for a page gets while the database cannot be reached: 503 with {@code Retry-After} like
 * the API, as a page in the product's look and the visitor's language. It is drawn without the database (no
 * session, no account, no menu), since that is what is missing.
 */
@Component
class UnavailablePage {

    private final ITemplateEngine templates;
    private final LocaleResolver locales;

    UnavailablePage(ITemplateEngine templates, LocaleResolver locales) {
        this.templates = templates;
        this.locales = locales;
    }

    void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String again = request.getRequestURI() + (request.getQueryString() == null ? ""
                : "?" + request.getQueryString());
        Context page = new Context(locales.resolveLocale(request), Map.of("contextPath", request.getContextPath(),
                "retryAfter", ProblemResponses.RETRY_AFTER_SECONDS, "again", again));
        byte[] html = templates.process("unavailable", page).getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, ProblemResponses.RETRY_AFTER_SECONDS);
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        response.setContentLength(html.length);
        response.getOutputStream().write(html);
    }
}
