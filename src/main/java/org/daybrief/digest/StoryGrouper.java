package org.daybrief.digest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.daybrief.text.TermAnalyzer;

/**
 * Groups documents into stories: near-duplicates (re-saved copies, small edits) and close follow-ups (the same
 * event in other words) end up in one group; two different events on one topic stay apart.
 *
 * <p>Two documents are linked when either
 * <ul>
 * <li>they are <b>near-duplicates</b>: the Jaccard similarity of their {@value MinHash#SHINGLE}-word shingle sets,
 *     estimated by {@link MinHash}, is at least {@link #NEAR_DUPLICATE_JACCARD}. Candidates come from LSH banding
 *     ({@value #BANDS} bands of {@value #ROWS} rows: a pair at Jaccard 0.5 shares a band with probability 0.87,
 *     at 0.7 with probability above 0.999, at 0.2 with probability 0.05); or</li>
 * <li>they tell the <b>same event</b>: the TF-IDF cosine of their term vectors (title terms counted twice) is at
 *     least {@link #SAME_EVENT_COSINE}, or at least {@link #RELATED_COSINE} with at least {@link #SHARED_NAMES}
 *     shared rare names or numbers (capitalised words not opening a sentence, numbers of two or more digits,
 *     each in at most {@link #RARE_SHARE} of the documents, or {@link #RARE_MIN} when that is more). Candidates come from blocking: documents that share
 *     at least one of their {@value #TOP_TERMS} heaviest terms or one name (every pair up to
 *     {@value #ALL_PAIRS_UP_TO} documents), ignoring terms and names in more than
 *     {@value #MAX_POSTINGS} documents, so the work grows with the number of documents, not its square.</li>
 * </ul>
 * The thresholds were set on the seed articles, where reports of one event score cosine 0.31–0.35 with 4–8
 * shared names and different events at most 0.17 (same city, same topic), and checked on hand-written sets.
 * Each text is read as far as its {@link #lead}: a title and the first {@value #LEAD_CHARS} characters.
 * Stories are the connected groups. Earlier documents (from previous digests) take part in the linking but
 * never join a group: a group linked to one is reported as an update.
 *
 * <p>Deterministic: the result depends only on the documents and their order. Not thread-safe; one instance
 * per grouping.
 */
final class StoryGrouper {

    static final double NEAR_DUPLICATE_JACCARD = 0.5;
    static final double SAME_EVENT_COSINE = 0.45;
    static final double RELATED_COSINE = 0.22;
    static final int SHARED_NAMES = 3;
    static final double RARE_SHARE = 0.1;
    static final int RARE_MIN = 5;
    static final int BANDS = 32;
    static final int ROWS = MinHash.HASHES / BANDS;
    static final int TOP_TERMS = 16;
    static final int MAX_POSTINGS = 40;
    /** Up to this many documents every pair is compared (cheap, and blocking is weakest on small sets). */
    static final int ALL_PAIRS_UP_TO = 300;
    /**
     * Characters of each text that grouping reads (its {@link #lead}). News tells the event first; what follows in
     * a web article (more background, related links, comments) linked stories on other events. On the Multi-News
     * clusters mixed with 2,187 single articles as one day ({@code GroupingLeadEvalTest}), reading 3,000
     * characters instead of whole texts raised the pairwise precision from 0.53 to 0.63 for a recall of 0.59
     * against 0.62, the largest group fell from 85 documents to 54, and grouping took half the time.
     */
    static final int LEAD_CHARS = 3_000;

    /** One document as the grouper reads it. */
    record Item(String title, String body, String language) {
    }

    /** The result: groups of the first {@code current} items, and for each of them the earlier items it matched. */
    record Grouping(List<int[]> groups, Map<Integer, TreeSet<Integer>> earlierMatches, long pairsCompared) {
    }

    private final List<Item> items;
    private final int current;
    private final TextTools tools;
    private final int leadChars;
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final List<SparseVector> vectors = new ArrayList<>();
    private final List<SparseVector> topicVectors = new ArrayList<>();
    /** Each item's names (see {@link #names(String)}) as name ids, in increasing order. */
    private int[][] names = new int[0][];
    private final List<long[]> signatures = new ArrayList<>();
    /** How many items use each name id. */
    private int[] nameFrequency = new int[0];
    private int[] documentFrequency = new int[0];

