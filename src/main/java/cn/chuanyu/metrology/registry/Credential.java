package cn.chuanyu.metrology.registry;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A credential a party holds (an authorisation certificate, a measurement standard's calibration, a product's
 * type approval) with the last day it is valid. The one rule of validity: valid on a day that is not after that
 * last day. SQL readers use {@code registry_credential_valid_on} over {@code registry_credential_view}, which a
 * test keeps equal to this.
 */
public record Credential(Kind kind, String reference, String categoryCode, LocalDate lastValidDay) {

    /** What kind of credential it is. */
    public enum Kind { CERTIFICATE, STANDARD, TYPE_APPROVAL }

    public Credential {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lastValidDay, "lastValidDay");
    }

    public boolean validOn(LocalDate day) {
        return validOn(lastValidDay, day);
    }

    /** Whether a credential whose last valid day is given is valid on the day. */
    public static boolean validOn(LocalDate lastValidDay, LocalDate day) {
        return !day.isAfter(lastValidDay);
    }
}
