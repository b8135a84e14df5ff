package cn.chuanyu.metrology.kernel;

import org.springframework.validation.BindingResult;

import java.util.List;

/** Puts refusals beside the fields of a page's form they name, or above the form when it has no such field. */
public final class FormErrors {

    private FormErrors() {
    }

    /** Each field problem beside its field (indexes dropped: {@code products[1].x} goes to {@code products}). */
    public static void reject(BindingResult form, List<FieldProblem> problems) {
        problems.forEach(problem -> reject(form, problem));
    }

    /** A refusal's field problems beside their fields, or its detail above the form when it names none. */
    public static void reject(BindingResult form, RefusedException refusal) {
        if (refusal.problems().isEmpty()) {
            rejectForm(form, refusal.detail());
        } else {
            reject(form, refusal.problems());
        }
    }

    public static void reject(BindingResult form, FieldProblem problem) {
        String whole = problem.field().replaceAll("\\[.*", "");
        String first = whole.replaceAll("\\..*", "");
        String field = isFormField(form, whole) ? whole : first;
        if (isFormField(form, field)) {
            form.rejectValue(field, problem.reason().code(), problem.reason().getArguments(), null);
        } else {
            rejectForm(form, problem.reason());
        }
    }

    public static void rejectForm(BindingResult form, Message reason) {
        form.reject(reason.code(), reason.getArguments(), null);
    }

    private static boolean isFormField(BindingResult form, String field) {
        return !field.isEmpty() && form.getFieldType(field) != null;
    }
}
