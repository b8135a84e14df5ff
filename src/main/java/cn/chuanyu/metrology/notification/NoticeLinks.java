package cn.chuanyu.metrology.notification;

import cn.chuanyu.metrology.notification.links.LinkClaims;
import cn.chuanyu.metrology.notification.links.LinkExpiry;
import cn.chuanyu.metrology.notification.links.LinkPurpose;
import cn.chuanyu.metrology.notification.links.LinkSigner;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.LocalDate;

/** Writes and reads the signed answer links of notices. */
@Component
class NoticeLinks {

    private final LinkSigner signer;
    private final NoticeSettings settings;
    private final Clock clock;

    NoticeLinks(NoticeSettings settings, Clock clock) {
        this.signer = new LinkSigner(settings.linkSecret());
        this.settings = settings;
        this.clock = clock;
    }

    String url(LinkPurpose purpose, long inspectionId, long partyId, LocalDate deadline) {
        String token = signer.sign(new LinkClaims(purpose, inspectionId, partyId, LinkExpiry.of(clock.instant(),
                settings.linkValidity(), deadline, settings.linkGraceAfterDeadline(), clock.getZone())));
        String path = purpose == LinkPurpose.ACKNOWLEDGE ? "/notice/acknowledge" : "/notice/rectification";
        return UriComponentsBuilder.fromUriString(settings.publicBaseUrl()).path(path)
                .queryParam("t", token).build().toUriString();
    }

    LinkClaims verify(String token, LinkPurpose purpose) {
        return signer.verify(token, purpose, clock.instant());
    }
}
