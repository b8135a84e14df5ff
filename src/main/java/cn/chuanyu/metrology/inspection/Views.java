package cn.chuanyu.metrology.inspection;

import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Request and response bodies of the inspection API. */
final class Views {

    private Views() {
    }

    enum Severity { MINOR, MAJOR, CRITICAL }

    record OpenRequest(@NotNull @Positive Long partyId,
                       @NotEmpty @Size(max = 10) List<@NotNull @Positive Long> inspectorIds,
                       @NotNull LocalDate plannedDate) {
    }

    record Opened(long id) {
    }

    record NewFinding(@NotBlank @Size(max = 40) String checklistItem,
                      @Size(max = 120) String clause,
                      @NotNull Severity severity,
                      @NotBlank @Size(max = 2000) String description) {
    }

    record FindingsRecorded(List<Long> ids) {
    }

    /** A finding a policy proposes, worded in the reader's language; confirmed by its key. */
    record Proposal(String key, String policy, String checklistItem, String severity, String description) {
    }

    record RectificationSubmission(@NotBlank @Size(max = 2000) String statement) {
    }

    record ChecklistItem(String code, String areaCode, String areaZh, String areaEn, String titleZh,
                         String titleEn, String clause) {
    }

    record Finding(long id, String checklistItem, String clause, String severity, String description,
                   long recordedByStaffId, OffsetDateTime recordedAt, OffsetDateTime closedAt) {
    }

    /** An evidence file; a photo taken on the on-site page also says when and, if the device allowed, where. */
    record Evidence(long id, Long findingId, String purpose, String fileName, String contentType, long sizeBytes,
                    String sha256, String uploadedBy, OffsetDateTime uploadedAt, OffsetDateTime capturedAt,
                    Double latitude, Double longitude, Double locationAccuracyM) {
    }

    record EvidenceFile(String fileName, String contentType, byte[] content) {
    }

    record InspectionSummary(long id, long partyId, String partyName, String partyNameEn, String province,
                             String status, String outcome, LocalDate plannedDate, LocalDate inspectedOn,
                             LocalDate rectificationDeadline, boolean rectificationDeadlineProvisional,
                             LocalDate rectifiedOn) {

        /** The party's name people read in {@code locale} ({@link RegisteredNames}). */
        public String partyNameIn(java.util.Locale locale) {
            return cn.chuanyu.metrology.registry.RegisteredNames.in(locale, partyName, partyNameEn);
        }

        /** Whether a deadline still runs: one is set, nothing accepted it yet, and the inspection is open. */
        public boolean deadlineRunning() {
            return rectificationDeadline != null && rectifiedOn == null && !"CLOSED".equals(status);
        }
    }

    record InspectionDetail(InspectionSummary inspection, boolean referredForEnforcement, List<Long> team,
                            List<Finding> findings, List<Evidence> evidence, List<Task> openTasks) {
    }

    /**
     * An open task: an inspection's ({@code subjectType} INSPECTION, {@code inspectionId} set) or another module's
     * (e.g. RECOGNITION, done at {@code page} / {@code api}).
     */
    record Task(String id, String kind, Long inspectionId, String province, String assignee,
                OffsetDateTime createdAt, String subjectType, long subjectId, String title, String page, String api) {
    }

    record TaskDetail(Task task, boolean mayAct, InspectionSummary inspection, List<Finding> findings,
                      List<ChecklistItem> checklist, List<RectificationAnswer> rectificationAnswers) {
    }

    /** The business's answer to a rectification order: its statement and the evidence handed in with it. */
    record RectificationAnswer(String statement, String submittedBy, OffsetDateTime submittedAt,
                               List<Evidence> evidence) {
    }

    record Event(String step, String action, String actor, Long staffId, String detail,
                 OffsetDateTime occurredAt) {
    }

    /** An event of the history as its page shows it: what happened, who did it and the details, in words. */
    record HistoryLine(String action, String actor, String detail, OffsetDateTime occurredAt) {
    }

