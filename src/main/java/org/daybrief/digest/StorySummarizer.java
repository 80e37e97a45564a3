package org.daybrief.digest;

import org.daybrief.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.daybrief.summarize.Boilerplate;
import org.daybrief.summarize.Redundancy;
import org.daybrief.summarize.ScoredSentence;
import org.daybrief.text.Sentence;
import org.daybrief.text.TermAnalyzer;

/**
 * Multi-document extractive summary of one story: the union of its documents' sentences, scored by
 * <ul>
 * <li>{@code centrality}: TF-IDF cosine with the story's centroid, the sum of the documents' unit vectors, so
 *     terms that several sources use weigh most (IDF over the story's sentences);</li>
 * <li>{@code position}: a lead bias within each document, {@code 1/sqrt(1 + rank)} over its candidate sentences;</li>
 * </ul>
 * combined {@link #CENTRALITY_WEIGHT}:{@link #POSITION_WEIGHT}, then chosen greedily with maximal marginal
 * relevance ({@link #MMR_LAMBDA}) so the sources do not repeat each other: a sentence with cosine of at least
 * {@link #DUPLICATE_COSINE} to one already chosen is never taken, nor a paraphrase of one ({@link Restatement}: most of
 * the shorter sentence's content words and numbers already said, "voted 9-4" and "voted 9 to 4" alike), so the next
 * best new sentence takes its place. Candidates are sentences of
 * {@value #MIN_WORDS}–{@value #MAX_WORDS} words that are not boilerplate ({@link Boilerplate}: bylines, captions,
 * calls to action; cookie and subscription notices; stray pieces of a quotation that say nothing of its speaker)
 * and not exact repeats.
 *
 * <p>Stateless, thread-safe and deterministic (ties by document, then position).
 */
public final class StorySummarizer {

    static final double CENTRALITY_WEIGHT = 0.6;
    static final double POSITION_WEIGHT = 0.4;
    static final double MMR_LAMBDA = 0.75;
    static final double DUPLICATE_COSINE = 0.5;
    static final int MIN_WORDS = 6;
    static final int MAX_WORDS = 70;

    /** One document of a story. */
    public record Source(String title, String body, String language) {
        public Source {
            title = title == null ? "" : title;
            body = body == null ? "" : body;
            language = language == null || language.isBlank() ? "en" : language;
        }
    }

    /** A chosen sentence and the document (index into the sources) it comes from. */
    public record Chosen(int document, ScoredSentence sentence) {
    }

    /** Site furniture that scrapers and feeds leave in articles (the single-document {@link Boilerplate} rules, and more). */
    private static final java.util.regex.Pattern JUNK = java.util.regex.Pattern.compile("(?i)\\bwe use cookies\\b|"
            + "\\bcookies?\\b.*\\b(accept|consent|experience|browser)\\b|\\benable javascript\\b|"
            + "\\b(subscribe|sign up|log in|newsletter)\\b.*\\b(free|now|today|here|inbox)\\b|"
            + "\\bthis (article|story|content) (is|was) (available|provided|published)\\b|"
            + "\\b(advertisement|sponsored content)\\b|\\bhas been (updated|corrected) to\\b|"
            + "\\b(image|photo) (copyright|caption)\\b|\\bmailing list\\b|\\bcontact details\\b|"
            + "\\b(click|tap) (here|to)\\b|\\bterms of (use|service)\\b|\\bprivacy policy\\b");
    /**
     * A word of each of {@link #JUNK}'s alternatives, lower-case: a sentence with none of them cannot match, and
     * looking for them is much cheaper than the pattern, which tries every alternative at every position.
     */
    private static final List<String> JUNK_WORDS = List.of("cookie", "javascript", "subscribe", "sign up", "log in",
            "newsletter", "this article", "this story", "this content", "advertisement", "sponsored content",
            "has been", "image", "photo", "mailing list", "contact details", "click", "tap", "terms of",
            "privacy policy");

    private final TextTools tools;

    public StorySummarizer(TextTools tools) {
        this.tools = Objects.requireNonNull(tools, "tools");
    }

    /** At most {@code sentences} sentences, by score (best first). */
    public List<Chosen> summarize(List<Source> sources, int sentences) {
        return run(sources, sentences, Integer.MAX_VALUE);
    }

    /** As many sentences as fit in {@code words} words (at least one when there is any), best first. */
    public List<Chosen> summarizeWords(List<Source> sources, int words) {
        return run(sources, Integer.MAX_VALUE, words);
    }

    /** The chosen sentences in reading order: by document, then position. */
    public static List<Chosen> inDocumentOrder(List<Chosen> chosen) {
        return chosen.stream().sorted(Comparator.comparingInt(Chosen::document)
                .thenComparingInt(c -> c.sentence().index())).toList();
    }

    private record Candidate(int document, int index, int rank, String text, int words, Map<Integer, Integer> terms,
            Redundancy redundancy, String language) {
    }

