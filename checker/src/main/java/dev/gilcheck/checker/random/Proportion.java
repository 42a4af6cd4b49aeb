package dev.gilcheck.checker.random;

/**
 * A proportion estimated from {@code hits} successes in {@code trials}, with its Wilson score
 * interval (Wilson 1927), which stays inside [0, 1] and is sound even when no trial hit.
 */
public record Proportion(long hits, long trials) {
    /** The normal quantile for a two-sided 95 % interval. */
    public static final double Z95 = 1.959963984540054;

    public Proportion {
        if (trials <= 0 || hits < 0 || hits > trials) {
            throw new IllegalArgumentException(hits + " hits in " + trials + " trials");
        }
    }

    public double estimate() {
        return (double) hits / trials;
    }

    /** The lower end of the interval: exactly 0 when nothing hit (the formula leaves rounding dust). */
    public double lower() {
        return hits == 0 ? 0 : Math.max(0, centre() - halfWidth());
    }

    /** The upper end of the interval: exactly 1 when every trial hit. */
    public double upper() {
        return hits == trials ? 1 : Math.min(1, centre() + halfWidth());
    }

    private double centre() {
        double z2 = Z95 * Z95;
        return (estimate() + z2 / (2.0 * trials)) / (1 + z2 / trials);
    }

    private double halfWidth() {
        double p = estimate();
        double n = trials;
        double z2 = Z95 * Z95;
        return Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    }
}
