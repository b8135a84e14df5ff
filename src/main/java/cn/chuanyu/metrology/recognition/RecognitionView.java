package cn.chuanyu.metrology.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One recognition request as its provinces' staff see it: what was asked, the eligibility table's verdict with
 * its reasons and the categories it found uncovered, the decision, and any withdrawal.
 *
 * @param openTask the user task waiting on it: {@code Task_DecideRecognition}, {@code Task_ReviewWithdrawal} or null
 */
public record RecognitionView(long id, long partyId, String partyName, String creditCode, Basis basis, Long inspectionId,
                              String fromProvince, String province, List<String> requestedCategories,
                              LocalDate validUntil, boolean onBehalfOfParty, String requestedBy, Instant requestedAt,
                              RecognitionStatus status, String verdict, List<String> verdictReasons,
                              List<String> uncoveredCategories, List<String> recognisedCategories,
                              Decision decision, String decisionReason, String decidedBy, Instant decidedAt,
                              boolean inspectionSuggested, String withdrawnReason, Instant withdrawnAt,
                              String reviewNote, String reviewedBy, String openTask, int version) {

    RecognitionView withOpenTask(String taskKey) {
        return new RecognitionView(id, partyId, partyName, creditCode, basis, inspectionId, fromProvince, province,
                requestedCategories, validUntil, onBehalfOfParty, requestedBy, requestedAt, status, verdict,
                verdictReasons, uncoveredCategories, recognisedCategories, decision, decisionReason, decidedBy,
                decidedAt, inspectionSuggested, withdrawnReason, withdrawnAt, reviewNote, reviewedBy, taskKey, version);
    }
}
