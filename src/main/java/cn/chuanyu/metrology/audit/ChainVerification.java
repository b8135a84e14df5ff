package cn.chuanyu.metrology.audit;

import java.util.List;

/**
 * The outcome of checking a chain against its checkpoints: intact, or every problem found, the first of them
 * also as {@code brokenAt} (its record's sequence number, when it concerns a record) and {@code reason}.
 */
public record ChainVerification(boolean intact, long recordsChecked, long checkpointsChecked, Long brokenAt,
                                String reason, List<ChainProblem> problems) {

    public ChainVerification {
        problems = List.copyOf(problems);
    }

    static ChainVerification of(long recordsChecked, long checkpointsChecked, List<ChainProblem> problems) {
        if (problems.isEmpty()) {
            return new ChainVerification(true, recordsChecked, checkpointsChecked, null, null, problems);
        }
        ChainProblem first = problems.get(0);
        return new ChainVerification(false, recordsChecked, checkpointsChecked, first.sequence(), first.message(),
                problems);
    }

    /** The first problem of the kind, if any was found. */
    public java.util.Optional<ChainProblem> first(ChainProblem.Kind kind) {
        return problems.stream().filter(problem -> problem.kind() == kind).findFirst();
    }
}
