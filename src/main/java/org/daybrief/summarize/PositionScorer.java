package org.daybrief.summarize;

/**
 * Position prior: the chance that a sentence at position {@code i} belongs in a summary decays with
 * {@code i}, as {@code 1 / (1 + i / halfLife)^power}. {@link #lead()} is the plain lead order; the default
 * summariser uses a gentler curve fitted on news dev data (position 0 ≈ 1, position 5 ≈ 0.4).
 */
public final class PositionScorer implements SentenceScorer {

    private final double halfLife;
    private final double power;

    public PositionScorer(double halfLife, double power) {
        if (halfLife <= 0 || power <= 0) {
            throw new IllegalArgumentException("halfLife and power must be > 0, got " + halfLife + ", " + power);
        }
        this.halfLife = halfLife;
        this.power = power;
    }

    /** Strictly decreasing with position: the first sentences win. */
    public static PositionScorer lead() {
        return new PositionScorer(1, 1);
    }

    @Override
    public String name() {
        return "position";
    }

    @Override
    public double[] score(ScoringContext doc) {
        double[] s = new double[doc.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = 1.0 / Math.pow(1.0 + i / halfLife, power);
        }
        return s;
    }
}
