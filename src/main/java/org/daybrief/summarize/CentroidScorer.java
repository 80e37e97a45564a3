package org.daybrief.summarize;

/**
 * TF-IDF centroid similarity: the cosine between a sentence and the sum of all sentence vectors of the
 * document (the document's "topic"), as in MEAD's centroid feature.
 */
public final class CentroidScorer implements SentenceScorer {

    @Override
    public String name() {
        return "centroid";
    }

    @Override
    public double[] score(ScoringContext doc) {
        double[] centroid = new double[doc.vocabularySize()];
        for (int i = 0; i < doc.size(); i++) {
            int[] ids = doc.uniqueTerms(i);
            double[] w = doc.weights(i);
            for (int k = 0; k < ids.length; k++) {
                centroid[ids[k]] += w[k];
            }
        }
        double n = 0;
        for (double c : centroid) {
            n += c * c;
        }
        n = Math.sqrt(n);
        double[] s = new double[doc.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = doc.cosineWith(i, centroid, n);
        }
        return s;
    }
}
