package cn.chuanyu.metrology.planning;

import java.util.List;

/**
 * The outcome of recomputing a stored draw from its stored inputs: whether the selection, keys, teams and
 * exclusions match, whether the inputs still hash to what was recorded, and where anything differs.
 */
public record DrawVerification(long campaignId, String algorithmVersion, boolean matches,
                               boolean registerHashMatches, boolean inputsHashMatches, List<String> differences) {
}
