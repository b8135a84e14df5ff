package cn.chuanyu.metrology.planning.web;

import cn.chuanyu.metrology.planning.Campaign;
import cn.chuanyu.metrology.planning.CampaignProgress;
import cn.chuanyu.metrology.planning.CampaignStatus;
import cn.chuanyu.metrology.planning.Campaigns;
import cn.chuanyu.metrology.planning.NewCampaign;
import cn.chuanyu.metrology.planning.RecurringCampaigns;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** Campaigns over HTTP: create, open, and follow the opening (drawn N, started n, failures). */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

    private final Campaigns campaigns;
    private final RecurringCampaigns recurring;

    CampaignController(Campaigns campaigns, RecurringCampaigns recurring) {
        this.campaigns = campaigns;
        this.recurring = recurring;
    }

    /** A campaign with how far its opening has come, and for a recurring one the occurrences it opened. */
    record CampaignDetails(Campaign campaign, CampaignProgress progress, List<Long> occurrences) {
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
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<CampaignDetails> open(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.accepted().body(details(campaigns.open(id, user)));
    }

    /** The seed of a campaign that named a public value in advance. */
    record SeedRequest(String seed) {
    }

    @PutMapping("/{id}/seed")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    CampaignDetails enterSeed(@PathVariable long id, @Valid @RequestBody SeedRequest request,
                              @AuthenticationPrincipal CurrentUser user) {
        return details(campaigns.enterSeed(id, request.seed(), user));
    }

    @PostMapping("/{id}/end-series")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    CampaignDetails endSeries(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return details(recurring.endSeries(id, user));
    }

    private CampaignDetails details(Campaign campaign) {
        return new CampaignDetails(campaign, campaigns.progress(campaign), recurring.occurrences(campaign));
    }
}
