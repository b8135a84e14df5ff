package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.registry.PartyDetails;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.PartyQuery;
import cn.chuanyu.metrology.registry.PartyRegister;
import cn.chuanyu.metrology.registry.PartyStatus;
import cn.chuanyu.metrology.registry.PartySummary;
import cn.chuanyu.metrology.registry.ReferenceData;
import cn.chuanyu.metrology.registry.ResultPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** The register of parties: list, read, register, edit and deactivate. Writes need an administrator. */
@RestController
@RequestMapping("/api/registry/parties")
@Tag(name = "Registry: parties",
        description = "Authorised bodies (授权计量技术机构) and instrument makers (计量器具生产企业)")
class PartyController {

    private final PartyRegister parties;
    private final ReferenceData referenceData;

    PartyController(PartyRegister parties, ReferenceData referenceData) {
        this.parties = parties;
        this.referenceData = referenceData;
    }

    @GetMapping
    @Operation(summary = "A page of parties, filtered and sorted",
            description = "sort: id, creditCode, nameZh, nameEn, province, kind, status, riskClass or updatedAt, "
                    + "optionally followed by ,asc or ,desc")
    ResultPage<PartySummary> list(
            @RequestParam(required = false) @Pattern(regexp = "SC|CQ", message = "{problem.province}") String province,
            @RequestParam(required = false) PartyKind kind,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) PartyStatus status,
            @RequestParam(defaultValue = "id") String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        if (category != null && !referenceData.codes().knownCategory(category)) {
            throw new InvalidInputException("category", "problem.unknownCategory", category);
        }
        SortOrder<PartyQuery.SortField> order = SortOrder.parse(sort, PartyQuery.SortField.class);
        return parties.find(new PartyQuery(province, kind, category, status, order.field(), order.descending(),
                page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One party with its certificate, standards and products; expired ones are flagged")
    PartyDetails get(@PathVariable long id) {
        return parties.get(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Register a party (ADMIN); 409 when the credit code is already registered")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PartyDetails> create(@Valid @RequestBody CreatePartyRequest request) {
        long id = parties.register(request.toDraft());
        return ResponseEntity.created(URI.create("/api/registry/parties/" + id)).body(parties.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Replace a party's details (ADMIN); 409 when the version is not the current one")
    PartyDetails update(@PathVariable long id, @Valid @RequestBody UpdatePartyRequest request) {
        parties.update(id, request.version(), request.toDraft());
        return parties.get(id);
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Set a party INACTIVE (ADMIN); 409 when the version is not the current one")
    PartyDetails deactivate(@PathVariable long id, @Valid @RequestBody VersionRequest request) {
        parties.deactivate(id, request.version());
        return parties.get(id);
    }
}
