package cn.chuanyu.metrology.planning.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The double-random draw (双随机), algorithm {@code chuanyu-draw/2}: a pure function of the frozen inputs and the
 * seed, so anyone holding the published record can run it again and get the same parties, keys, planned dates,
 * teams and exclusions on any machine. The README's section on the draw is its specification.
 */
public final class Draw {

    /** Changes whenever any rule, byte form or formula of the draw changes. */
    public static final String ALGORITHM = "chuanyu-draw/2";

    private Draw() {
    }

    public static DrawResult run(FrozenInputs frozen, String seed) {
        if (!SeedCeremony.isSha256(seed)) {
            throw new IllegalArgumentException("a chuanyu-draw/2 seed is 64 lowercase hexadecimal digits");
        }
        ThreadLocal<SeededKeys> keys = ThreadLocal.withInitial(() -> new SeededKeys(seed));
        PartyRanking.Ranked[] ranked = PartyRanking.rank(frozen.register(), keys);
        List<PartyRanking.Selected> selected = PartyRanking.select(ranked, frozen.parameters());
        TeamDraw teams = new TeamDraw(frozen.parameters(), frozen.inspectors());
        TeamDraw.Ranking[] rankings = IntStream.range(0, selected.size()).parallel()
                .mapToObj(i -> teams.rank(selected.get(i).ranked().line(), frozen.plannedDate(i + 1), keys.get()))
                .toArray(TeamDraw.Ranking[]::new);
        List<DrawnParty> selection = new ArrayList<>(selected.size());
        for (PartyRanking.Selected choice : selected) {
            int position = selection.size() + 1;
            TeamDraw.Team team = teams.assign(rankings[position - 1]);
            double key = choice.ranked().key();
            selection.add(new DrawnParty(position, choice.ranked().line().partyId(), key, DrawnParty.bits(key),
                    choice.byMinimum(), frozen.plannedDate(position), team.members(), team.excluded(),
                    team.problem()));
        }
        return new DrawResult(ALGORITHM, ranked.length, frozen.parameters().requestedSize(ranked.length),
                selection.size(), selection);
    }
}
