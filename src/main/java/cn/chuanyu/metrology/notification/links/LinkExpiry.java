package cn.chuanyu.metrology.notification.links;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** When an answer link stops working: after its validity, and never later than the deadline plus a grace. */
public final class LinkExpiry {

    private LinkExpiry() {
    }

    public static Instant of(Instant issuedAt, Duration validity, LocalDate deadline, Duration grace, ZoneId zone) {
        Instant byValidity = issuedAt.plus(validity);
        if (deadline == null) {
            return byValidity;
        }
        Instant byDeadline = deadline.plusDays(1).atStartOfDay(zone).toInstant().plus(grace);
        return byDeadline.isBefore(byValidity) ? byDeadline : byValidity;
    }
}
