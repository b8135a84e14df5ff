package cn.chuanyu.metrology.planning;

/** A party left out of a draw's register, and why (e.g. a mutual-recognition exemption in force). */
public record PartyExclusion(long partyId, String reason) {
}
