package cn.chuanyu.metrology.recognition;

import java.util.Locale;

/** Names of the Recognition process, its elements and its variables. */
final class RecognitionProcess {

    static final String PROCESS_ID = "Recognition";
    static final String DECISION_TABLE = "RecognitionEligibility";
    static final String MESSAGE_RESULT_REVOKED = "Message_ResultRevoked";
    static final String TASK_DECIDE = "Task_DecideRecognition";
    static final String TASK_REVIEW_WITHDRAWAL = "Task_ReviewWithdrawal";

    static final String RECOGNITION_ID = "recognitionId";
    static final String PARTY_ID = "partyId";
    static final String PROVINCE = "province";
    static final String SUPERVISOR_GROUP = "supervisorGroup";
    static final String VERDICT = "verdict";
    static final String ACCEPTED = "accepted";
    static final String RECOGNITION_ENDS_AT = "recognitionEndsAt";

    private RecognitionProcess() {
    }

    /** The same candidate group the Inspection process gives a province's supervisors. */
    static String supervisorGroup(String province) {
        return "supervisor-" + province.toLowerCase(Locale.ROOT);
    }
}
