package cn.chuanyu.metrology.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * A browser that asked for a page (not {@code /api/**}, its {@code Accept} naming {@code text/html}) meets a
 * refusal as the error page in the layout and its language ({@code error.html}), not as problem+json.
 */
final class PageRefusals {

    /** The request attribute the error page reads the refusal's worded detail from. */
    static final String DETAIL = "refusalDetail";

    private PageRefusals() {
    }

    /**
     * Hands the status to the servlet container, which renders the error page for it, when the request is a
     * browser's page request and nothing has been written yet; false (nothing done) otherwise.
     */
    static boolean answeredAsPage(WebRequest request, HttpStatusCode status, String detail) {
        Optional<PageExchange> page = pageExchange(request);
        if (page.isEmpty()) {
            return false;
        }
        if (detail != null) {
            page.get().request().setAttribute(DETAIL, detail);
        }
        try {
            page.get().response().sendError(status.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    /** A browser's page request whose response nothing has been written to yet. */
    record PageExchange(HttpServletRequest request, HttpServletResponse response) {
    }

    /** The page request and its response, when {@code request} is a browser's page request not yet answered. */
    static Optional<PageExchange> pageExchange(WebRequest request) {
        if (!(request instanceof NativeWebRequest nat)) {
            return Optional.empty();
        }
        HttpServletRequest http = nat.getNativeRequest(HttpServletRequest.class);
        HttpServletResponse response = nat.getNativeResponse(HttpServletResponse.class);
        if (http == null || response == null || response.isCommitted() || !wantsPage(http)) {
            return Optional.empty();
        }
        return Optional.of(new PageExchange(http, response));
    }

    /** Whether the request is a browser's page request: not {@code /api/**}, and its Accept names HTML. */
    static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> !type.isWildcardType() && type.isCompatibleWith(MediaType.TEXT_HTML));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}
