package cn.chuanyu.metrology.notification.links;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinkSignerTests {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private final LinkSigner signer = new LinkSigner("a-test-secret-of-at-least-32-characters");
    private final LinkClaims claims = new LinkClaims(LinkPurpose.RECTIFICATION, 41, 7, NOW.plusSeconds(3600));

    @Test
    void aSignedLinkIsAcceptedForItsPurposeUntilItExpires() {
        String token = signer.sign(claims);

        assertThat(signer.verify(token, LinkPurpose.RECTIFICATION, NOW)).isEqualTo(claims);
        assertRefused(() -> signer.verify(token, LinkPurpose.RECTIFICATION, NOW.plusSeconds(3600)),
                LinkRefusal.EXPIRED);
    }

    @Test
    void aLinkIsGoodForOnePurposeOnly() {
        assertRefused(() -> signer.verify(signer.sign(claims), LinkPurpose.ACKNOWLEDGE, NOW),
                LinkRefusal.WRONG_PURPOSE);
    }

    @Test
    void changingTheInspectionPartyOrExpiryBreaksTheSignature() {
        String token = signer.sign(claims);
        String signature = token.substring(token.indexOf('.'));
        for (String payload : new String[]{"RECTIFICATION|42|7|", "RECTIFICATION|41|8|", "ACKNOWLEDGE|41|7|"}) {
            String forged = encode(payload + claims.expiresAt().getEpochSecond()) + signature;
            assertRefused(() -> signer.verify(forged, LinkPurpose.RECTIFICATION, NOW), LinkRefusal.TAMPERED);
        }
        String later = encode("RECTIFICATION|41|7|" + (claims.expiresAt().getEpochSecond() + 86400)) + signature;
        assertRefused(() -> signer.verify(later, LinkPurpose.RECTIFICATION, NOW), LinkRefusal.TAMPERED);
    }

    @Test
    void anotherSecretDoesNotAcceptTheLink() {
        LinkSigner other = new LinkSigner("another-secret-of-at-least-32-characters");
        assertRefused(() -> other.verify(signer.sign(claims), LinkPurpose.RECTIFICATION, NOW), LinkRefusal.TAMPERED);
    }

    @Test
    void garbageIsRefusedAsMalformed() {
        for (String token : new String[]{null, "", "abc", "a.b.c", "%%%.###"}) {
            assertRefused(() -> signer.verify(token, LinkPurpose.RECTIFICATION, NOW), LinkRefusal.MALFORMED);
        }
    }

    @Test
    void onlyTheCanonicalSpellingOfATokenIsAcceptedAndEveryOtherIsRefusedLikeAForgery() {
        String token = signer.sign(claims);
        assertThat(signer.verify(token, LinkPurpose.RECTIFICATION, NOW)).isEqualTo(claims);

        for (String variant : LinkVariants.of(token)) {
            assertThat(variant).isNotEqualTo(token);
            assertRefused(() -> signer.verify(variant, LinkPurpose.RECTIFICATION, NOW), LinkRefusal.TAMPERED);
        }
    }

    @Test
    void theVariantsAreTheSameBytesToALenientDecoder() {
        String token = signer.sign(claims);
        Base64.Decoder lenient = Base64.getUrlDecoder();

        for (String variant : LinkVariants.sameBytes(token)) {
            String[] parts = variant.split("\\.");
            String[] original = token.split("\\.");
            assertThat(lenient.decode(parts[0])).isEqualTo(lenient.decode(original[0]));
            assertThat(lenient.decode(parts[1])).isEqualTo(lenient.decode(original[1]));
        }
    }

    @Test
    void aShortSecretIsRejected() {
        assertThatThrownBy(() -> new LinkSigner("short")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLinkThatAnswersADeadlineLivesUntilTheDeadlinePlusTheGraceHoweverFarAway() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant issued = Instant.parse("2026-12-03T02:00:00Z");

        // the issue's case: order sent 2026-12-03, deadline 2027-01-04; the link used to die on 2027-01-02
        assertThat(LinkExpiry.of(issued, Duration.ofDays(30), LocalDate.of(2027, 1, 4), Duration.ofDays(7), shanghai))
                .isEqualTo(LocalDate.of(2027, 1, 12).atStartOfDay(shanghai).toInstant());
        assertThat(LinkExpiry.of(issued, Duration.ofDays(30), LocalDate.of(2026, 12, 7), Duration.ofDays(7), shanghai))
                .isEqualTo(LocalDate.of(2026, 12, 15).atStartOfDay(shanghai).toInstant());
        assertThat(LinkExpiry.of(issued, Duration.ofDays(30), null, Duration.ofDays(7), shanghai))
                .isEqualTo(issued.plus(Duration.ofDays(30)));
    }

    @Test
    void anExpiredGenuineLinkStillSaysWhichInspectionItWasForAndAForgedOneDoesNot() {
        String token = signer.sign(claims);

        assertThatThrownBy(() -> signer.verify(token, LinkPurpose.RECTIFICATION, NOW.plusSeconds(7200)))
                .isInstanceOfSatisfying(LinkRefusedException.class, e -> assertThat(e.claims()).isEqualTo(claims));
        assertThatThrownBy(() -> signer.verify(token.substring(0, token.length() - 2) + "AA",
                LinkPurpose.RECTIFICATION, NOW.plusSeconds(7200)))
                .isInstanceOfSatisfying(LinkRefusedException.class, e -> assertThat(e.claims()).isNull());
    }

    private static String encode(String payload) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, LinkRefusal reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LinkRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
    }
}
