package cn.chuanyu.metrology.inspection.policies;

import cn.chuanyu.metrology.registry.PartyCredentials;
import cn.chuanyu.metrology.registry.PartyKind;

/** What the policies may look at: the party's kind and its credentials as the registry holds them. */
public record InspectedParty(long partyId, PartyKind kind, PartyCredentials credentials) {
}
