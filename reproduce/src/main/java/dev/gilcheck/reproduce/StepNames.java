package dev.gilcheck.reproduce;

import dev.gilcheck.checker.Site;
import dev.gilcheck.model.SourceMap;
import dev.gilcheck.model.Step;
import java.util.HashMap;
import java.util.Map;

/** Which modelled {@link Step} a trace step is, from the site the model's source map gives it. */
final class StepNames {
    private final Map<Site, Step> steps = new HashMap<>();

    StepNames(SourceMap map) {
        for (Step step : Step.values()) {
            steps.putIfAbsent(map.site(step), step);
        }
    }

    Step of(Site site) {
        Step step = steps.get(site);
        if (step == null) {
            throw new IllegalStateException("no modelled step has the site " + site.describe());
        }
        return step;
    }
}
