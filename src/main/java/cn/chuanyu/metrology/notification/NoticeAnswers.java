package cn.chuanyu.metrology.notification;

import cn.chuanyu.metrology.inspection.InspectionNotice;
import cn.chuanyu.metrology.inspection.PartyAnswers;
import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.kernel.NotFoundException;
import cn.chuanyu.metrology.notification.links.LinkClaims;
import cn.chuanyu.metrology.notification.links.LinkPurpose;
import cn.chuanyu.metrology.notification.links.LinkRefusal;
import cn.chuanyu.metrology.notification.links.LinkRefusedException;
import cn.chuanyu.metrology.notification.links.LinkSigner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A business answers a notice through its signed link, without an account: each link is checked (signature,
 * purpose, expiry, party), used once per grant (purpose, inspection, party, expiry: no other spelling of the same
 * token is accepted, and a use is keyed on what it grants, not on its text), and its use written to the
 * inspection's history in the same transaction.
 */
@Service
@Transactional
class NoticeAnswers {

    private final NoticeLinks links;
    private final PartyAnswers inspections;
    private final JdbcClient jdbc;
    private final Clock clock;

    NoticeAnswers(NoticeLinks links, PartyAnswers inspections, JdbcClient jdbc, Clock clock) {
        this.links = links;
        this.inspections = inspections;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the page of a link shows, when the link may still be used. */
    @Transactional(readOnly = true)
    InspectionNotice open(String token, LinkPurpose purpose) {
        LinkClaims claims = links.verify(token, purpose);
        if (used(claims, token)) {
            throw new LinkRefusedException(LinkRefusal.USED);
        }
        InspectionNotice inspection = inspections.notice(claims.inspectionId())
                .filter(i -> i.partyId() == claims.partyId())
                .orElseThrow(() -> new LinkRefusedException(LinkRefusal.WRONG_PARTY));
        if (purpose == LinkPurpose.RECTIFICATION && !"RECTIFYING".equals(inspection.status())) {
            throw new LinkRefusedException(LinkRefusal.WRONG_STATE);
        }
        return inspection;
    }

    /** The party a genuine link was sent to, without using it; refused as {@link #open} refuses a forged one. */
    long partyOf(String token, LinkPurpose purpose) {
        return links.verify(token, purpose).partyId();
    }

    /** The party of a genuine link, used or not; empty for a forged, malformed or expired one. */
    Optional<Long> genuineParty(String token, LinkPurpose purpose) {
        try {
            return Optional.of(partyOf(token, purpose));
        } catch (LinkRefusedException notGenuine) {
            return Optional.empty();
        }
    }

    void acknowledge(String token) {
        LinkClaims claims = use(token, LinkPurpose.ACKNOWLEDGE);
        refusedUnlessAccepted(() -> inspections.acknowledge(claims.inspectionId(), claims.partyId(),
                "Notice_Acknowledge", actor(claims)));
    }

    void submitRectification(String token, String statement, List<MultipartFile> files) {
        LinkClaims claims = use(token, LinkPurpose.RECTIFICATION);
        refusedUnlessAccepted(() -> inspections.submitRectification(claims.inspectionId(), claims.partyId(),
                statement, files, actor(claims)));
    }

    /** Records the one use of the grant; refused when it was used before (by any spelling) or names no inspection. */
    private LinkClaims use(String token, LinkPurpose purpose) {
        LinkClaims claims = links.verify(token, purpose);
        if (used(claims, token)) {
            throw new LinkRefusedException(LinkRefusal.USED);
        }
        int inserted = jdbc.sql("""
                        insert into notice_link_use (purpose, inspection_id, party_id, expires_at, used_at)
                        select :purpose, i.id, :party, :expires, :now from inspection_summary_view i where i.id = :inspection
                        on conflict (purpose, inspection_id, party_id, expires_at) do nothing""")
                .param("purpose", purpose.name()).param("inspection", claims.inspectionId())
                .param("party", claims.partyId()).param("expires", Timestamp.from(claims.expiresAt()))
                .param("now", Timestamp.from(clock.instant())).update();
        if (inserted == 0) {
            throw new LinkRefusedException(used(claims, token) ? LinkRefusal.USED : LinkRefusal.WRONG_PARTY);
        }
        return claims;
    }

    /** Whether the grant was used (or, for a use recorded before V111, this very token). */
    private boolean used(LinkClaims claims, String token) {
        return jdbc.sql("""
                        select exists (select 1 from notice_link_use
                                       where (purpose = :purpose and inspection_id = :inspection and party_id = :party
                                              and expires_at = :expires)
                                          or token_sha256 = :hash)""")
                .param("purpose", claims.purpose().name()).param("inspection", claims.inspectionId())
                .param("party", claims.partyId()).param("expires", Timestamp.from(claims.expiresAt()))
                .param("hash", LinkSigner.fingerprint(token)).query(Boolean.class).single();
    }

    /** Wrong party and wrong state become refusals; invalid input (statement, files) stays as it is. */
    private static void refusedUnlessAccepted(Runnable answer) {
        try {
            answer.run();
        } catch (NotFoundException e) {
            throw new LinkRefusedException(LinkRefusal.WRONG_PARTY);
        } catch (ConflictException e) {
            throw new LinkRefusedException(LinkRefusal.WRONG_STATE);
        }
    }

    private static String actor(LinkClaims claims) {
        return "party:" + claims.partyId() + " (notice link)";
    }
}
