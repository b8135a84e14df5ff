package cn.chuanyu.metrology.audit.web;

import cn.chuanyu.metrology.audit.AuditPage;
import cn.chuanyu.metrology.audit.AuditQuery;
import cn.chuanyu.metrology.audit.AuditTrail;
import cn.chuanyu.metrology.audit.ChainVerification;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lets administrators read the audit log and verify its hash chain. */
@RestController
@RequestMapping("/api/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
@Validated
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    AuditPage list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                   @RequestParam(required = false) String subjectType,
                   @RequestParam(required = false) String subjectId,
                   @RequestParam(defaultValue = "0") @Min(0) int page,
                   @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return trail.find(new AuditQuery(actor, action, subjectType, subjectId, page, size));
    }

    @GetMapping("/verify")
    ChainVerification verify() {
        return trail.verify();
    }
}
