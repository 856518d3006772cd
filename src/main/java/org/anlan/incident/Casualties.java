package org.anlan.incident;

/** Persons affected by an incident; each count is 0..100,000. */
public record Casualties(int dead, int missing, int seriouslyInjured, int injured) {

    static final int MAX = 100_000;

    public Casualties {
        requireCount(dead, "dead");
        requireCount(missing, "missing");
        requireCount(seriouslyInjured, "seriouslyInjured");
        requireCount(injured, "injured");
    }

    public static Casualties none() {
        return new Casualties(0, 0, 0, 0);
    }

    /** Dead plus missing, the death count of the provisional {@link GradingRule#GENERAL_CASUALTIES} rule. */
    public int deadOrMissing() {
        return dead + missing;
    }

    private static void requireCount(int value, String field) {
        if (value < 0 || value > MAX) {
            throw new IllegalArgumentException(field + " must be between 0 and " + MAX + ", got " + value);
        }
    }
}
