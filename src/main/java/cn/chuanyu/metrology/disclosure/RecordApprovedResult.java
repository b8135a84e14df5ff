package cn.chuanyu.metrology.disclosure;

import cn.chuanyu.metrology.inspection.InspectionConcluded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An approved result is recorded for disclosure in the transaction that records it, so it cannot be missed. */
@Component
class RecordApprovedResult {

    private final Disclosures disclosures;

    RecordApprovedResult(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    @EventListener
    void on(InspectionConcluded concluded) {
        disclosures.recordApproved(concluded.inspectionId());
    }
}
