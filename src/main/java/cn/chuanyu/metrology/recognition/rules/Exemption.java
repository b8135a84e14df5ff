package cn.chuanyu.metrology.recognition.rules;

import java.util.HashSet;
import java.util.Set;

/** Whether recognitions in force exempt a party from a draw over some instrument categories. */
public final class Exemption {

    private Exemption() {
    }

    /**
     * Exempt when every category the draw would inspect the party for (the draw's categories it works in, or all
     * it works in when the draw names none) is recognised.
     */
    public static boolean exempts(Set<String> recognised, Set<String> partyCategories, Set<String> drawCategories) {
        Set<String> needed = new HashSet<>(partyCategories);
        if (!drawCategories.isEmpty()) {
            needed.retainAll(drawCategories);
        }
        return !needed.isEmpty() && recognised.containsAll(needed);
    }
}
