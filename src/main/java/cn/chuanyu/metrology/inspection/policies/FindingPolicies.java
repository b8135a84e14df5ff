package cn.chuanyu.metrology.inspection.policies;

import java.time.LocalDate;
import java.util.List;

/** The list of finding policies the on-site step runs, in the order their proposals are shown. */
public final class FindingPolicies {

    /** Every policy in force. A new policy is added here, and nowhere else. */
    public static final List<FindingPolicy> ALL = List.of(
            new ExpiredCertificatePolicy(),
            new ExpiredStandardPolicy());

    private FindingPolicies() {
    }

    /** What all policies propose for the party as of the inspection day. */
    public static List<ProposedFinding> propose(List<FindingPolicy> policies, InspectedParty party,
                                                LocalDate inspectionDay) {
        return policies.stream().flatMap(policy -> policy.propose(party, inspectionDay).stream()).toList();
    }
}
