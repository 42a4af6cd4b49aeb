package dev.gilcheck.cli;

import dev.gilcheck.checker.random.Proportion;
import java.util.Locale;

/** Probabilities as percentages with three significant digits, however small: 96.9 %, 0.0150 %. */
final class Percent {
    private Percent() {
    }

    /** The estimate and its 95 % Wilson interval: {@code 1.40 % [1.19, 1.65]}. */
    static String withInterval(Proportion p) {
        return format(100 * p.estimate()) + " % [" + format(100 * p.lower()) + ", " + format(100 * p.upper()) + "]";
    }

    static String format(double percent) {
        if (percent == 0) {
            return "0";
        }
        int decimals = Math.max(0, Math.min(6, 2 - (int) Math.floor(Math.log10(percent))));
        return String.format(Locale.ROOT, "%." + decimals + "f", percent);
    }
}
