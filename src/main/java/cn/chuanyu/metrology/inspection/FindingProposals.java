package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.inspection.InspectionAccess.Seen;
import cn.chuanyu.metrology.inspection.policies.FindingPolicies;
import cn.chuanyu.metrology.inspection.policies.FindingPolicy;
import cn.chuanyu.metrology.inspection.policies.InspectedParty;
import cn.chuanyu.metrology.inspection.policies.ProposedFinding;
import cn.chuanyu.metrology.kernel.NotFoundException;
import cn.chuanyu.metrology.registry.Party;
import cn.chuanyu.metrology.registry.Registry;
import cn.chuanyu.metrology.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The automatic-findings step of the on-site inspection: runs the finding policies over what the registry holds
 * about the party, shows the team what they propose, and records a proposal the inspector confirms.
 */
@Service
class FindingProposals {

    private final InspectionAccess access;
    private final FindingStore findings;
    private final InspectionStore store;
    private final Registry registry;
    private final MessageSource messages;
    private final Clock clock;
    private final List<FindingPolicy> policies = FindingPolicies.ALL;

    FindingProposals(InspectionAccess access, FindingStore findings, InspectionStore store, Registry registry,
                     MessageSource messages, Clock clock) {
        this.access = access;
        this.findings = findings;
        this.store = store;
        this.registry = registry;
        this.messages = messages;
        this.clock = clock;
    }

    /** What the policies propose for an inspection the user may see, less what was already confirmed. */
    @Transactional(readOnly = true)
    List<ProposedFinding> open(long inspectionId, CurrentUser user) {
        return open(access.seen(inspectionId, user, false));
    }

    /** The open proposals as the reader sees them, in their language. */
    @Transactional(readOnly = true)
    List<Views.Proposal> shown(long inspectionId, CurrentUser user) {
        return open(inspectionId, user).stream().map(p -> new Views.Proposal(p.key(), p.policy(), p.checklistItem(),
                p.severity(), messages.getMessage(p.description(), LocaleContextHolder.getLocale()))).toList();
    }

    /** Records the proposal as a finding by the inspector of the team, worded in the inspector's language. */
    @Transactional
    long confirm(long inspectionId, String key, CurrentUser user) {
        Seen seen = access.seen(inspectionId, user, true);
        access.requireTeamInspector(seen, user);
        ProposedFinding proposal = open(seen).stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("problem.proposal.notFound", inspectionId, key));
        String description = messages.getMessage(proposal.description(), LocaleContextHolder.getLocale());
        long id = findings.insertProposed(inspectionId, proposal, description, user.staffId(), clock.instant());
        store.event(inspectionId, TaskKind.ON_SITE.taskKey, "FINDING_RECORDED", user.username(), user.staffId(),
                proposal.severity() + " " + proposal.checklistItem() + " #" + id + " (" + proposal.policy() + ")",
                clock.instant());
        return id;
    }

    private List<ProposedFinding> open(Seen seen) {
        if (!"ON_SITE".equals(seen.row().status())) {
            return List.of();
        }
        Party party = registry.party(seen.row().partyId()).orElseThrow();
        LocalDate day = seen.row().inspectedOn() == null ? LocalDate.now(clock) : seen.row().inspectedOn();
        Set<String> confirmed = findings.confirmedProposals(seen.row().id());
        return FindingPolicies.propose(policies,
                        new InspectedParty(party.id(), party.kind(), registry.credentials(party.id())), day)
                .stream().filter(proposal -> !confirmed.contains(proposal.key())).toList();
    }
}
