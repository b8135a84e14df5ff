package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.inspection.Inspections;
import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.planning.draw.Draw;
import cn.chuanyu.metrology.planning.draw.DrawResult;
import cn.chuanyu.metrology.planning.draw.DrawnParty;
import cn.chuanyu.metrology.planning.draw.FrozenInputs;
import cn.chuanyu.metrology.planning.draw.SeedCeremony;
import cn.chuanyu.metrology.security.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Publishes campaign draws read-only, to everyone (一公开) and in the same form to the staff who see the campaign,
 * and verifies a stored draw by recomputing it: under {@code chuanyu-draw/2}, or under /1 for draws made then.
 */
@Service
@Transactional(readOnly = true)
public class Draws {

    private static final int MAX_DIFFERENCES = 20;

    private final CampaignStore campaigns;
    private final DrawStore draws;
    private final LegacyDrawStore legacy;
    private final Contributions contributions;
    private final RegisterQuery register;
    private final ObjectMapper json;
    private final Inspections inspections;

    Draws(CampaignStore campaigns, DrawStore draws, LegacyDrawStore legacy, Contributions contributions,
          RegisterQuery register, ObjectMapper json, Inspections inspections) {
        this.inspections = inspections;
        this.campaigns = campaigns;
        this.draws = draws;
        this.legacy = legacy;
        this.contributions = contributions;
        this.register = register;
        this.json = json;
    }

    /** The record as the staff who see the campaign read it: the same as everyone's (nothing is held back). */
    public DrawDocument record(long campaignId, CurrentUser user) {
        Campaign campaign = campaigns.find(campaignId).filter(found -> found.visibleTo(user))
                .orElseThrow(() -> Campaigns.notFound(campaignId));
        return document(campaign);
    }

    /**
     * For the staff who see the campaign: per position of the selection, the inspection started for it, where the
     * user may open that inspection (a joint campaign's supervisor sees the other province's parties, not their
     * inspections).
     */
    public Map<Integer, Long> startedInspections(long campaignId, CurrentUser user) {
        Campaign campaign = campaigns.find(campaignId).filter(found -> found.visibleTo(user))
                .orElseThrow(() -> Campaigns.notFound(campaignId));
        Map<Integer, Long> started = draws.startedInspections(campaign.id());
        Set<Long> visible = inspections.visibleTo(started.values(), user);
        Map<Integer, Long> openable = new TreeMap<>(started);
        openable.values().retainAll(visible);
        return openable;
    }

    /** The record as everyone may read it, without an account. */
    public DrawDocument publicRecord(long campaignId) {
        return document(campaigns.find(campaignId).orElseThrow(() -> Campaigns.notFound(campaignId)));
    }

    private DrawDocument document(Campaign campaign) {
        if (draws.algorithm(campaign.id()).filter(LegacyDrawStore.ALGORITHM::equals).isPresent()) {
            return legacyDocument(campaign);
        }
        Optional<DrawStore.Frozen> frozen = draws.frozen(campaign.id());
        Optional<DrawStore.Drawn> drawn = draws.drawn(campaign.id());
        FrozenInputs inputs = frozen.map(DrawStore.Frozen::inputs).orElse(null);
        DrawResult result = drawn.map(DrawStore.Drawn::result).orElse(null);
        PublicDraw.Hashes hashes = new PublicDraw.Hashes(inputs == null ? null : inputs.registerSha256(),
                inputs == null ? null : inputs.inspectorsSha256(), inputs == null ? null : inputs.partyExclusionsSha256(),
                inputs == null ? null : inputs.inspectorExclusionsSha256(),
                frozen.map(DrawStore.Frozen::frozenSha256).orElse(null),
                drawn.map(DrawStore.Drawn::inputsSha256).orElse(null),
                drawn.map(DrawStore.Drawn::resultSha256).orElse(null));
        return new PublicDraw(Draw.ALGORITHM, campaign.id(), campaign.name(), campaign.status(), campaign.seriesId(),
                campaign.occurrenceDate(), campaign.windowStart(), campaign.windowEnd(), campaign.recurrence() == null
                ? campaign.drawParameters() : null, contributions.of(campaign.id()),
                campaign.status() == CampaignStatus.FROZEN ? contributions.waitingFor(campaign.id()) : List.of(),
                opening(campaign.id()), frozen.map(DrawStore.Frozen::frozenAt).orElse(null),
                frozen.map(DrawStore.Frozen::frozenOn).orElse(null), inputs, hashes,
                drawn.map(DrawStore.Drawn::seed).orElse(null), drawn.map(DrawStore.Drawn::drawnAt).orElse(null),
                result, result == null ? List.of() : names(result));
    }

    private PublicDraw.Opening opening(long campaignId) {
        return campaigns.openingCapacity(campaignId).map(stored -> new PublicDraw.Opening(
                read(stored.capacityJson()), stored.confirmedBy() != null, stored.confirmedAt())).orElse(null);
    }

