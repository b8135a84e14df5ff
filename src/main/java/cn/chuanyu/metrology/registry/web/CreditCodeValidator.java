package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.registry.CreditCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** Checks a credit code and reports the position that is wrong as the violation message, in the reader's language. */
class CreditCodeValidator implements ConstraintValidator<ValidCreditCode, String> {

    private final MessageSource messages;

    CreditCodeValidator(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return CreditCode.reason(value).map(message -> {
            String reason = messages.getMessage(message, LocaleContextHolder.getLocale());
            context.disableDefaultConstraintViolation();
            // escape EL/message interpolation characters that a client may have sent
            String literal = reason.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
            context.buildConstraintViolationWithTemplate(literal).addConstraintViolation();
            return false;
        }).orElse(true);
    }
}
