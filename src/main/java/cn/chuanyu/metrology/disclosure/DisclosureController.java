package cn.chuanyu.metrology.disclosure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The public list of approved inspection results; open without sign-in. */
@RestController
@RequestMapping("/api/public/disclosures")
@Validated
class DisclosureController {

    private final Disclosures disclosures;

    DisclosureController(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    @GetMapping
    List<Disclosure> list(@RequestParam(required = false) @Pattern(regexp = "SC|CQ", message = "{problem.province}") String province,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                          @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int offset) {
        return disclosures.list(province, limit, offset);
    }
}