    /**
     * @param items   today's documents first, then earlier ones
     * @param current how many of {@code items} are today's
     */
    StoryGrouper(List<Item> items, int current, TextTools tools) {
        this(items, current, tools, LEAD_CHARS);
    }

    /** As {@link #StoryGrouper(List, int, TextTools)}, reading {@code leadChars} of each text (an evaluation's). */
    StoryGrouper(List<Item> items, int current, TextTools tools, int leadChars) {
        this.items = List.copyOf(items);
        this.current = current;
        this.tools = tools;
        this.leadChars = leadChars;
        analyse();
    }

    /**
     * Unit vector of item {@code i}'s common words only (no capitalised words, so no names), with damped IDF
     * ({@code sqrt}): what stories on one subject share even when they are about different events.
     */
    SparseVector topicVector(int i) {
        return topicVectors.get(i);
    }

    /** Unit TF-IDF vector of item {@code i}. */
    SparseVector vector(int i) {
        return vectors.get(i);
    }

    /** The vocabulary id of an index term (a stem, as {@link TermAnalyzer} gives it), or -2 for one no item uses. */
    int termId(String term) {
        Integer id = vocabulary.get(term);
        return id == null ? -2 : id;
    }

    /** How many items (today's and earlier ones) use the index term of this {@link #termId}. */
    int documentFrequency(int id) {
        return id < 0 || id >= documentFrequency.length ? 0 : documentFrequency[id];
    }

    int items() {
        return items.size();
    }

    int vocabularySize() {
        return vocabulary.size();
    }

    /**
     * What one item's text gives, computed in parallel: its terms counted (title terms twice) and its common terms
     * counted, each in order of first occurrence, so that vocabulary ids, assigned afterwards item by item, come out
     * as they would from reading every term of every item in order.
     */
    private record Analysis(OrderedCounts.Counted terms, OrderedCounts.Counted commonTerms, String[] names,
                            long[] signature) {
    }

    /** Per thread: the two counters {@link #analyse(Item)} fills, reused from item to item. */
    private static final ThreadLocal<OrderedCounts[]> COUNTERS =
            ThreadLocal.withInitial(() -> new OrderedCounts[] {new OrderedCounts(), new OrderedCounts()});

    private Analysis analyse(Item item) {
        TermAnalyzer analyzer = tools.analyzer(item.language());
        OrderedCounts[] counters = COUNTERS.get();
        OrderedCounts terms = counters[0];
        OrderedCounts common = counters[1];
        terms.clear();
        common.clear();
        // One pass over each text gives both views: every term (title terms twice), and the terms of words
        // without a capital (no names: what stories on one subject share).
        String body = lead(item.body(), leadChars);
        analyzer.scan(item.title(), (term, capitalised) -> count(term, capitalised, 2, terms, common));
        analyzer.scan(body, (term, capitalised) -> count(term, capitalised, 1, terms, common));
        return new Analysis(terms.counted(), common.counted(),
                names(item.title(), body).toArray(String[]::new),
                MinHash.signature(body.isBlank() ? item.title() : body));
    }

    /**
     * The opening of {@code text} that grouping reads: at most {@value #LEAD_CHARS} characters, cut before the last
     * whitespace within them (mid-word only when there is none).
     */
    static String lead(String text) {
        return lead(text, LEAD_CHARS);
    }

