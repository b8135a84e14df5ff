package cn.chuanyu.metrology.audit.web;

import cn.chuanyu.metrology.audit.AuditCheckpoints;
import cn.chuanyu.metrology.audit.AuditPage;
import cn.chuanyu.metrology.audit.AuditQuery;
import cn.chuanyu.metrology.audit.AuditTrail;
import cn.chuanyu.metrology.audit.ChainVerification;
import cn.chuanyu.metrology.audit.Checkpoint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;

/**
 * Lets administrators read the audit log, verify its chain against the published checkpoints, and write a
 * checkpoint now.
 */
@RestController
@RequestMapping("/api/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
@Validated
class AuditController {

    private final AuditTrail trail;
    private final AuditCheckpoints checkpoints;

    AuditController(AuditTrail trail, AuditCheckpoints checkpoints) {
        this.trail = trail;
        this.checkpoints = checkpoints;
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

    /** Writes a checkpoint of the chain now; it is published at once and mailed to the administrators. */
    @PostMapping("/checkpoints")
    ResponseEntity<Checkpoint> writeCheckpoint(Principal administrator) {
        Checkpoint checkpoint = checkpoints.requestNow(administrator.getName());
        return ResponseEntity.created(URI.create("/api/public/audit/checkpoints/" + checkpoint.number()))
                .body(checkpoint);
    }
}
