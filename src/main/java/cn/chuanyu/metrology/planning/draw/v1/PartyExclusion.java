package cn.chuanyu.metrology.planning.draw.v1;

/** A party left out of a chuanyu-draw/1 register, and why (e.g. a mutual-recognition exemption in force). */
public record PartyExclusion(long partyId, String reason) {
}
