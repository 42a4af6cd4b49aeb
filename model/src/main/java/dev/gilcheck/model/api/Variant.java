package dev.gilcheck.model.api;

import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.Toggles;

/**
 * A strategy with some toggles changed, named by its title: a user's patch of a modelled CPython
 * version, as a strategy file describes it ({@link StrategyFile}).
 *
 * @param title       what outputs call the variant
 * @param base        the strategy it patches
 * @param toggles     every toggle's value: the base's, with the patch's changes
 * @param bug         the link to the bug the patch answers
 * @param description what the patch does, or "" when the file says nothing
 */
public record Variant(String title, Strategy base, Toggles toggles, String bug, String description) {

    /** A strategy as it is, titled with its id. */
    public static Variant of(Strategy strategy) {
        return new Variant(strategy.id(), strategy, strategy.toggles(), strategy.bug(), strategy.summary());
    }

    /** The checkable model of the variant at {@code bounds}, named by the title (a strategy as it is keeps its id). */
    public CPythonModel model(Bounds bounds) {
        CPythonModel model = new CPythonModel(base, toggles, bounds);
        return equals(of(base)) ? model : model.titled(title);
    }

    /** The toggles changed on top of the base, as {@code name=value} settings separated by spaces. */
    public String changes() {
        StringBuilder sb = new StringBuilder();
        base.toggles().asMap().forEach((t, v) -> {
            if (!toggles.value(t).equals(v)) {
                sb.append(sb.length() == 0 ? "" : " ").append(t.id()).append('=').append(toggles.value(t));
            }
        });
        return sb.toString();
    }
}
