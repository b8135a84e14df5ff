package cn.chuanyu.metrology.disclosure;

import java.time.Instant;
import java.time.LocalDate;

/** One published inspection result. */
public record Disclosure(long id, String creditCode, String partyName, String province, LocalDate inspectedOn,
                         String outcome, Instant publishedAt) {
}
