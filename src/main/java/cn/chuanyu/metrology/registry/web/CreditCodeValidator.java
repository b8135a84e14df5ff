package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.registry.CreditCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a credit code and reports the position that is wrong as the violation message. */
class CreditCodeValidator implements ConstraintValidator<ValidCreditCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return CreditCode.problem(value).map(reason -> {
            context.disableDefaultConstraintViolation();
            // escape EL/message interpolation characters that a client may have sent
            String literal = reason.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
            context.buildConstraintViolationWithTemplate(literal).addConstraintViolation();
            return false;
        }).orElse(true);
    }
}
