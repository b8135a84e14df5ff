package cn.chuanyu.metrology.notification;

import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/** ADMIN's view of notices and of the failed jobs behind them, over HTTP. */
@RestController
@RequestMapping("/api/admin")
@PreAuthorize("hasRole('ADMIN')")
class NoticeAdminController {

    private final NoticeStore store;
    private final JobIncidents incidents;
    private final NoticeDelivery delivery;

    NoticeAdminController(NoticeStore store, JobIncidents incidents, NoticeDelivery delivery) {
        this.store = store;
        this.incidents = incidents;
        this.delivery = delivery;
    }

    @GetMapping("/notices")
    NoticePage notices(@RequestParam(required = false) NoticeStatus status,
                       @RequestParam(required = false) NoticeKind kind,
                       @RequestParam(required = false) Province province,
                       @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 200) {
            List<FieldProblem> problems = new ArrayList<>();
            if (page < 0) {
                problems.add(FieldProblem.of("page", "problem.atLeast", 0));
            }
            if (size < 1 || size > 200) {
                problems.add(FieldProblem.of("size", "problem.between", 1, 200));
            }
            throw new InvalidInputException(problems);
        }
        String s = status == null ? null : status.name();
        String k = kind == null ? null : kind.name();
        String p = province == null ? null : province.name();
        return new NoticePage(store.page(s, k, p, page, size).stream().map(NoticeSummary::of).toList(), page, size,
                store.count(s, k, p));
    }

    @GetMapping("/notices/{id}")
    NoticeRecord notice(@PathVariable long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("problem.notice.notFound", id));
    }

    /** Sends a FAILED notice again to the party's current addresses; 409 unless it is FAILED. */
    @PostMapping("/notices/{id}/resend")
    NoticeRecord resend(@PathVariable long id) {
        delivery.resend(id);
        return notice(id);
    }

    @GetMapping("/incidents")
    List<JobIncidents.IncidentView> incidents() {
        return incidents.list(500);
    }

    @PostMapping("/incidents/{id}/retry")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> retry(@PathVariable String id) {
        incidents.retry(id);
        return ResponseEntity.noContent().build();
    }

    /** The provinces a notice can come from. */
    enum Province { SC, CQ }

    record NoticePage(List<NoticeSummary> items, int page, int size, long total) {
    }

    /** A notice in a list: who, what, when, how it went; the rendered mail is in the detail. */
    record NoticeSummary(long id, NoticeKind kind, String province, long partyId, List<String> recipients,
                         String subject, NoticeStatus status, int attempts, String lastError,
                         java.time.Instant requestedAt, java.time.Instant sentAt) {
        static NoticeSummary of(NoticeRecord n) {
            return new NoticeSummary(n.id(), n.kind(), n.province(), n.partyId(), n.recipients(), n.subject(),
                    n.status(), n.attempts(), n.lastError(), n.requestedAt(), n.sentAt());
        }
    }
}
