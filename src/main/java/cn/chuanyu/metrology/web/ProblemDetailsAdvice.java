package cn.chuanyu.metrology.web;

import cn.chuanyu.metrology.security.ProblemResponses;
import cn.chuanyu.metrology.security.WeakPasswordException;

import jakarta.validation.ConstraintViolationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.beans.TypeMismatchException;
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
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers every error of the HTTP API as RFC 9457 problem+json; bad input lists each invalid field and why in
 * an {@code errors} property of {@code {field, reason}} entries.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    static final String ERRORS = "errors";

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(error -> problems.add(problem(error)));
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> problems.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return invalid(problems, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(JsonProblems.of(ex.getCause())), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors errors) {
                errors.getFieldErrors().forEach(error -> problems.add(problem(error)));
            } else {
                result.getResolvableErrors().forEach(error -> problems.add(
                        new FieldProblem(result.getMethodParameter().getParameterName(), error.getDefaultMessage())));
            }
        });
        return invalid(problems, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String expected = ex.getRequiredType() == null ? "another type" : ex.getRequiredType().getSimpleName();
        return invalid(List.of(new FieldProblem(ex.getPropertyName(),
                "value '" + ex.getValue() + "' cannot be read as " + expected)), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(new FieldProblem(ex.getParameterName(), "is required")), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(new FieldProblem(ex.getRequestPartName(), "is required")), headers, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<FieldProblem> problems = ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList();
        return invalid(problems, new HttpHeaders(), request);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException ex, WebRequest request) {
        return invalid(ex.problems(), new HttpHeaders(), request);
    }

    @ExceptionHandler(WeakPasswordException.class)
    ResponseEntity<Object> weakPassword(WeakPasswordException ex, WebRequest request) {
        return invalid(ex.reasons().stream().map(reason -> new FieldProblem("password", reason)).toList(),
                new HttpHeaders(), request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, ex.getMessage(), null, request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException ex, WebRequest request) {
        List<FieldProblem> problems = ex.field() == null ? null : List.of(new FieldProblem(ex.field(), ex.getMessage()));
        return problem(HttpStatus.CONFLICT, ex.getMessage(), problems, request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> staleVersion(OptimisticLockingFailureException ex, WebRequest request) {
        return problem(HttpStatus.CONFLICT, "The record was changed by someone else; reload it and try again.",
                List.of(new FieldProblem("version", "is not the current version")), request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(DuplicateKeyException ex, WebRequest request) {
        return problem(HttpStatus.CONFLICT, "A record with the same key already exists.", null, request);
    }

    /** Two nodes or two people changed the same process state at once; the engine rolled this one back. */
    @ExceptionHandler(OptimisticLockingException.class)
    ResponseEntity<Object> lostRace(OptimisticLockingException ex, WebRequest request) {
        return problem(HttpStatus.CONFLICT, "Someone else changed this at the same time; reload it and try again.",
                null, request);
    }

    /** The engine no longer has the task or instance: someone completed or ended it first. */
    @ExceptionHandler(NullValueException.class)
    ResponseEntity<Object> alreadyDone(NullValueException ex, WebRequest request) {
        if (ex.getMessage() == null || !ex.getMessage().startsWith("Cannot find")) {
            throw ex;
        }
        return problem(HttpStatus.CONFLICT, "This step was completed or ended meanwhile; reload to see where it stands.",
                null, request);
    }

    /** The database cannot be reached (restart, failover, full pool): a clean 503 the client may retry. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, ProcessEngineException.class})
    ResponseEntity<Object> databaseUnavailable(RuntimeException ex, WebRequest request) {
        if (!DatabaseUnavailable.causedBy(ex)) {
            throw ex;
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The database cannot be reached just now. Try again shortly.");
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, ProblemResponses.RETRY_AFTER_SECONDS);
        return handleExceptionInternal(ex, body, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    private ResponseEntity<Object> invalid(List<FieldProblem> problems, HttpHeaders headers, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has " + problems.size() + " invalid field(s).");
        body.setTitle("Invalid input");
        body.setProperty(ERRORS, problems);
        return handleExceptionInternal(new InvalidInputException(problems), body, headers, HttpStatus.BAD_REQUEST, request);
    }

    private ResponseEntity<Object> problem(HttpStatus status, String detail, List<FieldProblem> problems,
            WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        if (problems != null) {
            body.setProperty(ERRORS, problems);
        }
        return handleExceptionInternal(new IllegalStateException(detail), body, new HttpHeaders(), status, request);
    }

    private static FieldProblem problem(FieldError error) {
        return new FieldProblem(error.getField(), error.getDefaultMessage());
    }

    private static String lastNode(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