    /** The party's representative signs the record on the screen, after reading its summary. */
    record RepresentativeSignature(@NotBlank @Size(max = 60) String representativeName,
                                   @NotBlank @Size(max = 60) String representativePosition,
                                   @Schema(description = "the drawn signature: a PNG as base64 or a data: URL")
                                   @NotBlank @Size(max = 500_000) String signaturePng) {
    }

    /** The representative refused to sign: the inspector records why, with a second team inspector as witness. */
    record SignatureRefusal(@NotBlank @Size(max = 500) String reason, @NotNull @Positive Long witnessStaffId) {
    }

    /** The representative's signature or the recorded refusal; current when it covers the record as it is now. */
    record AttestationView(String kind, String representativeName, String representativePosition,
                           String signatureSha256, String refusalReason, Long witnessStaffId, String witnessName,
                           String capturedBy, OffsetDateTime capturedAt, boolean current) {
    }

    /** One team inspector and whether they confirmed the record as it is now. */
    record ConfirmationView(long staffId, String name, String certificateNo, OffsetDateTime confirmedAt,
                            boolean current) {
    }

    /**
     * Where the on-site record stands: its number, the SHA-256 of what it says now, the signature or refusal, each
     * inspector's confirmation, and what is still missing before on-site work can be completed.
     */
    record RecordStatus(String recordNo, String summarySha256, AttestationView attestation,
                        List<ConfirmationView> confirmations, List<String> missing) {

        public boolean complete() {
            return missing.isEmpty();
        }
    }

    /** One filed version of the on-site record. */
    record FiledRecordView(int version, String stage, String recordNo, String language, String sha256,
                           int sizeBytes, OffsetDateTime filedAt, String filedBy, Integer supersedesVersion,
                           String verificationUrl) {
    }

    /** The payload that completes a task, one type per task kind, told apart by {@code kind}. */
    @com.fasterxml.jackson.annotation.JsonTypeInfo(use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.NAME,
            property = "kind")
    @com.fasterxml.jackson.annotation.JsonSubTypes({
            @com.fasterxml.jackson.annotation.JsonSubTypes.Type(value = OnSiteCompletion.class, name = "ON_SITE"),
            @com.fasterxml.jackson.annotation.JsonSubTypes.Type(value = ReviewCompletion.class, name = "REVIEW"),
            @com.fasterxml.jackson.annotation.JsonSubTypes.Type(value = VerifyCompletion.class, name = "VERIFY"),
            @com.fasterxml.jackson.annotation.JsonSubTypes.Type(value = EscalationCompletion.class,
                    name = "ESCALATION")})
    @Schema(discriminatorProperty = "kind", discriminatorMapping = {
            @DiscriminatorMapping(value = "ON_SITE", schema = OnSiteCompletion.class),
            @DiscriminatorMapping(value = "REVIEW", schema = ReviewCompletion.class),
            @DiscriminatorMapping(value = "VERIFY", schema = VerifyCompletion.class),
            @DiscriminatorMapping(value = "ESCALATION", schema = EscalationCompletion.class)})
    sealed interface Completion permits OnSiteCompletion, ReviewCompletion, VerifyCompletion, EscalationCompletion {
    }

    /** Records the findings (none means none found) and hands the inspection to review. */
    record OnSiteCompletion(LocalDate inspectedOn, @Size(max = 100) List<@NotNull @Valid NewFinding> findings)
            implements Completion {
    }

    /** Approves the inspection, or returns it to the team with a reason. */
    record ReviewCompletion(@NotNull Boolean approved, @Size(max = 2000) String reason) implements Completion {
    }

    /** Accepts the rectification, or rejects it with a reason. */
    record VerifyCompletion(@NotNull Boolean accepted, @Size(max = 2000) String reason) implements Completion {
    }

    enum EscalationDecision { EXTEND, ACCEPT, REFER }

    /** A supervisor's decision on an escalated rectification. */
    record EscalationCompletion(@NotNull EscalationDecision decision, @NotBlank @Size(max = 2000) String reason)
            implements Completion {
    }
}
