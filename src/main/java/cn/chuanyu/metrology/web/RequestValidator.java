package cn.chuanyu.metrology.web;

import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.RequestRules;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates a request body in one pass: the problems of its JSON (wrong types, unknown or duplicate keys), then
 * its bean-validation constraints, then the domain's {@link RequestRules} for its type, so that one answer names
 * every wrong field. A field already found wrong is not blamed again for the empty value it was read as.
 */
class RequestValidator extends SpringValidatorAdapter {

    private final List<RequestRules<?>> rules;

    RequestValidator(jakarta.validation.Validator beanValidation, List<RequestRules<?>> rules) {
        super(beanValidation);
        this.rules = List.copyOf(rules);
    }

    @Override
    public void validate(Object target, Errors errors) {
        validate(target, errors, new Object[0]);
    }

    @Override
    public void validate(Object target, Errors errors, Object... hints) {
        List<FieldProblem> fromJson = BodyProblems.of(target);
        Set<String> blamed = new HashSet<>();
        fromJson.forEach(problem -> add(errors, problem, blamed));
        BindingResult constraints = new BeanPropertyBindingResult(target, errors.getObjectName());
        super.validate(target, constraints, hints);
        BindingResult result = (BindingResult) errors;
        for (FieldError error : constraints.getFieldErrors()) {
            if (!covered(blamed, FieldNames.of(error.getField()))) {
                result.addError(error);
            }
        }
        constraints.getFieldErrors().forEach(error -> blamed.add(FieldNames.of(error.getField())));
        constraints.getGlobalErrors().forEach(result::addError);
        for (FieldProblem problem : domainProblems(target)) {
            if (!covered(blamed, problem.field())) {
                add(errors, problem, new HashSet<>());
            }
        }
    }

    /** Whether the field, or a field it belongs to, is already blamed. */
    private static boolean covered(Set<String> blamed, String field) {
        return blamed.stream().anyMatch(b -> field.equals(b) || field.startsWith(b + ".") || field.startsWith(b + "["));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<FieldProblem> domainProblems(Object target) {
        List<FieldProblem> problems = new ArrayList<>();
        for (RequestRules rule : rules) {
            if (rule.requestType().isInstance(target)) {
                problems.addAll(rule.problems(target));
            }
        }
        return problems;
    }

    /** A problem of ours as a field error: its message code and arguments, worded when it is answered. */
    private static void add(Errors errors, FieldProblem problem, Set<String> blamed) {
        blamed.add(problem.field());
        ((BindingResult) errors).addError(new FieldError(errors.getObjectName(), problem.field(), null, true,
                problem.reason().getCodes(), problem.reason().getArguments(), null));
    }
}
