package cn.chuanyu.metrology.inspection.policies;

import java.time.LocalDate;
import java.util.List;

/**
 * A rule that looks at what the registry knows about the inspected party and proposes findings (不符合项) for the
 * inspector to confirm on site. A new rule is one class implementing this, added to {@link FindingPolicies#ALL}.
 */
public interface FindingPolicy {

    /** A short stable name; a confirmed finding keeps it with the subject it was about. */
    String name();

    /** The findings this rule proposes for the party as of the inspection day; empty when it sees nothing. */
    List<ProposedFinding> propose(InspectedParty party, LocalDate inspectionDay);
}
