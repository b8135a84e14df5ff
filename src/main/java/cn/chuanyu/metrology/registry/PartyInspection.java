package cn.chuanyu.metrology.registry;

import java.time.LocalDate;

/** One inspection of a party as its page lists it; status and outcome are codes the page puts in words. */
public record PartyInspection(long id, String status, LocalDate plannedDate, LocalDate inspectedOn,
                              String outcome) {
}
