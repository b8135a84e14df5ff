package cn.chuanyu.metrology.planning.draw.v1;

import cn.chuanyu.metrology.planning.draw.SeededKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The double-random draw (双随机): a pure function of its frozen inputs, so anyone holding the published inputs
 * can run it again and get the same parties, keys and teams on any machine.
 */
public final class Draw {

    /** Changes whenever any rule, byte form or formula of the draw changes. */
    public static final String ALGORITHM_VERSION = "chuanyu-draw/1";

    private Draw() {
    }

    public static DrawResult run(DrawInputs inputs) {
        if (!ALGORITHM_VERSION.equals(inputs.algorithmVersion())) {
            throw new IllegalArgumentException("unknown draw algorithm " + inputs.algorithmVersion());
        }
        ThreadLocal<SeededKeys> keys = ThreadLocal.withInitial(() -> new SeededKeys(inputs.seed()));
        PartySampler.Ranked[] ranked = PartySampler.rank(inputs.register(), keys);
        List<PartySampler.Selected> selected = PartySampler.select(ranked, inputs.parameters());
        TeamAssigner teams = new TeamAssigner(inputs.parameters(), inputs.inspectors());
        int[][] candidates = IntStream.range(0, selected.size()).parallel()
                .mapToObj(i -> teams.rank(selected.get(i).ranked().entry(), keys.get())).toArray(int[][]::new);
        List<DrawnParty> selection = new ArrayList<>(selected.size());
        List<InspectorExclusion> exclusions = new ArrayList<>();
        for (PartySampler.Selected choice : selected) {
            RegisterEntry party = choice.ranked().entry();
            TeamAssigner.Team team = teams.assign(party, candidates[selection.size()]);
            selection.add(new DrawnParty(selection.size() + 1, party.partyId(), party.province(), party.riskClass(),
                    party.weight(), choice.ranked().key(), choice.byMinimum(), team.members(), team.problem()));
            exclusions.addAll(team.exclusions());
        }
        return new DrawResult(ALGORITHM_VERSION, ranked.length, inputs.parameters().sampleSize(ranked.length),
                selection, exclusions);
    }
}
