package cn.chuanyu.metrology.registry;

import java.util.List;

/**
 * The inspections of one party for its page in the register, newest first. The registry asks; the module that
 * keeps inspections answers (it depends on the registry, so the registry cannot call it).
 */
public interface PartyInspections {

    /** The most inspections a party's page lists. */
    int LIMIT = 100;

    List<PartyInspection> of(long partyId);
}
