package org.daybrief.summarize;

/**
 * Title overlap: the IDF-weighted share of the title's terms that a sentence contains. All zero when the
 * document has no title.
 */
public final class TitleOverlapScorer implements SentenceScorer {

    @Override
    public String name() {
        return "title";
    }

    @Override
    public double[] score(ScoringContext doc) {
        double[] s = new double[doc.size()];
        int[] title = doc.titleTerms();
        if (title.length == 0) {
            return s;
        }
        double total = 0;
        for (int t : title) {
            total += doc.idf(t);
        }
        for (int i = 0; i < s.length; i++) {
            int[] ids = doc.uniqueTerms(i);
            double hit = 0;
            int x = 0;
            int y = 0;
            while (x < ids.length && y < title.length) {
                if (ids[x] == title[y]) {
                    hit += doc.idf(title[y]);
                    x++;
                    y++;
                } else if (ids[x] < title[y]) {
                    x++;
                } else {
                    y++;
                }
            }
            s[i] = hit / total;
        }
        return s;
    }
}
