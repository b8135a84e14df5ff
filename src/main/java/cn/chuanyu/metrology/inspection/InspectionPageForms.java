package cn.chuanyu.metrology.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import cn.chuanyu.metrology.inspection.rules.CaptureContext;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the inspection pages' forms post. Plain beans, because the page binds them field by field and shows
 * them again, as typed, with the errors next to each field.
 */
final class InspectionPageForms {

    private InspectionPageForms() {
    }

    /** A finding as an inspector records it on site, with an optional photo as evidence. */
    static class FindingForm {
        @NotBlank
        @Size(max = 40)
        private String checklistItem;
        @Size(max = 120)
        private String clause;
        @NotBlank
        @Pattern(regexp = "MINOR|MAJOR|CRITICAL")
        private String severity;
        @NotBlank
        @Size(max = 2000)
        private String description;
        private MultipartFile file;
        private Instant capturedAt;
        private Double latitude;
        private Double longitude;
        private Double accuracy;

        /** When and where the photo was taken, as the page's script read it from the device. */
        CaptureContext captureContext() {
            return new CaptureContext(capturedAt, latitude, longitude, accuracy);
        }

        public Instant getCapturedAt() {
            return capturedAt;
        }

        public void setCapturedAt(Instant capturedAt) {
            this.capturedAt = capturedAt;
        }

        public Double getLatitude() {
            return latitude;
        }

        public void setLatitude(Double latitude) {
            this.latitude = latitude;
        }

        public Double getLongitude() {
            return longitude;
        }

        public void setLongitude(Double longitude) {
            this.longitude = longitude;
        }

        public Double getAccuracy() {
            return accuracy;
        }

        public void setAccuracy(Double accuracy) {
            this.accuracy = accuracy;
        }

        Views.NewFinding toFinding() {
            return new Views.NewFinding(checklistItem, clause == null || clause.isBlank() ? null : clause.trim(),
                    Views.Severity.valueOf(severity), description.trim());
        }

        public String getChecklistItem() {
            return checklistItem;
        }

        public void setChecklistItem(String checklistItem) {
            this.checklistItem = checklistItem;
        }

        public String getClause() {
            return clause;
        }

        public void setClause(String clause) {
            this.clause = clause;
        }

        public String getSeverity() {
            return severity;
        }

        public void setSeverity(String severity) {
            this.severity = severity;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public MultipartFile getFile() {
            return file;
        }

        public void setFile(MultipartFile file) {
            this.file = file;
        }
    }

    /** The on-site submission: the day the team inspected. */
    static class SubmitForm {
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate inspectedOn;

        SubmitForm() {
        }

        SubmitForm(LocalDate inspectedOn) {
            this.inspectedOn = inspectedOn;
        }

        public LocalDate getInspectedOn() {
            return inspectedOn;
        }

        public void setInspectedOn(LocalDate inspectedOn) {
            this.inspectedOn = inspectedOn;
        }
    }

    /** The representative's signature as the on-site page posts it: name, position and the drawn PNG. */
    static class SignatureForm {
        @NotBlank
        @Size(max = 60)
        private String representativeName;
        @NotBlank
        @Size(max = 60)
        private String representativePosition;
        @NotBlank
        @Size(max = 500_000)
        private String signature;

        Views.RepresentativeSignature toSignature() {
            return new Views.RepresentativeSignature(representativeName, representativePosition, signature);
        }

        public String getRepresentativeName() {
            return representativeName;
        }

        public void setRepresentativeName(String representativeName) {
            this.representativeName = representativeName;
        }

        public String getRepresentativePosition() {
            return representativePosition;
        }

        public void setRepresentativePosition(String representativePosition) {
            this.representativePosition = representativePosition;
        }

        public String getSignature() {
            return signature;
        }

        public void setSignature(String signature) {
            this.signature = signature;
        }
    }

    /** A refusal to sign, with its reason and the witnessing inspector. */
    static class RefusalForm {
        @NotBlank
        @Size(max = 500)
        private String reason;
        @NotNull
        private Long witnessStaffId;

        Views.SignatureRefusal toRefusal() {
            return new Views.SignatureRefusal(reason, witnessStaffId);
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public Long getWitnessStaffId() {
            return witnessStaffId;
        }

        public void setWitnessStaffId(Long witnessStaffId) {
            this.witnessStaffId = witnessStaffId;
        }
    }

    /** A decision (approve/return, accept/reject, or an escalation decision) with its reason. */
    static class DecisionForm {
        @NotBlank
        @Size(max = 20)
        private String decision;
        @Size(max = 2000)
        private String reason;

        String trimmedReason() {
            return reason == null || reason.isBlank() ? null : reason.trim();
        }

        public String getDecision() {
            return decision;
        }

        public void setDecision(String decision) {
            this.decision = decision;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
