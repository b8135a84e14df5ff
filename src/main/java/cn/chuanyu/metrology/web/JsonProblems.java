package cn.chuanyu.metrology.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Turns Jackson's reasons for refusing a request body into the field and reason a client can act on. */
final class JsonProblems {

    private JsonProblems() {
    }

    static FieldProblem of(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new FieldProblem(path(unknown), "unknown property");
        }
        if (cause instanceof InvalidFormatException format) {
            return new FieldProblem(path(format),
                    "value " + quoted(format.getValue()) + " " + expected(format.getTargetType()));
        }
        if (cause instanceof ValueInstantiationException instantiation) {
            String reason = instantiation.getCause() != null ? instantiation.getCause().getMessage() : "invalid value";
            return new FieldProblem(path(instantiation), reason);
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return new FieldProblem(path(mismatch), "wrong type: " + expected(mismatch.getTargetType()));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new FieldProblem(path(mapping), mapping.getOriginalMessage());
        }
        if (cause instanceof JsonProcessingException parse && parse.getLocation() != null) {
            return new FieldProblem("body", "malformed JSON at line " + parse.getLocation().getLineNr()
                    + ", column " + parse.getLocation().getColumnNr() + ": " + parse.getOriginalMessage());
        }
        return new FieldProblem("body", "request body is missing or unreadable");
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
            return "is not one of " + names;
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "must be a date (yyyy-MM-dd)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        return "must be a " + (type == String.class ? "string" : "JSON object");
    }

    private static String quoted(Object value) {
        return value == null ? "null" : "'" + value + "'";
    }

    private static String path(JsonMappingException exception) {
        String path = exception.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        path = path.startsWith(".") ? path.substring(1) : path;
        return path.isEmpty() ? "body" : path;
    }
}
