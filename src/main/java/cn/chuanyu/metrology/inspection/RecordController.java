package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The on-site record (现场检查记录) of an inspection: its summary and signing state, the representative's signature
 * or refusal, each inspector's confirmation, and the filed PDFs.
 */
@RestController
@RequestMapping("/api/inspections/{id}/record")
class RecordController {

    private final OnSiteRecords onSite;
    private final RecordQueries queries;

    RecordController(OnSiteRecords onSite, RecordQueries queries) {
        this.onSite = onSite;
        this.queries = queries;
    }

    @GetMapping
    Views.RecordStatus status(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return onSite.status(id, user);
    }

    @PostMapping("/signature")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void sign(@PathVariable long id, @Valid @RequestBody Views.RepresentativeSignature signature,
              @AuthenticationPrincipal CurrentUser user) {
        onSite.sign(id, signature, user);
    }

    @PostMapping("/refusal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void refuse(@PathVariable long id, @Valid @RequestBody Views.SignatureRefusal refusal,
                @AuthenticationPrincipal CurrentUser user) {
        onSite.refuse(id, refusal, user);
    }

    @PostMapping("/confirmation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        onSite.confirm(id, user);
    }

    @GetMapping("/versions")
    List<Views.FiledRecordView> versions(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return queries.filed(id, user);
    }

    @GetMapping("/versions/{version}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable int version,
                               @AuthenticationPrincipal CurrentUser user) {
        return download(queries.pdf(id, version, user));
    }

    static ResponseEntity<byte[]> download(Views.EvidenceFile file) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}
