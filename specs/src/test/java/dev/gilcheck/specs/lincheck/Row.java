package dev.gilcheck.specs.lincheck;

import dev.gilcheck.model.Strategy;
import dev.gilcheck.specs.lincheck.port.PortVocabulary;

/** One strategy and site: what each checker says about it. */
record Row(Strategy strategy, String key, OurChecker.Witnessed ours, LincheckSearch.Outcome lincheck) {

    enum Agreement {
        BOTH_REACH("agree: reachable"),
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

    Agreement agreement() {
        if (!observable()) {
            return Agreement.NOT_OBSERVABLE;
        }
        if (ours != null && lincheck != null) {
            return Agreement.BOTH_REACH;
        }
        return ours != null ? Agreement.LINCHECK_MISSED : Agreement.ONLY_LINCHECK;
    }
}
