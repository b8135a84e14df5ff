package cn.chuanyu.metrology.web;

import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.RefusedException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Turns Jackson's reasons for refusing a request body into the fields and reasons a client can act on. */
final class JsonProblems {

    private JsonProblems() {
    }

    static List<FieldProblem> of(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return List.of(FieldProblem.of(path(unknown), "problem.json.unknownProperty"));
        }
        if (cause instanceof ValueInstantiationException instantiation
                && instantiation.getCause() instanceof RefusedException refusal && !refusal.problems().isEmpty()) {
            return refusal.problems();
        }
        if (cause instanceof ValueInstantiationException instantiation) {
            return List.of(FieldProblem.of(path(instantiation), "problem.json.invalidValue"));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return List.of(expected(path(mismatch), mismatch.getTargetType()));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return List.of(FieldProblem.of(path(mapping), "problem.json.invalidValue"));
        }
        if (cause instanceof JsonProcessingException parse && parse.getLocation() != null) {
            return List.of(FieldProblem.of("body", "problem.json.malformed", parse.getLocation().getLineNr(),
                    parse.getLocation().getColumnNr()));
        }
        return List.of(FieldProblem.of("body", "problem.json.missing"));
    }

    /** The reason a value of the wrong JSON type gives, worded after the type the field needs. */
    static FieldProblem expected(String field, Class<?> type) {
        if (type == null) {
            return FieldProblem.of(field, "problem.json.wrongType");
        }
        if (type.isEnum()) {
            String names = Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return FieldProblem.of(field, "problem.json.notOneOf", names);
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return FieldProblem.of(field, "problem.json.number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return FieldProblem.of(field, "problem.json.boolean");
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return FieldProblem.of(field, "problem.json.date");
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return FieldProblem.of(field, "problem.json.list");
        }
        return FieldProblem.of(field, type == String.class ? "problem.json.string" : "problem.json.object");
    }

    private static String path(JsonMappingException exception) {
        String path = exception.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        path = path.startsWith(".") ? path.substring(1) : path;
        return path.isEmpty() ? "body" : path;
    }
}
