package dev.gilcheck.checker.parametric;

import java.util.Set;

/**
 * Checks a view set against explicit runs: every view of every world the parametric system reaches
 * with a given number of replicas is in the set (the set over-approximates them, as it claims to).
 */
public final class ViewCoverage {
    private ViewCoverage() {
    }

    /** The first view missing from {@code views}, described; null when the set covers every world seen within {@code maxWorlds}. */
    public static String firstMissing(ParametricSystem p, Set<View> views, int replicas, int maxWorlds) {
        ReplicaLayout layout = new ReplicaLayout(p);
        String[] missing = new String[1];
        ReplicaWorlds.each(p, replicas, maxWorlds, world -> {
            for (View v : layout.views(world, replicas)) {
                if (!views.contains(v)) {
                    missing[0] = "a world reachable with " + replicas + " replicas has a view outside the set: " + v;
                    return false;
                }
            }
            return true;
        });
        return missing[0];
    }
}
