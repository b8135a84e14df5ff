package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.inspection.rules.CaptureContext;
import cn.chuanyu.metrology.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The inspections API: open, list, read, findings, evidence, rectification and history. */
@RestController
@RequestMapping("/api/inspections")
@Validated
class InspectionController {

    private final InspectionWork work;
    private final InspectionQueries queries;
    private final FindingProposals proposals;

    InspectionController(InspectionWork work, InspectionQueries queries, FindingProposals proposals) {
        this.work = work;
        this.queries = queries;
        this.proposals = proposals;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUPERVISOR')")
    Views.Opened open(@Valid @RequestBody Views.OpenRequest request, @AuthenticationPrincipal CurrentUser user) {
        return new Views.Opened(work.open(request, user));
    }

    @GetMapping
    List<Views.InspectionSummary> list(
            @RequestParam(required = false) @Pattern(regexp = "SC|CQ", message = "{problem.province}") String province,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z_]{1,20}") String status,
            @RequestParam(required = false) Long partyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int offset,
            @AuthenticationPrincipal CurrentUser user) {
        return queries.list(new InspectionQueries.InspectionFilter(province, status, partyId, from, to, limit, offset),
                user);
    }

    @GetMapping("/{id}")
    Views.InspectionDetail detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return queries.detail(id, user);
    }

    @GetMapping("/{id}/history")
    List<Views.Event> history(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return queries.history(id, user);
    }

    @PostMapping("/{id}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    Views.FindingsRecorded addFinding(@PathVariable long id, @Valid @RequestBody Views.NewFinding finding,
                                      @AuthenticationPrincipal CurrentUser user) {
        return new Views.FindingsRecorded(List.of(work.addFinding(id, finding, user)));
    }

    @GetMapping("/{id}/proposed-findings")
    List<Views.Proposal> proposedFindings(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return proposals.shown(id, user);
    }

    @PostMapping("/{id}/proposed-findings/{key}/confirm")
    @ResponseStatus(HttpStatus.CREATED)
    Views.FindingsRecorded confirmProposedFinding(@PathVariable long id, @PathVariable String key,
                                                  @AuthenticationPrincipal CurrentUser user) {
        return new Views.FindingsRecorded(List.of(proposals.confirm(id, key, user)));
    }

    @PostMapping(path = "/{id}/findings/{findingId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Views.Evidence addFindingEvidence(@PathVariable long id, @PathVariable long findingId,
                                      @RequestPart("file") MultipartFile file,
                                      @RequestParam(required = false) Instant capturedAt,
                                      @RequestParam(required = false) Double latitude,
                                      @RequestParam(required = false) Double longitude,
                                      @RequestParam(required = false) Double accuracy,
                                      @AuthenticationPrincipal CurrentUser user) {
        return work.addFindingEvidence(id, findingId, file,
                new CaptureContext(capturedAt, latitude, longitude, accuracy), user);
    }

    @PostMapping(path = "/{id}/rectification/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Views.Evidence addRectificationEvidence(@PathVariable long id, @RequestPart("file") MultipartFile file,
                                            @AuthenticationPrincipal CurrentUser user) {
        return work.addRectificationEvidence(id, file, user);
    }

    @PostMapping("/{id}/rectification")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void submitRectification(@PathVariable long id, @Valid @RequestBody Views.RectificationSubmission submission,
                             @AuthenticationPrincipal CurrentUser user) {
        work.submitRectification(id, submission, user);
    }

    @GetMapping("/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId,
                                    @AuthenticationPrincipal CurrentUser user) {
        Views.EvidenceFile file = queries.evidenceFile(id, evidenceId, user);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}
