package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.planning.draw.Draw;
import cn.chuanyu.metrology.planning.draw.DrawInputs;
import cn.chuanyu.metrology.planning.draw.DrawResult;
import cn.chuanyu.metrology.planning.draw.DrawnParty;
import cn.chuanyu.metrology.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Publishes campaign draws read-only (in full to signed-in users, without people to everyone) and verifies them. */
@Service
@Transactional(readOnly = true)
public class Draws {

    private static final int MAX_DIFFERENCES = 20;

    private final Campaigns campaigns;
    private final CampaignStore store;
    private final DrawStore draws;

    Draws(Campaigns campaigns, CampaignStore store, DrawStore draws) {
        this.campaigns = campaigns;
        this.store = store;
        this.draws = draws;
    }

    public DrawRecord record(long campaignId, CurrentUser user) {
        Campaign campaign = campaigns.find(campaignId, user);
        FrozenDraw frozen = frozen(campaignId);
        DrawInputs inputs = frozen.inputs();
        return new DrawRecord(campaignId, campaign.name(), inputs.algorithmVersion(), inputs.seed(),
                campaign.seedSource(), draws.hashes(campaignId).register(), draws.hashes(campaignId).inputs(),
                frozen.exemptionSource(), frozen.partyExclusions(), inputs, draws.result(campaignId).orElse(null));
    }

    /** The public draw: only once drawn, and only parties, never inspectors. */
    public PublicDrawRecord publicRecord(long campaignId) {
        Campaign campaign = store.find(campaignId).orElseThrow(() -> Campaigns.notFound(campaignId));
        DrawResult result = draws.result(campaignId).orElseThrow(() -> Campaigns.notFound(campaignId));
        FrozenDraw frozen = frozen(campaignId);
        Map<Long, DrawStore.PartyName> names = draws.partyNames(campaignId);
        List<PublicDrawRecord.Entry> register = frozen.inputs().register().stream()
                .map(entry -> new PublicDrawRecord.Entry(entry.partyId(), entry.province(), entry.riskClass(),
                        entry.weight(), entry.categories())).toList();
        List<PublicDrawRecord.Drawn> selection = new ArrayList<>();
        for (DrawnParty drawn : result.selection()) {
            DrawStore.PartyName name = names.get(drawn.partyId());
            selection.add(new PublicDrawRecord.Drawn(drawn.position(), drawn.partyId(), name.creditCode(),
                    name.name(), drawn.key(), drawn.byMinimum(), drawn.hasTeam()));
        }
        return new PublicDrawRecord(campaignId, campaign.name(), result.algorithmVersion(), frozen.inputs().seed(),
                campaign.seedSource(), frozen.inputs().publicRegisterSha256(), draws.hashes(campaignId).register(), draws.hashes(campaignId).inputs(),
                frozen.inputs().parameters(), register, frozen.partyExclusions(), selection);
    }

    /** Runs the draw again from the stored inputs and compares everything with the stored result. */
    public DrawVerification verify(long campaignId, CurrentUser user) {
        campaigns.find(campaignId, user);
        DrawInputs inputs = frozen(campaignId).inputs();
        DrawResult stored = draws.result(campaignId)
                .orElseThrow(() -> new ConflictException("problem.campaign.notDrawn", campaignId));
        DrawStore.Hashes hashes = draws.hashes(campaignId);
        List<String> differences = Draw.run(inputs).differencesFrom(stored, MAX_DIFFERENCES);
        boolean registerMatches = inputs.registerSha256().equals(hashes.register());
        boolean inputsMatch = inputs.inputsSha256().equals(hashes.inputs());
        return new DrawVerification(campaignId, inputs.algorithmVersion(),
                differences.isEmpty() && registerMatches && inputsMatch, registerMatches, inputsMatch, differences);
    }

    private FrozenDraw frozen(long campaignId) {
        return draws.frozen(campaignId).orElseThrow(() -> Campaigns.notFound(campaignId));
    }
}
