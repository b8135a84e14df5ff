package cn.chuanyu.metrology.planning;

import java.time.LocalDate;
import java.util.Set;

/**
 * Mutual-recognition exemptions (结果互认免检) the draw honours. The recognition module provides the bean; until it
 * does, draws run without exemptions and say so in their record.
 */
public interface RecognitionExemptions {

    /** Parties exempt, on the given day, from the given province's draws for all of the given categories. */
    Set<Long> exemptPartyIds(String province, Set<String> categories, LocalDate on);
}
