package org.daybrief.summarize;

/**
 * One signal about sentences: a raw score per sentence of a {@link ScoringContext}. Higher is better;
 * {@link Summarizer} rescales every scorer's output to [0, 1] before combining. Implementations are
 * immutable and thread-safe (all per-document state lives in the context).
 */
public interface SentenceScorer {

    /** The feature name shown in {@link ScoredSentence#features()} (e.g. {@code position}). */
    String name();

    /** One raw score per sentence, indexed like {@link ScoringContext#size()}. */
    double[] score(ScoringContext doc);
}