    private List<PublicDraw.DrawnPartyName> names(DrawResult result) {
        Map<Long, RegisterQuery.PartyName> names = register.names(result.selection().stream()
                .map(DrawnParty::partyId).toList());
        return result.selection().stream().map(drawn -> {
            RegisterQuery.PartyName name = names.get(drawn.partyId());
            return new PublicDraw.DrawnPartyName(drawn.position(), drawn.partyId(),
                    name == null ? null : name.creditCode(), name == null ? null : name.name());
        }).toList();
    }

    private LegacyDraw legacyDocument(Campaign campaign) {
        LegacyDrawStore.Stored stored = legacy.find(campaign.id()).orElseThrow();
        return new LegacyDraw(LegacyDrawStore.ALGORITHM, campaign.id(), campaign.name(), stored.inputs().seed(),
                stored.seedSource(), stored.registerSha256(), stored.inputs().publicRegisterSha256(),
                stored.inputs().inspectorsSha256(), stored.inputsSha256(), stored.exemptionSource(),
                stored.partyExclusions(), stored.inputs(), stored.result());
    }

    /** Runs the draw again from the stored record and compares every hash, value and output with it. */
    public DrawVerification verify(long campaignId, CurrentUser user) {
        campaigns.find(campaignId).filter(found -> found.visibleTo(user))
                .orElseThrow(() -> Campaigns.notFound(campaignId));
        String algorithm = draws.algorithm(campaignId)
                .orElseThrow(() -> new ConflictException("problem.campaign.notDrawn", campaignId));
        return LegacyDrawStore.ALGORITHM.equals(algorithm) ? verifyLegacy(campaignId) : verifyCurrent(campaignId);
    }

    private DrawVerification verifyCurrent(long campaignId) {
        DrawStore.Frozen frozen = draws.frozen(campaignId).orElseThrow();
        DrawStore.Drawn drawn = draws.drawn(campaignId)
                .orElseThrow(() -> new ConflictException("problem.campaign.notDrawn", campaignId));
        List<String> differences = new ArrayList<>();
        FrozenInputs inputs = frozen.inputs();
        boolean registerMatches = inputs.registerSha256().equals(frozen.registerSha256());
        String frozenSha256 = inputs.frozenSha256();
        if (!frozenSha256.equals(frozen.frozenSha256())) {
            differences.add("frozen inputs hash " + frozenSha256 + " vs published " + frozen.frozenSha256());
        }
        Map<cn.chuanyu.metrology.planning.draw.Contributor, String> values =
                new EnumMap<>(cn.chuanyu.metrology.planning.draw.Contributor.class);
        for (DrawContribution contribution : contributions.of(campaignId)) {
            if (!contribution.revealed() || !RevealRules.matches(campaignId, contribution, contribution.value())) {
                differences.add("the " + contribution.contributor() + " value does not match its commitment");
            }
            values.put(contribution.contributor(), contribution.value());
        }
        String seed = SeedCeremony.seed(campaignId, frozenSha256, values);
        if (!seed.equals(drawn.seed())) {
            differences.add("seed " + seed + " vs published " + drawn.seed());
        }
        boolean inputsMatch = SeedCeremony.inputsSha256(frozenSha256, seed).equals(drawn.inputsSha256());
        DrawResult again = Draw.run(inputs, seed);
        differences.addAll(again.differencesFrom(drawn.result(), MAX_DIFFERENCES));
        if (!again.resultSha256().equals(drawn.resultSha256())) {
            differences.add("result hash " + again.resultSha256() + " vs published " + drawn.resultSha256());
        }
        List<String> shown = differences.subList(0, Math.min(MAX_DIFFERENCES, differences.size()));
        return new DrawVerification(campaignId, Draw.ALGORITHM, differences.isEmpty() && registerMatches && inputsMatch,
                registerMatches, inputsMatch, List.copyOf(shown));
    }

    private DrawVerification verifyLegacy(long campaignId) {
        LegacyDrawStore.Stored stored = legacy.find(campaignId).orElseThrow();
        if (stored.result() == null) {
            throw new ConflictException("problem.campaign.notDrawn", campaignId);
        }
        List<String> differences = cn.chuanyu.metrology.planning.draw.v1.Draw.run(stored.inputs())
                .differencesFrom(stored.result(), MAX_DIFFERENCES);
        boolean registerMatches = stored.inputs().registerSha256().equals(stored.registerSha256());
        boolean inputsMatch = stored.inputs().inputsSha256().equals(stored.inputsSha256());
        return new DrawVerification(campaignId, LegacyDrawStore.ALGORITHM,
                differences.isEmpty() && registerMatches && inputsMatch, registerMatches, inputsMatch, differences);
    }

    private CampaignCapacity read(String capacityJson) {
        try {
            return json.readValue(capacityJson, CampaignCapacity.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored capacity is not readable", e);
        }
    }
}
