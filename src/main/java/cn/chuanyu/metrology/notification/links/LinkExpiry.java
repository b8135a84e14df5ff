package cn.chuanyu.metrology.notification.links;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When an answer link stops working: a link that answers a deadline lives until the end of the deadline day
 * plus a grace, however long that is; a link without a deadline (acknowledge an inspection notice) lives for
 * its validity. A reminder or an extended deadline sends a fresh link, so no link outlives what it answers.
 */
public final class LinkExpiry {

    private LinkExpiry() {
    }

    public static Instant of(Instant issuedAt, Duration validity, LocalDate deadline, Duration grace, ZoneId zone) {
        if (deadline == null) {
            return issuedAt.plus(validity);
        }
        return deadline.plusDays(1).atStartOfDay(zone).toInstant().plus(grace);
    }
}
