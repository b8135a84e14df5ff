package cn.chuanyu.metrology.recognition;

import cn.chuanyu.metrology.registry.RegisteredNames;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One recognition request as its provinces' staff see it: what was asked, the eligibility table's verdict with
 * its reasons and the categories it found uncovered, the decision, and any withdrawal.
 *
 * @param openTask the user task waiting on it: {@code Task_DecideRecognition}, {@code Task_ReviewWithdrawal} or null
 */
public record RecognitionView(long id, long partyId, String partyName, String partyNameEn, String creditCode,
                              Basis basis, Long inspectionId, String fromProvince, String province,
                              List<String> requestedCategories, LocalDate validUntil, boolean onBehalfOfParty,
                              String requestedBy, Instant requestedAt,
                              RecognitionStatus status, String verdict, List<String> verdictReasons,
                              List<String> uncoveredCategories, List<String> recognisedCategories,
                              Decision decision, String decisionReason, String decidedBy, Instant decidedAt,
                              boolean inspectionSuggested, String withdrawnReason, Instant withdrawnAt,
                              String reviewNote, String reviewedBy, String openTask, int version) {

    /** The party's name in the reader's language (its English name when it has one and the reader reads English). */
    public String partyNameIn(Locale locale) {
        return RegisteredNames.in(locale, partyName, partyNameEn);
    }

    RecognitionView withOpenTask(String taskKey) {
        return new RecognitionView(id, partyId, partyName, partyNameEn, creditCode, basis, inspectionId, fromProvince,
                province, requestedCategories, validUntil, onBehalfOfParty, requestedBy, requestedAt, status, verdict,
                verdictReasons, uncoveredCategories, recognisedCategories, decision, decisionReason, decidedBy,
                decidedAt, inspectionSuggested, withdrawnReason, withdrawnAt, reviewNote, reviewedBy, taskKey, version);
    }
}