    private List<Chosen> run(List<Source> sources, int maxSentences, int maxWords) {
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Integer> vocabulary = new HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int d = 0; d < sources.size(); d++) {
            Source s = sources.get(d);
            TermAnalyzer analyzer = tools.analyzer(s.language());
            Redundancy redundancy = Redundancy.forLanguage(s.language());
            List<Sentence> split = tools.split(s.language(), s.body());
            int rank = 0;
            for (int i = 0; i < split.size(); i++) {
                String text = split.get(i).of(s.body()).strip();
                int words = Words.count(text);
                if (words < MIN_WORDS || words > MAX_WORDS || Boilerplate.isBoilerplate(text, s.title(), words)
                        || isJunk(text)
                        || !seen.add(Words.key(text))) {
                    continue;
                }
                Map<Integer, Integer> terms = new LinkedHashMap<>();
                for (String t : analyzer.terms(text)) {
                    Integer id = vocabulary.computeIfAbsent(t, k -> vocabulary.size());
                    terms.merge(id, 1, Integer::sum);
                }
                if (terms.isEmpty()) {
                    continue;
                }
                candidates.add(new Candidate(d, i, rank++, text, words, terms, redundancy, s.language()));
            }
        }
        int n = candidates.size();
        if (n == 0) {
            return List.of();
        }
        int[] df = new int[vocabulary.size()];
        for (Candidate c : candidates) {
            for (int t : c.terms().keySet()) {
                df[t]++;
            }
        }
        SparseVector[] vectors = new SparseVector[n];
        for (int i = 0; i < n; i++) {
            Map<Integer, Double> w = new HashMap<>();
            for (Map.Entry<Integer, Integer> e : candidates.get(i).terms().entrySet()) {
                w.put(e.getKey(), e.getValue() * Math.log((n + 1.0) / df[e.getKey()]));
            }
            vectors[i] = SparseVector.of(w).unit();
        }
        // Centroid: each document's unit vector, summed.
        List<List<SparseVector>> perDocument = new ArrayList<>();
        for (int d = 0; d < sources.size(); d++) {
            perDocument.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            perDocument.get(candidates.get(i).document()).add(vectors[i]);
        }
        List<SparseVector> documentVectors = new ArrayList<>();
        for (List<SparseVector> v : perDocument) {
            if (!v.isEmpty()) {
                documentVectors.add(SparseVector.sum(v).unit());
            }
        }
        SparseVector centroid = SparseVector.sum(documentVectors);
        double[] centrality = new double[n];
        double maxCentrality = 0;
        for (int i = 0; i < n; i++) {
            centrality[i] = vectors[i].cosine(centroid);
            maxCentrality = Math.max(maxCentrality, centrality[i]);
        }
        double[] position = new double[n];
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            centrality[i] = maxCentrality > 0 ? centrality[i] / maxCentrality : 0;
            position[i] = 1 / Math.sqrt(1 + candidates.get(i).rank());
            score[i] = CENTRALITY_WEIGHT * centrality[i] + POSITION_WEIGHT * position[i];
        }
        List<Integer> picked = new ArrayList<>();
        boolean[] out = new boolean[n];
        // What a sentence states (Restatement) is worked out only for a sentence that comes up as the next pick, not
        // for all of them (half of a story summary's time): a sentence that restates the chosen ones restates them
        // after later picks too, so checking the best and looking again when it restates picks the same sentences.
        Redundancy.Analysed[] facts = new Redundancy.Analysed[n];
        int words = 0;
        while (picked.size() < maxSentences) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (out[i]) {
                    continue;
                }
                double maxSim = 0;
                for (int j : picked) {
                    maxSim = Math.max(maxSim, vectors[i].dot(vectors[j]));
                }
                if (maxSim >= DUPLICATE_COSINE) {
                    out[i] = true;
                    continue;
                }
                if (maxWords != Integer.MAX_VALUE && !picked.isEmpty() && words + candidates.get(i).words() > maxWords) {
                    continue;
                }
                double value = MMR_LAMBDA * score[i] - (1 - MMR_LAMBDA) * maxSim;
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            out[best] = true;
            if (restates(best, picked, candidates, facts)) {
                continue;
            }
            picked.add(best);
            words += candidates.get(best).words();
        }
        List<Chosen> chosen = new ArrayList<>(picked.size());
        for (int i : picked) {
            Candidate c = candidates.get(i);
            Map<String, Double> features = new LinkedHashMap<>();
            features.put("centrality", round(centrality[i]));
            features.put("position", round(position[i]));
            chosen.add(new Chosen(c.document(), new ScoredSentence(c.index(), c.text(), round(score[i]), features)));
        }
        return chosen;
    }

    /** Whether a sentence is site furniture ({@link #JUNK}). */
    static boolean isJunk(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String word : JUNK_WORDS) {
            if (lower.contains(word)) {
                return JUNK.matcher(text).find();
            }
        }
        return false;
    }

    /** Whether candidate {@code i} says again what a chosen sentence said, in other words ({@link Restatement}). */
    private static boolean restates(int i, List<Integer> picked, List<Candidate> candidates,
            Redundancy.Analysed[] facts) {
        for (int j : picked) {
            if (Restatement.restates(facts(i, candidates, facts), facts(j, candidates, facts))) {
                return true;
            }
        }
        return false;
    }

    /** Candidate {@code i}'s facts for {@link Restatement}, worked out on first use. */
    private static Redundancy.Analysed facts(int i, List<Candidate> candidates, Redundancy.Analysed[] facts) {
        if (facts[i] == null) {
            Candidate c = candidates.get(i);
            facts[i] = Restatement.stems(c.redundancy().analyse(c.text()), c.language());
        }
        return facts[i];
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