    private static String lead(String text, int chars) {
        if (text.length() <= chars) {
            return text;
        }
        int end = chars;
        while (end > 0 && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        if (end == 0) {
            end = Character.isLowSurrogate(text.charAt(chars)) ? chars - 1 : chars;
        }
        return text.substring(0, end);
    }

    private static void count(String term, boolean capitalised, int weight, OrderedCounts terms,
            OrderedCounts common) {
        if (term != null) {
            terms.add(term, weight);
            if (!capitalised) {
                common.add(term, 1);
            }
        }
    }

    /** An item's counts by vocabulary id, ids in increasing order. */
    private record Counts(int[] ids, int[] counts) {

        /** From a text's counts and the vocabulary ids of its terms, in the same order. */
        static Counts of(OrderedCounts.Counted counted, int[] idsInOrder) {
            // (id, count) packed in a long sorts by id.
            int[] byOrder = counted.counts();
            long[] packed = new long[byOrder.length];
            for (int k = 0; k < packed.length; k++) {
                packed[k] = (long) idsInOrder[k] << 32 | byOrder[k];
            }
            Arrays.sort(packed);
            int[] ids = new int[packed.length];
            int[] counts = new int[packed.length];
            for (int x = 0; x < packed.length; x++) {
                ids[x] = (int) (packed[x] >>> 32);
                counts[x] = (int) packed[x];
            }
            return new Counts(ids, counts);
        }
    }

    private void analyse() {
        // The text work (terms, names, MinHash) is per item and runs on every core; ids are assigned in item order
        // (one lookup per distinct term of an item), so the result does not depend on thread scheduling.
        List<Analysis> analyses = items.parallelStream().map(this::analyse).toList();
        // Names become ids too: pairs are compared by their shared rare names millions of times, as sorted ints.
        Map<String, Integer> nameVocabulary = new HashMap<>();
        names = new int[analyses.size()][];
        int[][] termIds = new int[analyses.size()][];
        int[][] commonIds = new int[analyses.size()][];
        for (int i = 0; i < analyses.size(); i++) {
            Analysis a = analyses.get(i);
            termIds[i] = ids(a.terms());
            commonIds[i] = ids(a.commonTerms());
            int[] ids = new int[a.names().length];
            int k = 0;
            for (String s : a.names()) {
                ids[k++] = nameVocabulary.computeIfAbsent(s, x -> nameVocabulary.size());
            }
            Arrays.sort(ids);
            names[i] = ids;
            signatures.add(a.signature());
        }
        int[] nf = new int[nameVocabulary.size()];
        for (int[] ids : names) {
            for (int id : ids) {
                nf[id]++;
            }
        }
        nameFrequency = nf;
        List<Counts> counts = IntStream.range(0, analyses.size()).parallel()
                .mapToObj(i -> Counts.of(analyses.get(i).terms(), termIds[i])).toList();
        List<Counts> commonCounts = IntStream.range(0, analyses.size()).parallel()
                .mapToObj(i -> Counts.of(analyses.get(i).commonTerms(), commonIds[i])).toList();
        int[] df = new int[vocabulary.size()];
        for (Counts c : counts) {
            for (int t : c.ids()) {
                df[t]++;
            }
        }
        documentFrequency = df;
        int n = items.size();
        // Weights as TF-IDF (damped for the topic vectors); each vector on its own, in parallel, in id order.
        vectors.addAll(counts.parallelStream().map(c -> weigh(c, df, n, false)).toList());
        topicVectors.addAll(commonCounts.parallelStream().map(c -> weigh(c, df, n, true)).toList());
    }

    /** The unit vector of an item's counts: {@code (1 + log tf) * idf}, or {@code * sqrt(idf)} when damped. */
    private static SparseVector weigh(Counts c, int[] df, int n, boolean damped) {
        double[] w = new double[c.ids().length];
        for (int x = 0; x < w.length; x++) {
            // A common term in no title or body (a word the capitals hid) counts as in one document.
            int documents = damped ? Math.max(df[c.ids()[x]], 1) : df[c.ids()[x]];
            double idf = Math.log((n + 1.0) / (documents + 0.5));
            w[x] = (1 + Math.log(c.counts()[x])) * (damped ? Math.sqrt(Math.max(idf, 0.01)) : Math.max(idf, 0.01));
        }
        return SparseVector.ofSorted(c.ids(), w).unit();
    }

    /** The vocabulary ids of a text's terms, in their order; a term not seen before gets the next id. */
    private int[] ids(OrderedCounts.Counted counted) {
        String[] terms = counted.terms();
        int[] out = new int[terms.length];
        for (int k = 0; k < terms.length; k++) {
            out[k] = id(terms[k]);
        }
        return out;
    }

    private int id(String term) {
        Integer id = vocabulary.get(term);
        if (id == null) {
            id = vocabulary.size();
            vocabulary.put(term, id);
        }
        return id;
    }

    /**
     * Most documents one blocking term or name may have before it is ignored as too common: fixed, so the
     * candidate pairs grow linearly with the documents (at most {@value #TOP_TERMS} terms plus the names of a
     * document, times {@value #MAX_POSTINGS}).
     */
    static int maxPostings(int documents) {
        return MAX_POSTINGS;
    }

    Grouping group() {
        int n = items.size();
        UnionFind sets = new UnionFind(current);
        Map<Integer, TreeSet<Integer>> earlier = new TreeMap<>();
        List<long[]> nearDuplicates = nearDuplicatePairs();
        int[][] nearPartners = partners(nearDuplicates, n);
        for (long[] pair : nearDuplicates) {
            link((int) pair[0], (int) pair[1], sets, earlier);
        }
        // Blocking on each document's heaviest terms.
        int maxPostings = maxPostings(n);
        int[][] top = IntStream.range(0, n).parallel().mapToObj(i -> topTerms(vectors.get(i))).toArray(int[][]::new);
        Map<Integer, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (int t : top[i]) {
                postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        int rareNames = Math.max(RARE_MIN, (int) Math.ceil(RARE_SHARE * n));
        int[][] namePostings = namePostings();
        int[][] rare = IntStream.range(0, n).parallel()
                .mapToObj(i -> Arrays.stream(names[i]).filter(id -> nameFrequency[id] <= rareNames).toArray())
                .toArray(int[][]::new);
        // Each of today's documents is compared with its candidates on every core, in blocks that each keep their
        // own scratch arrays; the links are then made in document order.
        int compareUpTo = Math.min(n, current);
        int[][] links = new int[compareUpTo][];
        long[] compared = new long[compareUpTo];
        int blockSize = Math.max(16, compareUpTo / (4 * Runtime.getRuntime().availableProcessors()) + 1);
        IntStream.range(0, (compareUpTo + blockSize - 1) / blockSize).parallel().forEach(block -> {
            Scratch scratch = new Scratch(n, vocabulary.size(), nameFrequency.length);
            for (int i = block * blockSize; i < Math.min(compareUpTo, (block + 1) * blockSize); i++) {
                int[] candidates = n <= ALL_PAIRS_UP_TO ? IntStream.range(i + 1, n).toArray()
                        : candidates(i, top[i], postings, namePostings, maxPostings, scratch);
                compared[i] = compare(i, candidates, nearPartners[i], rare, scratch, links);
            }
        });
        long pairsCompared = 0;
        for (int i = 0; i < compareUpTo; i++) {
            for (int j : links[i]) {
                link(i, j, sets, earlier);
            }
            pairsCompared += compared[i];
        }
        Map<Integer, List<Integer>> byRoot = new TreeMap<>();
        for (int i = 0; i < current; i++) {
            byRoot.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
        }
        List<int[]> groups = new ArrayList<>();
        for (List<Integer> g : byRoot.values()) {
            groups.add(g.stream().mapToInt(Integer::intValue).toArray());
        }
        return new Grouping(groups, earlier, pairsCompared);
    }

    /**
     * Per-thread work arrays of {@link #group()}: marks by document and by name id, and one vector spread out by
     * term id.
     */
    private static final class Scratch {
        final int[] candidate;
        final int[] nearDuplicate;
        final double[] spread;
        /** By name id: {@code i + 1} while item {@code i}'s rare names are compared. */
        final int[] rareName;
        int[] list = new int[256];
        int size;

        Scratch(int documents, int terms, int names) {
            candidate = new int[documents];
            nearDuplicate = new int[documents];
            spread = new double[terms];
            rareName = new int[names];
        }
    }

    /** For each item, the items after it that it is a near-duplicate of, in increasing order. */
    private static int[][] partners(List<long[]> pairs, int n) {
        int[] count = new int[n];
        for (long[] p : pairs) {
            count[(int) p[0]]++;
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new int[count[i]];
            count[i] = 0;
        }
        for (long[] p : pairs) { // in (i, j) order already
            out[(int) p[0]][count[(int) p[0]]++] = (int) p[1];
        }
        return out;
    }

    /**
     * The items after {@code i} that share one of its heaviest terms or one of its names, through postings of at
     * most {@code maxPostings} items, in increasing order.
     */
    private int[] candidates(int i, int[] topTerms, Map<Integer, List<Integer>> postings, int[][] namePostings,
            int maxPostings, Scratch scratch) {
        scratch.size = 0;
        for (int t : topTerms) {
            List<Integer> docs = postings.get(t);
            if (docs.size() <= maxPostings) {
                for (int j : docs) {
                    addCandidate(i, j, scratch);
                }
            }
        }
        for (int name : names[i]) {
            int[] docs = namePostings[name];
            if (docs.length <= maxPostings) {
                for (int j : docs) {
                    addCandidate(i, j, scratch);
                }
            }
        }
        int[] out = Arrays.copyOf(scratch.list, scratch.size);
        Arrays.sort(out);
        return out;
    }

    private static void addCandidate(int i, int j, Scratch scratch) {
        int mark = i + 1; // marks of earlier items are smaller: the array needs no clearing
        if (j > i && scratch.candidate[j] != mark) {
            scratch.candidate[j] = mark;
            if (scratch.size == scratch.list.length) {
                scratch.list = Arrays.copyOf(scratch.list, 2 * scratch.size);
            }
            scratch.list[scratch.size++] = j;
        }
    }

    /** For each name id, the items that use it, in increasing order. */
    private int[][] namePostings() {
        int[][] out = new int[nameFrequency.length][];
        for (int id = 0; id < out.length; id++) {
            out[id] = new int[nameFrequency[id]];
        }
        int[] filled = new int[out.length];
        for (int i = 0; i < names.length; i++) {
            for (int id : names[i]) {
                out[id][filled[id]++] = i;
            }
        }
        return out;
    }

    /**
     * Compares item {@code i} with its candidates other than its near-duplicates (linked already), puts the ones
     * it links with in {@code links[i]}, and returns how many it compared. The cosine is {@link SparseVector#dot}'s,
     * bit for bit: the same products summed in the same (term id) order, read from {@code i}'s vector spread out.
     */
    private long compare(int i, int[] candidates, int[] nearDuplicates, int[][] rare, Scratch scratch,
            int[][] links) {
        int mark = i + 1;
        for (int j : nearDuplicates) {
            scratch.nearDuplicate[j] = mark;
        }
        for (int name : rare[i]) {
            scratch.rareName[name] = mark;
        }
        SparseVector vi = vectors.get(i);
        for (int x = 0; x < vi.ids().length; x++) {
            scratch.spread[vi.ids()[x]] = vi.weights()[x];
        }
        int linked = 0;
        long compared = 0;
        int[] out = new int[4];
        for (int j : candidates) {
            if (scratch.nearDuplicate[j] == mark) {
                continue;
            }
            compared++;
            SparseVector vj = vectors.get(j);
            int[] ids = vj.ids();
            double[] weights = vj.weights();
            double cos = 0;
            for (int y = 0; y < ids.length; y++) {
                double a = scratch.spread[ids[y]];
                if (a != 0) {
                    cos += a * weights[y];
                }
            }
            if (cos >= SAME_EVENT_COSINE || (cos >= RELATED_COSINE && sharesRareNames(rare[j], mark, scratch))) {
                if (linked == out.length) {
                    out = Arrays.copyOf(out, 2 * linked);
                }
                out[linked++] = j;
            }
        }
        for (int x = 0; x < vi.ids().length; x++) {
            scratch.spread[vi.ids()[x]] = 0;
        }
        links[i] = Arrays.copyOf(out, linked);
        return compared;
    }

    /** Whether {@code names} holds at least {@value #SHARED_NAMES} of the rare names marked with {@code mark}. */
    private static boolean sharesRareNames(int[] names, int mark, Scratch scratch) {
        int shared = 0;
        for (int name : names) {
            if (scratch.rareName[name] == mark && ++shared == SHARED_NAMES) {
                return true;
            }
        }
        return false;
    }

    int sharedNames(int i, int j) {
        return sharedNames(i, j, Math.max(RARE_MIN, (int) Math.ceil(RARE_SHARE * items.size())));
    }

    private int sharedNames(int i, int j, int maxFrequency) {
        int[] a = names[i];
        int[] b = names[j];
        int shared = 0;
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x] < b[y]) {
                x++;
            } else if (a[x] > b[y]) {
                y++;
            } else {
                if (nameFrequency[a[x]] <= maxFrequency) {
                    shared++;
                }
                x++;
                y++;
            }
        }
        return shared;
    }

    private void link(int i, int j, UnionFind sets, Map<Integer, TreeSet<Integer>> earlier) {
        if (i < current && j < current) {
            sets.union(i, j);
        } else if (i < current) {
            earlier.computeIfAbsent(i, k -> new TreeSet<>()).add(j);
        } else if (j < current) {
            earlier.computeIfAbsent(j, k -> new TreeSet<>()).add(i);
        }
    }

    /** Pairs (i < j) whose estimated shingle Jaccard is at least the threshold, found by LSH banding. */
    List<long[]> nearDuplicatePairs() {
        int n = items.size();
        TreeSet<Long> pairs = new TreeSet<>();
        for (int band = 0; band < BANDS; band++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < n; i++) {
                long[] sig = signatures.get(i);
                if (sig == null) {
                    continue;
                }
                long h = band;
                for (int r = 0; r < ROWS; r++) {
                    h = MinHash.mix(h * 31 + sig[band * ROWS + r]);
                }
                buckets.computeIfAbsent(h, k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                // Each member is checked against the bucket's first few members: a big bucket of copies stays linear.
                for (int x = 1; x < bucket.size(); x++) {
                    for (int y = 0; y < Math.min(x, 8); y++) {
                        int i = bucket.get(y);
                        int j = bucket.get(x);
                        if (i >= current && j >= current) {
                            continue;
                        }
                        long key = (long) Math.min(i, j) * n + Math.max(i, j);
                        if (!pairs.contains(key)
                                && MinHash.similarity(signatures.get(i), signatures.get(j)) >= NEAR_DUPLICATE_JACCARD) {
                            pairs.add(key);
                        }
                    }
                }
            }
        }
        List<long[]> out = new ArrayList<>(pairs.size());
        for (long key : pairs) {
            out.add(new long[] {key / n, key % n});
        }
        return out;
    }

    private static int[] topTerms(SparseVector v) {
        Integer[] order = new Integer[v.ids().length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(v.weights()[b], v.weights()[a]);
            return c != 0 ? c : Integer.compare(v.ids()[a], v.ids()[b]);
        });
        int k = Math.min(TOP_TERMS, order.length);
        int[] out = new int[k];
        for (int x = 0; x < k; x++) {
            out[x] = v.ids()[order[x]];
        }
        return out;
    }

    /**
     * Named-entity-ish tokens: capitalised words that do not open a sentence or line, lower-cased, and numbers
     * with at least two digits (separators dropped: {@code 2,400} is {@code 2400}).
     */
    static Set<String> names(String text) {
        Set<String> out = new HashSet<>();
        addNames(text, out);
        return out;
    }

    /**
     * The names of a title and its text, as {@link #names(String)} of the two joined by a full stop and a line
     * break would give (each starts a sentence), without copying the text into one string.
     */
    static Set<String> names(String title, String body) {
        Set<String> out = new HashSet<>();
        addNames(title, out);
        addNames(body, out);
        return out;
    }

    private static void addNames(String text, Set<String> out) {
        int n = text.length();
        int i = 0;
        boolean sentenceStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || ((text.charAt(j) == ','
                        || text.charAt(j) == '.') && j + 1 < n && Character.isDigit(text.charAt(j + 1))
                        && Character.isDigit(c)))) {
                    j++;
                }
                // Only the words kept become strings (most words are neither numbers nor names).
                if (Character.isDigit(c)) {
                    String digits = text.substring(i, j).replace(",", "");
                    if (digits.length() >= 2) {
                        out.add(digits);
                    }
                } else if (Character.isUpperCase(c) && !sentenceStart && j - i > 1) {
                    out.add(text.substring(i, j).toLowerCase(java.util.Locale.ROOT));
                }
                sentenceStart = false;
                i = j;
            } else {
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '\u201C') {
                    sentenceStart = true;
                }
                i++;
            }
        }
    }
}
