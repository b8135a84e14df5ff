package cn.chuanyu.metrology.web;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.spring6.util.FieldUtils;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

import java.util.Set;

/**
 * Ties a form field and the error shown beside it in the HTML the server sends. For a form bound with
 * {@code th:field} and {@code th:errors}, the error element gets the id {@code <field id>-error}, and the field,
 * when it has an error, {@code aria-invalid="true"} and {@code aria-describedby} naming that id. For a form whose
 * errors are a list or map, {@code th:invalid-if="${condition}"} on a field does the same, describing it by
 * {@code <its id, or name>-error}, the id its error element carries. Explicit ids and descriptions in a template
 * are kept. It runs before the standard dialect (which would otherwise write {@code th:invalid-if} out as an
 * attribute) and Spring's {@code th:field} and {@code th:errors}.
 */
@Component
class FieldErrorsDialect extends AbstractProcessorDialect {

    private static final int BEFORE_SPRING = 900;

    FieldErrorsDialect() {
        super("Field errors tied to their fields", "th", BEFORE_SPRING);
    }

    @Override
    public Set<IProcessor> getProcessors(String prefix) {
        return Set.of(new InvalidField(prefix), new ErrorOfField(prefix), new InvalidIf(prefix));
    }

    /** The id of the error element of a bound field, from the field's expression ({@code *{clause}}). */
    static String errorId(String fieldExpression) {
        String path = fieldExpression.strip();
        if (path.startsWith("*{") && path.endsWith("}")) {
            path = path.substring(2, path.length() - 1);
        }
        return FieldUtils.idFromName(path) + "-error";
    }

    /** On {@code th:field}: a field with an error is marked invalid and described by its error. */
    private static final class InvalidField extends AbstractAttributeTagProcessor {

        InvalidField(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "field", true, 0, false);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attribute,
                                 String field, IElementTagStructureHandler structure) {
            if (!FieldUtils.hasErrors(context, field)) {
                return;
            }
            markInvalid(tag, structure, errorId(field));
        }
    }

    /** On {@code th:invalid-if}: a field whose condition holds is marked invalid and described by its error. */
    private static final class InvalidIf extends AbstractAttributeTagProcessor {

        InvalidIf(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "invalid-if", true, 0, true);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attribute,
                                 String condition, IElementTagStructureHandler structure) {
            Object holds = StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, condition).execute(context);
            if (!Boolean.TRUE.equals(holds)) {
                return;
            }
            String field = tag.hasAttribute("id") ? tag.getAttributeValue("id") : tag.getAttributeValue("name");
            markInvalid(tag, structure, field + "-error");
        }
    }

    /** Marks a field invalid and, unless the template names its description itself, described by its error. */
    private static void markInvalid(IProcessableElementTag tag, IElementTagStructureHandler structure,
                                    String errorId) {
        structure.setAttribute("aria-invalid", "true");
        if (!tag.hasAttribute("aria-describedby")) {
            structure.setAttribute("aria-describedby", errorId);
        }
    }

    /** On {@code th:errors}: the error element gets the id the field's description names. */
    private static final class ErrorOfField extends AbstractAttributeTagProcessor {

        ErrorOfField(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "errors", true, 0, false);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attribute,
                                 String field, IElementTagStructureHandler structure) {
            if (!tag.hasAttribute("id")) {
                structure.setAttribute("id", errorId(field));
            }
        }
    }
}
