package cn.chuanyu.metrology.registry;

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

    /** What is wrong with a stated certificate, as (field, reason) pairs; empty when nothing is. */
    public static List<String[]> problems(String number, LocalDate validUntil) {
        List<String[]> problems = new ArrayList<>();
        if (number != null && !NUMBER.matcher(number).matches()) {
            problems.add(new String[]{NUMBER_FIELD, "may hold up to 40 letters, digits, Chinese characters, spaces, - and ()"});
        }
        if (number != null && validUntil == null) {
            problems.add(new String[]{VALID_UNTIL_FIELD, "is required with a certificate number"});
        }
        if (number == null && validUntil != null) {
            problems.add(new String[]{NUMBER_FIELD, "is required with a validity date"});
        }
        return problems;
    }

    /** True when a certificate valid until {@code validUntil} has ended by {@code day}; no certificate never has. */
    public static boolean expiredOn(LocalDate validUntil, LocalDate day) {
        return validUntil != null && validUntil.isBefore(day);
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
