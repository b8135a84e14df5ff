package cn.chuanyu.metrology.planning;

/**
 * Before opening: how many parties the draw will pick from the register as it stands, and how many teams the
 * inspector pool can staff on the planned days (an upper bound: it counts each inspector's load cap and the days
 * their enforcement certificate covers, not conflicts, previous teams or each party's categories).
 *
 * @param partiesToDraw     n′: the count or ratio of the register, or more when the minimums per risk class need more
 * @param staffableTeams    at most this many teams can be drawn
 * @param shortfall         parties the draw will pick that no team can be drawn for (partiesToDraw − staffableTeams)
 * @param inspectors        inspectors in the pool: certificate valid on the first planned day, qualified for a
 *                          campaign category
 * @param inspectorsLeftOut active inspectors of the provinces left out for a missing or expired certificate
 * @param plannedDays       working days in the window the inspections are planned on
 */
public record CampaignCapacity(int registerSize, int partiesToDraw, int staffableTeams, int shortfall, int inspectors,
                               int inspectorsLeftOut, int plannedDays) {
}
