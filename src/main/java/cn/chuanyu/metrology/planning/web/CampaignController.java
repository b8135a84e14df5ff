package cn.chuanyu.metrology.planning.web;

import cn.chuanyu.metrology.planning.Campaign;
import cn.chuanyu.metrology.planning.CampaignCapacity;
import cn.chuanyu.metrology.planning.CampaignProgress;
import cn.chuanyu.metrology.planning.CampaignStatus;
import cn.chuanyu.metrology.planning.Campaigns;
import cn.chuanyu.metrology.planning.Contributions;
import cn.chuanyu.metrology.planning.DrawContribution;
import cn.chuanyu.metrology.planning.NewCampaign;
import cn.chuanyu.metrology.planning.RecurringCampaigns;
import cn.chuanyu.metrology.planning.Reveals;
import cn.chuanyu.metrology.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/**
 * Campaigns over HTTP: create, the seed ceremony (commitments before opening, reveals after the freeze), the
 * capacity before opening, open, and follow the opening (drawn N, started n, failures).
 */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

    private final Campaigns campaigns;
    private final Contributions contributions;
    private final Reveals reveals;
    private final RecurringCampaigns recurring;

    CampaignController(Campaigns campaigns, Contributions contributions, Reveals reveals,
                       RecurringCampaigns recurring) {
        this.campaigns = campaigns;
        this.contributions = contributions;
        this.reveals = reveals;
        this.recurring = recurring;
    }

    /**
     * A campaign with its seed ceremony (contributions, and what the draw waits for once frozen), the capacity
     * (before opening: as the register stands; once opened: as it was then), how far its opening has come, and for
     * a recurring one the occurrences it opened.
     */
    record CampaignDetails(Campaign campaign, List<DrawContribution> contributions,
                           List<Contributions.Waiting> waitingFor, CampaignCapacity capacity,
                           CampaignProgress progress, List<Long> occurrences) {
    }

    /** Opening; {@code confirmShortfall}: open although the pool cannot staff every party the draw will pick. */
    record OpenRequest(Boolean confirmShortfall) {
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CampaignDetails> create(@Valid @RequestBody NewCampaign request, @AuthenticationPrincipal CurrentUser user) {
        Campaign campaign = campaigns.create(request, user);
        return ResponseEntity.created(URI.create("/api/campaigns/" + campaign.id())).body(details(campaign));
    }

    @GetMapping
    @Operation(summary = "The campaigns the caller may see, newest first, optionally of one status")
    List<Campaign> list(@RequestParam(required = false) CampaignStatus status,
                        @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size,
                        @AuthenticationPrincipal CurrentUser user) {
        return campaigns.list(user, status, size);
    }

    @GetMapping("/{id}")
    CampaignDetails find(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return details(campaigns.find(id, user));
    }

    @PostMapping("/{id}/open")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    ResponseEntity<CampaignDetails> open(@PathVariable long id, @RequestBody(required = false) OpenRequest request,
                                         @AuthenticationPrincipal CurrentUser user) {
        boolean confirm = request != null && Boolean.TRUE.equals(request.confirmShortfall());
        return ResponseEntity.accepted().body(details(campaigns.open(id, confirm, user)));
    }

    /** Publishes a commitment of a planned campaign: the BEACON's naming, or a supervisor's SHA-256. */
    @PostMapping("/{id}/commitments")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    ResponseEntity<DrawContribution> commit(@PathVariable long id, @RequestBody Contributions.Commitment request,
                                            @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(201).body(contributions.commit(id, request, user));
    }

    /** Reveals a committed value once the register is frozen. */
    @PostMapping("/{id}/reveals")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    DrawContribution reveal(@PathVariable long id, @RequestBody Reveals.Reveal request,
                            @AuthenticationPrincipal CurrentUser user) {
        return reveals.reveal(id, request, user);
    }

    @PostMapping("/{id}/end-series")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    CampaignDetails endSeries(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return details(recurring.endSeries(id, user));
    }

    private CampaignDetails details(Campaign campaign) {
        return new CampaignDetails(campaign, contributions.of(campaign.id()),
                campaign.status() == CampaignStatus.FROZEN ? contributions.waitingFor(campaign.id()) : List.of(),
                campaign.status() == CampaignStatus.PLANNED ? campaigns.capacity(campaign)
                        : campaigns.openingCapacity(campaign).orElse(null),
                campaigns.progress(campaign), recurring.occurrences(campaign));
    }
}
