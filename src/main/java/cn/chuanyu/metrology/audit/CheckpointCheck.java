package cn.chuanyu.metrology.audit;

import java.util.List;

/**
 * A checkpoint someone holds (mailed, printed, copied from the page) compared with the published one of the same
 * number and with the chain: whether the number is published at all, which given values differ from it, and
 * whether the chain's record at that sequence number still carries that head MAC.
 *
 * @param matches           the checkpoint held is the published one and the chain still carries its head
 * @param published         the published checkpoint of that number, null when there is none (any more)
 * @param differences       the given fields that differ from the published ones: sequence, headMac, recordCount
 * @param chainStillHasHead whether the chain's record at the given sequence number carries the given head MAC
 */
public record CheckpointCheck(long number, boolean matches, PublishedCheckpoint published, List<String> differences,
                              boolean chainStillHasHead) {

    public CheckpointCheck {
        differences = List.copyOf(differences);
    }

    static CheckpointCheck of(long number, PublishedCheckpoint published, List<String> differences,
                              boolean chainStillHasHead) {
        return new CheckpointCheck(number, published != null && differences.isEmpty() && chainStillHasHead,
                published, differences, chainStillHasHead);
    }
}
