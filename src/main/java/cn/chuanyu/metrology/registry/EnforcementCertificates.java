package cn.chuanyu.metrology.registry;

import cn.chuanyu.metrology.kernel.FieldProblem;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of an inspector's enforcement certificate (执法证): a number and the last day it is valid, given
 * together; it is expired on any day after that; the register flags one that ends within {@value #WARNING_DAYS} days.
 */
public final class EnforcementCertificates {

    /** How many days ahead the register warns that a certificate ends. */
    public static final int WARNING_DAYS = 60;
    public static final String NUMBER_FIELD = "enforcementCertificateNo";
    public static final String VALID_UNTIL_FIELD = "enforcementCertificateValidUntil";
    private static final Pattern NUMBER = Pattern.compile("[\\p{IsHan}A-Za-z0-9()（） -]{1,40}");

    /** What the register shows about a certificate on a given day. */
    public enum Standing { NONE, VALID, EXPIRING, EXPIRED }

    private EnforcementCertificates() {
    }

    /** What is wrong with a stated certificate; empty when nothing is. */
    public static List<FieldProblem> problems(String number, LocalDate validUntil) {
        List<FieldProblem> problems = new ArrayList<>();
        if (number != null && !NUMBER.matcher(number).matches()) {
            problems.add(FieldProblem.of(NUMBER_FIELD, "problem.staff.certificateNumber"));
        }
        if (number != null && validUntil == null) {
            problems.add(FieldProblem.of(VALID_UNTIL_FIELD, "problem.staff.certificateValidUntilRequired"));
        }
        if (number == null && validUntil != null) {
            problems.add(FieldProblem.of(NUMBER_FIELD, "problem.staff.certificateNumberRequired"));
        }
        return problems;
    }

    /**
     * True when a certificate valid until {@code validUntil} has ended by {@code day} (the one validity rule of
     * {@link Credential#validOn}); no certificate never has.
     */
    public static boolean expiredOn(LocalDate validUntil, LocalDate day) {
        return validUntil != null && !Credential.validOn(validUntil, day);
    }

    public static Standing standing(LocalDate validUntil, LocalDate today) {
        if (validUntil == null) {
            return Standing.NONE;
        }
        if (expiredOn(validUntil, today)) {
            return Standing.EXPIRED;
        }
        return ChronoUnit.DAYS.between(today, validUntil) <= WARNING_DAYS ? Standing.EXPIRING : Standing.VALID;
    }
}
