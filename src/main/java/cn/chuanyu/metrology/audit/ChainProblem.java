package cn.chuanyu.metrology.audit;

/**
 * One thing the verification of a chain found wrong: what kind, at which record and/or checkpoint, in words.
 */
public record ChainProblem(Kind kind, Long sequence, Long checkpoint, String message) {

    /** What was found. */
    public enum Kind {
        /** A record's content or link value is not what was written (the first such record is named). */
        RECORD_CHANGED,
        /** A record in the middle of the chain is gone. */
        RECORD_MISSING,
        /** The newest records are gone: the chain ends before a checkpoint's head. */
        TRUNCATED,
        /** A checkpoint's row is not what was written (its MAC or its link to the one before fails). */
        CHECKPOINT_CHANGED,
        /** A checkpoint is gone from the numbering. */
        CHECKPOINT_MISSING,
        /** A checkpoint no longer matches the chain: the record at its head carries another link value. */
        CHECKPOINT_MISMATCH,
        /** A record or checkpoint names a key this node does not hold: it cannot be checked here. */
        UNKNOWN_KEY,
        /** The newest record carries no key (only records from before the chain had a key may lack one). */
        UNKEYED_HEAD
    }
}
