package cn.chuanyu.metrology.inspection.policies;

import cn.chuanyu.metrology.kernel.Message;
import cn.chuanyu.metrology.registry.Credential;
import cn.chuanyu.metrology.registry.PartyKind;

import java.time.LocalDate;
import java.util.List;

/**
 * An authorised body whose authorisation certificate (计量授权证书) is not valid on the inspection day works
 * outside its authorisation: a major finding against checklist item AB-WK-01.
 */
final class ExpiredCertificatePolicy implements FindingPolicy {

    static final String CHECKLIST_ITEM = "AB-WK-01";

    @Override
    public String name() {
        return "expired-certificate";
    }

    @Override
    public List<ProposedFinding> propose(InspectedParty party, LocalDate inspectionDay) {
        if (party.kind() != PartyKind.AUTHORISED_BODY) {
            return List.of();
        }
        return party.credentials().expiredOn(inspectionDay, Credential.Kind.CERTIFICATE).stream()
                .map(certificate -> new ProposedFinding(name(), certificate.reference(), CHECKLIST_ITEM, "MAJOR",
                        Message.of("policy.expiredCertificate", certificate.reference(),
                                certificate.lastValidDay())))
                .toList();
    }
}
