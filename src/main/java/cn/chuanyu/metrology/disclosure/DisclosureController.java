package cn.chuanyu.metrology.disclosure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The public list of approved inspection results, open without sign-in: paged and searchable, and as open data
 * (all public results as CSV or JSON, with the JSON Schema of a record).
 */
@RestController
@RequestMapping("/api/public/disclosures")
@Validated
class DisclosureController {

    static final int EXPORT_MAX = 100_000;
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final DisclosureQueries queries;

    DisclosureController(DisclosureQueries queries) {
        this.queries = queries;
    }

    /** One page, newest first; the header {@code X-Total-Count} says how many match. */
    @GetMapping
    ResponseEntity<List<Disclosure>> list(@RequestParam(required = false) @Pattern(regexp = "SC|CQ", message = "{problem.province}") String province,
                                          @RequestParam(required = false) @Size(max = 100) String q,
                                          @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                                          @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int offset) {
        var filter = new DisclosureQueries.Filter(province, q, limit, offset);
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(queries.count(filter)))
                .body(queries.search(filter));
    }

    @GetMapping(value = "/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<Disclosure>> exportJson(@RequestParam(required = false) @Pattern(regexp = "SC|CQ", message = "{problem.province}")
                                                String province, @RequestParam(required = false) @Size(max = 100)
                                                String q) {
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"disclosures.json\"")
                .body(queries.search(new DisclosureQueries.Filter(province, q, EXPORT_MAX, 0)));
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    ResponseEntity<String> exportCsv(@RequestParam(required = false) @Pattern(regexp = "SC|CQ", message = "{problem.province}") String province,
                                     @RequestParam(required = false) @Size(max = 100) String q) {
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"disclosures.csv\"")
                .body(DisclosureCsv.write(queries.search(new DisclosureQueries.Filter(province, q, EXPORT_MAX, 0))));
    }

    /** The JSON Schema of one record of the JSON export and the list. */
    @GetMapping(value = "/schema.json", produces = "application/schema+json")
    Resource schema() {
        return new ClassPathResource("open-data/disclosure.schema.json");
    }
}
