package cn.chuanyu.metrology.inspection.policies;

import cn.chuanyu.metrology.kernel.Message;
import cn.chuanyu.metrology.registry.Credential;
import cn.chuanyu.metrology.registry.PartyKind;

import java.time.LocalDate;
import java.util.List;

/**
 * Each measurement standard (计量标准) of an authorised body whose calibration is not valid on the inspection day
 * breaks traceability (溯源): a major finding against checklist item AB-TC-02.
 */
final class ExpiredStandardPolicy implements FindingPolicy {

    static final String CHECKLIST_ITEM = "AB-TC-02";

    @Override
    public String name() {
        return "expired-standard";
    }

    @Override
    public List<ProposedFinding> propose(InspectedParty party, LocalDate inspectionDay) {
        if (party.kind() != PartyKind.AUTHORISED_BODY) {
            return List.of();
        }
        return party.credentials().expiredOn(inspectionDay, Credential.Kind.STANDARD).stream()
                .map(standard -> new ProposedFinding(name(), standard.reference(), CHECKLIST_ITEM, "MAJOR",
                        Message.of("policy.expiredStandard", standard.reference(), standard.lastValidDay())))
                .toList();
    }
}
