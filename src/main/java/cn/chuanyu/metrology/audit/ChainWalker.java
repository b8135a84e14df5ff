package cn.chuanyu.metrology.audit;

/**
 * Checks records one after another in sequence order: numbers without gaps from 1, each pointing at the hash of
 * the one before and carrying the hash of its own canonical form. Stops at the first break.
 */
public final class ChainWalker {

    private long expectedSequence = 1;
    private String previousHash = AuditChain.GENESIS;
    private long checked;
    private ChainVerification broken;

    /** Takes the next record; false once the chain is broken (later records need not be read). */
    public boolean accept(AuditRecord record) {
        if (broken != null) {
            return false;
        }
        if (record.sequence() != expectedSequence) {
            broken = ChainVerification.broken(checked, expectedSequence, record.sequence() > expectedSequence
                    ? "record " + expectedSequence + " is missing" : "records are out of sequence");
        } else if (!record.previousHash().equals(previousHash)) {
            broken = ChainVerification.broken(checked, record.sequence(), "previous hash does not match");
        } else if (!AuditChain.hash(record).equals(record.hash())) {
            broken = ChainVerification.broken(checked, record.sequence(), "record was changed after it was written");
        } else {
            checked++;
            expectedSequence++;
            previousHash = record.hash();
            return true;
        }
        return false;
    }

    public ChainVerification result() {
        return broken != null ? broken : ChainVerification.ok(checked);
    }
}
