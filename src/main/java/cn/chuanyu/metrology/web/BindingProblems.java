package cn.chuanyu.metrology.web;

import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.RefusedException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;

import java.io.IOException;
import java.util.List;

/**
 * Reads on past a value of the wrong type or an unknown property, noting the field and why, so that one answer
 * names every such field (and the body's other problems) instead of the first one Jackson met.
 */
final class BindingProblems extends DeserializationProblemHandler {

    private final List<FieldProblem> problems;

    BindingProblems(List<FieldProblem> problems) {
        this.problems = problems;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
            JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
        problems.add(FieldProblem.of(JsonPaths.ofValue(parser), "problem.json.unknownProperty"));
        parser.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
            String failureMessage) {
        return wrong(context.getParser(), targetType);
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext context, Class<?> targetType, Number value,
            String failureMessage) {
        return wrong(context.getParser(), targetType);
    }

    @Override
    public Object handleWeirdNativeValue(DeserializationContext context, JavaType targetType, Object value,
            JsonParser parser) {
        return wrong(parser, targetType.getRawClass());
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token,
            JsonParser parser, String failureMessage) throws IOException {
        Object none = wrong(parser, targetType.getRawClass());
        parser.skipChildren();
        return none;
    }

    @Override
    public Object handleInstantiationProblem(DeserializationContext context, Class<?> instClass, Object argument,
            Throwable failure) {
        if (failure instanceof RefusedException refusal && !refusal.problems().isEmpty()) {
            problems.addAll(refusal.problems());
        } else {
            problems.add(FieldProblem.of(JsonPaths.ofValue(context.getParser()), "problem.json.invalidValue"));
        }
        return null;
    }

    @Override
    public Object handleMissingInstantiator(DeserializationContext context, Class<?> instClass,
            ValueInstantiator instantiator, JsonParser parser, String message) throws IOException {
        Object none = wrong(parser, instClass);
        parser.skipChildren();
        return none;
    }

    /** Notes the wrong value at the parser's position; the field is then read as empty. */
    private Object wrong(JsonParser parser, Class<?> targetType) {
        problems.add(JsonProblems.expected(JsonPaths.ofValue(parser), targetType));
        return null;
    }
}
