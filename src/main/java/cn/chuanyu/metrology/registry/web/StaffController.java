package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.registry.ReferenceData;
import cn.chuanyu.metrology.registry.ResultPage;
import cn.chuanyu.metrology.registry.StaffDetails;
import cn.chuanyu.metrology.registry.StaffQuery;
import cn.chuanyu.metrology.registry.StaffRegister;
import cn.chuanyu.metrology.registry.StaffRole;
import cn.chuanyu.metrology.registry.StaffSummary;
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

/** The register of inspectors and supervisors: list, read, register, edit, deactivate. Writes need ADMIN. */
@RestController
@RequestMapping("/api/registry/staff")
@Tag(name = "Registry: staff", description = "Inspectors (执法检查人员) and supervisors (审核人)")
class StaffController {

    private final StaffRegister staff;
    private final ReferenceData referenceData;

    StaffController(StaffRegister staff, ReferenceData referenceData) {
        this.staff = staff;
        this.referenceData = referenceData;
    }

    @GetMapping
    @Operation(summary = "A page of staff, filtered and sorted",
            description = "sort: id, staffNo, nameZh, nameEn, province, role or updatedAt, "
                    + "optionally followed by ,asc or ,desc")
    ResultPage<StaffSummary> list(
            @RequestParam(required = false) @Pattern(regexp = "SC|CQ", message = "{problem.province}") String province,
            @RequestParam(required = false) StaffRole role,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "id") String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        if (category != null && !referenceData.codes().knownCategory(category)) {
            throw new InvalidInputException("category", "problem.unknownCategory", category);
        }
        SortOrder<StaffQuery.SortField> order = SortOrder.parse(sort, StaffQuery.SortField.class);
        return staff.find(new StaffQuery(province, role, category, active, order.field(), order.descending(),
                page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One staff member with qualifications and declared conflicts of interest")
    StaffDetails get(@PathVariable long id) {
        return staff.get(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Register a staff member (ADMIN); 409 when the staff number is in use")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<StaffDetails> create(@Valid @RequestBody CreateStaffRequest request) {
        long id = staff.register(request.toDraft());
        return ResponseEntity.created(URI.create("/api/registry/staff/" + id)).body(staff.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Replace a staff member's details (ADMIN); 409 when the version is not the current one")
    StaffDetails update(@PathVariable long id, @Valid @RequestBody UpdateStaffRequest request) {
        staff.update(id, request.version(), request.toDraft());
        return staff.get(id);
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Mark a staff member inactive (ADMIN); 409 when the version is not the current one")
    StaffDetails deactivate(@PathVariable long id, @Valid @RequestBody VersionRequest request) {
        staff.deactivate(id, request.version());
        return staff.get(id);
    }
}
