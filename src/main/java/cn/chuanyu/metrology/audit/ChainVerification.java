package cn.chuanyu.metrology.audit;

/**
 * The outcome of walking the audit chain: intact, or the first sequence number where it breaks and why.
 */
public record ChainVerification(boolean intact, long recordsChecked, Long brokenAt, String reason) {

    static ChainVerification ok(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    static ChainVerification broken(long checked, long sequence, String reason) {
        return new ChainVerification(false, checked, sequence, reason);
    }
}
