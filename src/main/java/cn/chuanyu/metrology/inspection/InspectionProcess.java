package cn.chuanyu.metrology.inspection;

/** Names in {@code bpmn/Inspection.bpmn}: the process, its user tasks, message and variables. */
final class InspectionProcess {

    static final String PROCESS_ID = "Inspection";
    static final String MESSAGE_RECTIFICATION_SUBMITTED = "Message_RectificationSubmitted";

    static final String INSPECTION_ID = "inspectionId";
    static final String PARTY_ID = "partyId";
    static final String PROVINCE = "province";
    static final String TEAM_USERS = "teamUsers";
    static final String SUPERVISOR_GROUP = "supervisorGroup";
    static final String REVIEW_APPROVED = "reviewApproved";
    static final String MINOR_FINDINGS = "minorFindings";
    static final String MAJOR_FINDINGS = "majorFindings";
    static final String CRITICAL_FINDINGS = "criticalFindings";
    static final String OUTCOME = "outcome";
    static final String RECTIFICATION_ROUND = "rectificationRound";
    static final String RECTIFICATION_DUE_AT = "rectificationDueAt";
    static final String RECTIFICATION_REMINDER_AT = "rectificationReminderAt";
    static final String RECTIFICATION_ACCEPTED = "rectificationAccepted";
    static final String RECTIFICATION_REJECTIONS = "rectificationRejections";
    static final String ESCALATION_DECISION = "escalationDecision";

    private InspectionProcess() {
    }

    static String supervisorGroup(String province) {
        return "supervisor-" + province.toLowerCase(java.util.Locale.ROOT);
    }
}
