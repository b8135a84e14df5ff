package cn.chuanyu.metrology.recognition;

import cn.chuanyu.metrology.inspection.InspectionConcluded;
import cn.chuanyu.metrology.inspection.Outcome;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A failed inspection revokes the party's earlier results: recognitions built on them end, in the transaction
 * of the step that recorded the fail.
 */
@Component
class WithdrawOnFailedResult {

    private final Recognitions recognitions;

    WithdrawOnFailedResult(Recognitions recognitions) {
        this.recognitions = recognitions;
    }

    @EventListener
    void on(InspectionConcluded concluded) {
        if (concluded.outcome() == Outcome.FAIL) {
            recognitions.withdrawBuiltOnOtherResults(concluded.partyId(), concluded.inspectionId(),
                    "inspection " + concluded.inspectionId() + " in " + concluded.province()
                            + " failed on " + concluded.inspectedOn() + ": the recognised result is revoked");
        }
    }
}
