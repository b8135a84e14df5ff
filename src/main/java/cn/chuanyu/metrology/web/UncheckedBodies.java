package cn.chuanyu.metrology.web;

import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;

/**
 * A body whose JSON had problems never reaches a handler that does not validate it: its problems are answered
 * at once instead of the handler seeing the empty values they were read as.
 */
@ControllerAdvice
class UncheckedBodies extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return JsonBodyConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        List<FieldProblem> problems = BodyProblems.of(body);
        if (!problems.isEmpty() && !validatedByBinder(parameter)) {
            throw new InvalidInputException(problems);
        }
        return body;
    }

    /**
     * Whether the body goes through the binder's validation ({@link RequestValidator}), which adds its JSON
     * problems: it is marked valid, and no other parameter carries a constraint (that makes Spring validate the
     * whole method call instead).
     */
    private static boolean validatedByBinder(MethodParameter parameter) {
        boolean valid = parameter.hasParameterAnnotation(Valid.class)
                || parameter.hasParameterAnnotation(Validated.class);
        boolean constrained = Arrays.stream(parameter.getMethod().getParameterAnnotations()).flatMap(Arrays::stream)
                .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(Constraint.class));
        return valid && !constrained;
    }
}
