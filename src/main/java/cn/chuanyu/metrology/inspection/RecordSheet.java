package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.inspection.rules.RecordContent;

import java.util.List;

/**
 * Everything one version of the on-site record prints: what the record says, the stage and version, the signature
 * or refusal, the confirmations and the verification address with its QR code. Times are already in the
 * regulators' zone and language.
 */
record RecordSheet(RecordContent content, boolean en, String authority, int version, String stage,
                   Integer supersedesVersion, String supersedesSha256, String inspectedOn, String outcome,
                   String place, Signature signature, List<Confirmed> confirmations, String verificationUrl,
                   String qrDataUrl, String filedAt, String summarySha256, List<EvidenceLine> evidence) {

    /** The representative's signature (image as a data: URL) or the refusal note. */
    record Signature(boolean signed, boolean current, String name, String position, String imageDataUrl,
                     String imageSha256, String refusalReason, String witness, String capturedBy,
                     String capturedAt) {
    }

    /** One inspector's confirmation; {@code at} is empty when not (yet) confirmed for this content. */
    record Confirmed(String name, String certificateNo, String at) {
    }

    /** An evidence file of a finding as printed: hash, capture time and place. */
    record EvidenceLine(long findingId, String fileName, String sha256, String capturedAt, String location) {
    }
}
