package cn.chuanyu.metrology.notification.links;

import java.time.Instant;

/** What a signed answer link says: one purpose, one inspection, one party, until when. */
public record LinkClaims(LinkPurpose purpose, long inspectionId, long partyId, Instant expiresAt) {
}
