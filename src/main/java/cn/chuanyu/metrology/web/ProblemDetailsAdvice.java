package cn.chuanyu.metrology.web;

import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.ForbiddenException;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.Message;
import cn.chuanyu.metrology.kernel.NotFoundException;
import cn.chuanyu.metrology.kernel.RefusedException;
import cn.chuanyu.metrology.kernel.UnacceptableContentException;
import cn.chuanyu.metrology.security.ProblemResponses;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place that answers errors of the HTTP API, as RFC 9457 problem+json in the caller's language: a
 * {@link RefusedException} by its kind, bad input with an {@code errors} list of {@code {field, reason}}, the
 * database out of reach as 503 with {@code Retry-After}.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    static final String ERRORS = "errors";

    private final ProblemWording wording;
    private final UnavailablePage unavailablePage;

    ProblemDetailsAdvice(MessageSource messages, UnavailablePage unavailablePage) {
        this.wording = new ProblemWording(messages);
        this.unavailablePage = unavailablePage;
    }

    @ExceptionHandler(RefusedException.class)
    ResponseEntity<Object> refused(RefusedException refusal, WebRequest request) {
        return problem(status(refusal), refusal.detail(), refusal.problems(), request);
    }

    private static HttpStatus status(RefusedException refusal) {
        if (refusal instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (refusal instanceof ForbiddenException) {
            return HttpStatus.FORBIDDEN;
        }
        if (refusal instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        if (refusal instanceof UnacceptableContentException content) {
            return content.why() == UnacceptableContentException.Why.TOO_LARGE
                    ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        }
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Entry> entries = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(error -> entries.add(wording.entry(error)));
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> entries.add(new Entry("body", wording.text(error))));
        return invalid(entries, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(wording.entries(JsonProblems.of(ex.getCause())), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Entry> entries = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors errors) {
                errors.getFieldErrors().forEach(error -> entries.add(wording.entry(error)));
            } else {
                result.getResolvableErrors().forEach(error -> entries.add(
                        new Entry(result.getMethodParameter().getParameterName(), error.getDefaultMessage())));
            }
        });
        return invalid(entries, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() != null ? ex.getPropertyName()
                : ex instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName() : "parameter";
        return invalid(wording.entries(List.of(JsonProblems.expected(field, ex.getRequiredType()))), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(wording.entries(List.of(FieldProblem.of(ex.getParameterName(), "problem.required"))),
                headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(wording.entries(List.of(FieldProblem.of(ex.getRequestPartName(), "problem.required"))),
                headers, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<Entry> entries = ex.getConstraintViolations().stream()
                .map(v -> new Entry(FieldNames.of(lastNode(v.getPropertyPath().toString())), v.getMessage()))
                .toList();
        return invalid(entries, new HttpHeaders(), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> staleVersion(OptimisticLockingFailureException ex, WebRequest request) {
        return problem(HttpStatus.CONFLICT, Message.of("problem.staleVersion"),
                List.of(FieldProblem.of("version", "problem.notCurrentVersion")), request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(DuplicateKeyException ex, WebRequest request) {
        return problem(HttpStatus.CONFLICT, Message.of("problem.duplicate"), List.of(), request);
    }

    /** Two nodes or two people changed the same process state at once; the engine rolled this one back. */
    @ExceptionHandler(OptimisticLockingException.class)
    ResponseEntity<Object> lostRace(OptimisticLockingException ex, WebRequest request) {
        return problem(HttpStatus.CONFLICT, Message.of("problem.lostRace"), List.of(), request);
    }

    /** The engine no longer has the task or instance: someone completed or ended it first. */
    @ExceptionHandler(NullValueException.class)
    ResponseEntity<Object> alreadyDone(NullValueException ex, WebRequest request) {
        if (ex.getMessage() == null || !ex.getMessage().startsWith("Cannot find")) {
            throw ex;
        }
        return problem(HttpStatus.CONFLICT, Message.of("problem.alreadyDone"), List.of(), request);
    }

    /** The database cannot be reached (restart, failover, full pool): a clean 503 the client may retry. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, ProcessEngineException.class})
    ResponseEntity<Object> databaseUnavailable(RuntimeException ex, WebRequest request) throws IOException {
        if (!DatabaseUnavailable.causedBy(ex)) {
            throw ex;
        }
        Optional<PageRefusals.PageExchange> page = PageRefusals.pageExchange(request);
        if (page.isPresent()) {
            unavailablePage.write(page.get().request(), page.get().response());
            return null;
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                wording.text(Message.of("problem.databaseUnavailable")));
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, ProblemResponses.RETRY_AFTER_SECONDS);
        return handleExceptionInternal(ex, body, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    /**
     * Every problem answered here gets its title in the caller's language; a browser asking for a page gets the
     * error page instead (the servlet container renders {@code error.html} for the status).
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (PageRefusals.answeredAsPage(request, statusCode,
                body instanceof ProblemDetail problem ? problem.getDetail() : null)) {
            return null;
        }
        if (body instanceof ProblemDetail problem) {
            problem.setTitle(wording.title(statusCode, problem.getTitle()));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private ResponseEntity<Object> invalid(List<Entry> entries, HttpHeaders headers, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                wording.text(Message.of(InvalidInputException.DETAIL, entries.size())));
        body.setProperty(ERRORS, entries);
        return handleExceptionInternal(new IllegalArgumentException(entries.toString()), body, headers,
                HttpStatus.BAD_REQUEST, request);
    }

    private ResponseEntity<Object> problem(HttpStatus status, Message detail, List<FieldProblem> problems,
            WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, wording.text(detail));
        if (!problems.isEmpty()) {
            body.setProperty(ERRORS, wording.entries(problems));
        }
        return handleExceptionInternal(new IllegalStateException(detail.toString()), body, new HttpHeaders(),
                status, request);
    }

    private static String lastNode(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** One entry of a problem's {@code errors}: the field and the reason in the caller's language. */
    record Entry(String field, String reason) {
    }

    /** Words messages in the language of the request being answered. */
    record ProblemWording(MessageSource messages) {

        String text(Message message) {
            return messages.getMessage(message, LocaleContextHolder.getLocale());
        }

        /**
         * A constraint's message was worded for this request when it was checked; any other error (a problem of
         * the body's JSON, a domain rule) is worded from its message code.
         */
        String text(ObjectError error) {
            return error.contains(ConstraintViolation.class) || error.getCodes() == null
                    ? error.getDefaultMessage()
                    : messages.getMessage(error, LocaleContextHolder.getLocale());
        }

        Entry entry(FieldError error) {
            return new Entry(FieldNames.of(error.getField()), text(error));
        }

        String title(HttpStatusCode status, String fallback) {
            return messages.getMessage("problem.title." + status.value(), null, fallback,
                    LocaleContextHolder.getLocale());
        }

        List<Entry> entries(List<FieldProblem> problems) {
            return problems.stream().map(p -> new Entry(FieldNames.of(p.field()), text(p.reason()))).toList();
        }
    }
}
