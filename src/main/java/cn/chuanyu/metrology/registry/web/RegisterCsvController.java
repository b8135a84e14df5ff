package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.registry.imports.ImportJobView;
import cn.chuanyu.metrology.registry.imports.ImportJobs;
import cn.chuanyu.metrology.registry.imports.ImportKind;
import cn.chuanyu.metrology.registry.imports.RegisterExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.security.Principal;

/**
 * CSV import and export of parties and staff. An import answers 202 with the job to follow; the job shows the
 * rows read, validated and imported, and every bad row. Imports, their reports and the exports need ADMIN.
 */
@RestController
@RequestMapping("/api/registry")
@Tag(name = "Registry: CSV import and export")
// the exports hold every contact address and the import reports every row: administrators only
@PreAuthorize("hasRole('ADMIN')")
class RegisterCsvController {

    private static final String TEXT_CSV = "text/csv";

    private final ImportJobs imports;
    private final RegisterExport export;

    RegisterCsvController(ImportJobs imports, RegisterExport export) {
        this.imports = imports;
        this.export = export;
    }

    @PostMapping(path = "/{register:parties|staff}/import", consumes = TEXT_CSV)
    @Operation(summary = "Import new parties or staff from a CSV body (ADMIN)",
            description = "202 with the job to follow; 409 while the same file is being imported",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"),
                            examples = @ExampleObject("credit_code,kind,name_zh,province,region_code,risk_class\n"))))
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<ImportJobView> importCsv(@PathVariable String register, HttpServletRequest request,
                                            @RequestParam(required = false) String fileName, Principal principal)
            throws IOException {
        return started(imports.start(kind(register), request.getInputStream(), fileName, principal.getName()));
    }

    @PostMapping(path = "/{register:parties|staff}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import new parties or staff from an uploaded CSV file, form field 'file' (ADMIN)")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<ImportJobView> importFile(@PathVariable String register, @RequestPart("file") MultipartFile file,
                                             Principal principal) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return started(imports.start(kind(register), content, file.getOriginalFilename(), principal.getName()));
        }
    }

    @GetMapping("/imports/{id}")
    @Operation(summary = "An import job: status (RUNNING, SUCCEEDED, FAILED), progress and the first bad rows")
    ImportJobView job(@PathVariable long id) {
        return imports.get(id);
    }

    @GetMapping(path = "/imports/{id}/errors", produces = TEXT_CSV)
    @Operation(summary = "Every bad row of an import as CSV: row, column, reason",
            responses = @ApiResponse(responseCode = "200", description = "CSV",
                    content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"))))
    void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
        imports.get(id);
        Writer out = csvResponse(response, "import-" + id + "-errors.csv");
        CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader("row", "column", "reason").get().print(out);
        imports.eachError(id, problem -> {
            try {
                printer.printRecord(problem.row(), problem.column(), problem.reason());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    @GetMapping(path = "/parties/export", produces = TEXT_CSV)
    @Operation(summary = "All parties (or those of one province) as CSV in the import's columns",
            responses = @ApiResponse(responseCode = "200", description = "CSV",
                    content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"))))
    void exportParties(@RequestParam(required = false) @Pattern(regexp = "SC|CQ", message = "{problem.province}")
                       String province, HttpServletResponse response) throws IOException {
        export.parties(province, csvResponse(response, "parties.csv"));
    }

    @GetMapping(path = "/staff/export", produces = TEXT_CSV)
    @Operation(summary = "All staff (or those of one province) as CSV in the import's columns",
            responses = @ApiResponse(responseCode = "200", description = "CSV",
                    content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"))))
    void exportStaff(@RequestParam(required = false) @Pattern(regexp = "SC|CQ", message = "{problem.province}")
                     String province, HttpServletResponse response) throws IOException {
        export.staff(province, csvResponse(response, "staff.csv"));
    }

    private static Writer csvResponse(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        return response.getWriter();
    }

    private static ImportKind kind(String register) {
        return register.equals("parties") ? ImportKind.PARTIES : ImportKind.STAFF;
    }

    private static ResponseEntity<ImportJobView> started(ImportJobView job) {
        return ResponseEntity.accepted().location(URI.create("/api/registry/imports/" + job.id())).body(job);
    }
}
