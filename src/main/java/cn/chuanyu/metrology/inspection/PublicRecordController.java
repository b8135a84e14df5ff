package cn.chuanyu.metrology.inspection;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Anyone checks a copy of an on-site record from the address in its QR code: no sign-in, no personal data. */
@RestController
@RequestMapping("/api/public/records/{code}")
class PublicRecordController {

    private final RecordQueries queries;
    private final PublicRecordChecks checks;

    PublicRecordController(RecordQueries queries, PublicRecordChecks checks) {
        this.queries = queries;
        this.checks = checks;
    }

    @GetMapping
    @Operation(summary = "A filed record: number, party, date, outcome once published, SHA-256 of the PDF")
    RecordQueries.PublicRecord record(@PathVariable String code) {
        return queries.publicRecord(code);
    }

    @PostMapping(path = "/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Is this PDF (or this SHA-256) a filed version of the record?")
    PublicRecordChecks.Result check(@PathVariable String code,
                                    @RequestPart(name = "file", required = false) MultipartFile file,
                                    @RequestParam(required = false) String sha256) {
        return checks.check(code, file, sha256);
    }
}
