package dev.gilcheck.crosscheck;

import dev.gilcheck.model.Strategy;
import dev.gilcheck.crosscheck.port.PortVocabulary;

/** One strategy and site: what each checker says about it. */
record Row(Strategy strategy, String key, OurChecker.Witnessed ours, LincheckSearch.Outcome lincheck,
           LincheckSearch.Outcome targeted) {

    enum Agreement {
        BOTH_REACH("agree: reachable"),
        BOTH_REACH_TARGETED("agree: reachable (Lincheck needed a targeted run)"),
        LINCHECK_MISSED("DISAGREE: Lincheck did not find it within its budget"),
        ONLY_LINCHECK("DISAGREE: only Lincheck finds it"),
        NOT_OBSERVABLE("not observable by the port");

        final String text;

        Agreement(String text) {
            this.text = text;
        }
    }

    String invariant() {
        return key.substring(0, key.indexOf(" @ "));
    }

    String site() {
        return key.substring(key.indexOf(" @ ") + 3);
    }

    boolean observable() {
        return PortVocabulary.canReport(invariant(), site());
    }

    /** Lincheck's finding of this site: in the runs over all sites, or else in a targeted run. */
    LincheckSearch.Outcome lincheckFinding() {
        return lincheck != null ? lincheck : targeted != null && targeted.found() ? targeted : null;
    }

    Agreement agreement() {
        if (!observable()) {
            return Agreement.NOT_OBSERVABLE;
        }
        if (ours != null && lincheck != null) {
            return Agreement.BOTH_REACH;
        }
        if (ours != null && targeted != null && targeted.found()) {
            return Agreement.BOTH_REACH_TARGETED;
        }
        return ours != null ? Agreement.LINCHECK_MISSED : Agreement.ONLY_LINCHECK;
    }
}
