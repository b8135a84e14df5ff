package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.registry.ReferenceData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The reference data: instrument categories and regions (read only). */
@RestController
@RequestMapping("/api/registry")
@Tag(name = "Registry: reference data")
class ReferenceDataController {

    private final ReferenceData referenceData;

    ReferenceDataController(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GetMapping("/categories")
    @Operation(summary = "Instrument categories (计量器具类别)")
    List<ReferenceData.Category> categories() {
        return referenceData.categories();
    }

    @GetMapping("/regions")
    @Operation(summary = "Regions of one province (SC or CQ) or of both")
    List<ReferenceData.Region> regions(
            @RequestParam(required = false) @Pattern(regexp = "SC|CQ", message = "{problem.province}") String province) {
        return referenceData.regions(province);
    }
}
