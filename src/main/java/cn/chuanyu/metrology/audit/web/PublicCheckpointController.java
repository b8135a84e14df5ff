package cn.chuanyu.metrology.audit.web;

import cn.chuanyu.metrology.audit.AuditCheckpoints;
import cn.chuanyu.metrology.audit.CheckpointCheck;
import cn.chuanyu.metrology.audit.PublishedCheckpoint;
import cn.chuanyu.metrology.kernel.NotFoundException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published checkpoints of the audit chain, for anyone and without sign-in: the list, one by number, and the
 * comparison of a checkpoint someone holds (mailed or printed) with the published one and the chain.
 */
@RestController
@RequestMapping("/api/public/audit/checkpoints")
@Validated
class PublicCheckpointController {

    private final AuditCheckpoints checkpoints;

    PublicCheckpointController(AuditCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @GetMapping
    PublicCheckpoints.Listing list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return PublicCheckpoints.listing(checkpoints, page, size);
    }

    @GetMapping("/{number}")
    PublishedCheckpoint find(@PathVariable long number) {
        return checkpoints.published(number)
                .orElseThrow(() -> new NotFoundException("problem.audit.checkpointNotFound", number));
    }

    @GetMapping("/{number}/check")
    CheckpointCheck check(@PathVariable String number, @RequestParam(required = false) String sequence,
                          @RequestParam(required = false) String headMac,
                          @RequestParam(required = false) String recordCount) {
        return PublicCheckpoints.check(checkpoints, number, sequence, headMac, recordCount);
    }
}
