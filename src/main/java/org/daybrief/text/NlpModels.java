package org.daybrief.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models Daybrief uses, each loaded once, on first need, from the model jars on the classpath:
 * sentence detectors (en, de, fr), tokenizers (en, de) and the language detector.
 *
 * <p><b>Thread safety:</b> an instance is safe to share between threads; each model is read once.
 * OpenNLP's {@code *ME} classes are not thread-safe, so every method here uses per-thread instances
 * ({@link ThreadLocal}) built on the shared, read-only models; likewise for the Snowball stemmers.
 */
public final class NlpModels {

    /** Languages detected from at most this many characters of a document. */
    public static final int LANGUAGE_SAMPLE_CHARS = 1000;
    /**
     * Below this many letters the detector is not trusted over a declared language: OpenNLP's n-gram detector
     * needs a sentence or two (a headline of five words is often placed in a neighbouring language).
     */
    public static final int DETECTOR_COMFORT_LETTERS = 150;
    /** The language reported when the text is too short or the detector is unsure. */
    public static final String UNDETERMINED = "und";

    private static final Map<String, String> SENTENCE_MODELS = Map.of(
            "en", "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
            "de", "/opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin",
            "fr", "/opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin");
    private static final Map<String, String> TOKENIZER_MODELS = Map.of(
            "en", "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin",
            "de", "/opennlp-de-ud-gsd-tokens-1.3-2.5.4.bin");
    private static final String LANGDETECT_MODEL = "/langdetect-183.bin";

    private static final Map<String, SnowballStemmer.ALGORITHM> STEMMERS = Map.ofEntries(
            Map.entry("en", SnowballStemmer.ALGORITHM.ENGLISH), Map.entry("de", SnowballStemmer.ALGORITHM.GERMAN),
            Map.entry("fr", SnowballStemmer.ALGORITHM.FRENCH), Map.entry("es", SnowballStemmer.ALGORITHM.SPANISH),
            Map.entry("it", SnowballStemmer.ALGORITHM.ITALIAN), Map.entry("nl", SnowballStemmer.ALGORITHM.DUTCH),
            Map.entry("pt", SnowballStemmer.ALGORITHM.PORTUGUESE), Map.entry("sv", SnowballStemmer.ALGORITHM.SWEDISH),
            Map.entry("da", SnowballStemmer.ALGORITHM.DANISH), Map.entry("no", SnowballStemmer.ALGORITHM.NORWEGIAN),
            Map.entry("fi", SnowballStemmer.ALGORITHM.FINNISH), Map.entry("ru", SnowballStemmer.ALGORITHM.RUSSIAN),
            Map.entry("ro", SnowballStemmer.ALGORITHM.ROMANIAN), Map.entry("hu", SnowballStemmer.ALGORITHM.HUNGARIAN),
            Map.entry("tr", SnowballStemmer.ALGORITHM.TURKISH), Map.entry("ca", SnowballStemmer.ALGORITHM.CATALAN),
            Map.entry("el", SnowballStemmer.ALGORITHM.GREEK), Map.entry("id", SnowballStemmer.ALGORITHM.INDONESIAN),
            Map.entry("ga", SnowballStemmer.ALGORITHM.IRISH), Map.entry("ar", SnowballStemmer.ALGORITHM.ARABIC));

    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();
    private static final int STEM_MEMO_SIZE = 50_000;

    /** Models are read on first need, per language: an English run never reads the German or French ones. */
    private final ConcurrentMap<String, SentenceSplitter> splitters = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ThreadLocal<TokenizerME>> tokenizers = new ConcurrentHashMap<>();
    private final ThreadLocal<LanguageDetectorME> languageDetector;
    private final StopwordLanguageGuess quickGuess = new StopwordLanguageGuess();
    private final ConcurrentMap<String, TermAnalyzer> analyzers = new ConcurrentHashMap<>();

    private NlpModels() {
        // The language model (10 MB, two seconds) is read on first need too: clear English, German or French text
        // never needs it (see StopwordLanguageGuess).
        CompletableFuture<LanguageDetectorModel> languageModel = new CompletableFuture<>();
        this.languageDetector = ThreadLocal.withInitial(() -> {
            synchronized (languageModel) {
                if (!languageModel.isDone()) {
                    languageModel.complete(read(LANGDETECT_MODEL, LanguageDetectorModel::new));
                }
            }
            return new LanguageDetectorME(languageModel.join());
        });
    }

    /**
     * The models, each read from the classpath on its first use (a sentence model takes about 0.1 s); call once
     * and share the result. Checks here that every model is on the classpath, so that a broken installation
     * stops a command at its start, not at its first German document.
     */
    public static NlpModels load() {
        List<String> resources = new ArrayList<>(SENTENCE_MODELS.values());
        resources.addAll(TOKENIZER_MODELS.values());
        resources.add(LANGDETECT_MODEL);
        for (String resource : resources) {
            if (NlpModels.class.getResource(resource) == null) {
                throw missing(resource);
            }
        }
        return new NlpModels();
    }

    /**
     * The language's entry of {@code loaded} (a model, or what is built on one), made by {@code load} on its first
     * request: concurrent first requests wait for the one load (a plain read first, as almost every request, one
     * per document, finds the entry).
     */
    private static <T> T once(ConcurrentMap<String, T> loaded, String language, Function<String, T> load) {
        T value = loaded.get(language);
        return value != null ? value : loaded.computeIfAbsent(language, load);
    }

    /** A model reader that may fail with an I/O error. */
    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M read(String resource, ModelReader<M> reader) {
        try (InputStream in = open(resource)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw missing(resource);
        }
        return in;
    }

    private static IllegalStateException missing(String resource) {
        return new IllegalStateException("OpenNLP model " + resource + " is not on the classpath;"
                + " check the opennlp-models-* dependencies");
    }

    /**
     * The ISO 639-1 code of the text's language (e.g. {@code en}), detected from its first
     * {@value #LANGUAGE_SAMPLE_CHARS} characters; {@value #UNDETERMINED} when there is too little text.
     */
    public String detectLanguage(String text) {
        String sample = text.length() > LANGUAGE_SAMPLE_CHARS ? text.substring(0, LANGUAGE_SAMPLE_CHARS) : text;
        if (letters(sample, 12) < 12) {
            return UNDETERMINED;
        }
        Optional<String> clear = quickGuess.guess(sample);
        if (clear.isPresent()) {
            return clear.get();
        }
        Language best = languageDetector.get().predictLanguage(sample);
        if (best == null) {
            return UNDETERMINED;
        }
        return ISO3_TO_ISO1.getOrDefault(best.getLang(), best.getLang());
    }

    /**
     * {@link #detectLanguage(String)}, except that a text with fewer than {@value #DETECTOR_COMFORT_LETTERS}
     * letters in its sample, or one the detector cannot place, is taken to be in {@code declared} (a job's
     * {@code language:}) when that is given: the detector guesses wildly on a headline or a caption.
     */
    public String detectLanguage(String text, String declared) {
        if (declared == null) {
            return detectLanguage(text);
        }
        if (letters(text, DETECTOR_COMFORT_LETTERS) < DETECTOR_COMFORT_LETTERS) {
            return declared;
        }
        String detected = detectLanguage(text);
        return detected.equals(UNDETERMINED) ? declared : detected;
    }

    /** Letters among the first {@value #LANGUAGE_SAMPLE_CHARS} characters, counted up to {@code enough}. */
    private static int letters(String text, int enough) {
        int letters = 0;
        int n = Math.min(text.length(), LANGUAGE_SAMPLE_CHARS);
        for (int i = 0; i < n && letters < enough; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    /** Whether an OpenNLP sentence model exists for the language. */
    public boolean hasSentenceModel(String language) {
        return SENTENCE_MODELS.containsKey(language);
    }

    /** The sentence splitter for a language: OpenNLP where a model exists, else {@link RuleBasedSplitter}. */
    public SentenceSplitter splitter(String language) {
        String resource = SENTENCE_MODELS.get(language);
        if (resource == null) {
            return new RuleBasedSplitter(language);
        }
        return once(splitters, language, lang -> new OpenNlpSplitter(read(resource, SentenceModel::new), lang));
    }

    /** A document split into sentences, with its detected language. */
    public record SplitText(String language, boolean fallbackSplitter, List<Sentence> sentences) {
    }

    /** Detects the language of {@code text} and splits it with that language's splitter. */
    public SplitText split(String text) {
        return split(text, null);
    }

    /** {@link #split(String)} with a declared language for short texts (see {@link #detectLanguage(String, String)}). */
    public SplitText split(String text, String declared) {
        String language = detectLanguage(text, declared);
        return new SplitText(language, !hasSentenceModel(language), splitter(language).split(text));
    }

    /** Tokens of {@code text}: OpenNLP's tokenizer for en/de, OpenNLP's {@link SimpleTokenizer} otherwise. */
    public String[] tokenize(String language, String text) {
        String resource = TOKENIZER_MODELS.get(language);
        if (resource == null) {
            return SimpleTokenizer.INSTANCE.tokenize(text);
        }
        return once(tokenizers, language, lang -> {
            TokenizerModel model = read(resource, TokenizerModel::new);
            return ThreadLocal.<TokenizerME>withInitial(() -> new TokenizerME(model));
        }).get().tokenize(text);
    }

    /** Stopwords of a language (lower case). */
    public Set<String> stopwords(String language) {
        return Stopwords.forLanguage(language);
    }

    /** Stems one lower-case word with the language's Snowball stemmer (identity when there is none). */
    public String stem(String language, String word) {
        return stemmer(language).apply(word);
    }

    /** Scoring's stopwords ({@link Stopwords#forScoring}) + Snowball stemming for a language, shared and thread-safe. */
    public TermAnalyzer termAnalyzer(String language) {
        return once(analyzers, language, l -> new TermAnalyzer(Stopwords.forScoring(l), stemmer(l)));
    }

    /** A thread-safe stemming function for the language (per-thread Snowball stemmers). */
    public static UnaryOperator<String> stemmer(String language) {
        SnowballStemmer.ALGORITHM algorithm = STEMMERS.get(language);
        if (algorithm == null) {
            return UnaryOperator.identity();
        }
        ThreadLocal<SnowballStemmer> local = ThreadLocal.withInitial(() -> new SnowballStemmer(algorithm));
        // News repeats its words: a per-thread memo of stems saves most of the stemmer's work.
        ThreadLocal<Map<String, String>> memo = ThreadLocal.withInitial(HashMap::new);
        return w -> {
            Map<String, String> stems = memo.get();
            String stem = stems.get(w);
            if (stem == null) {
                stem = local.get().stem(w).toString();
                if (stems.size() >= STEM_MEMO_SIZE) {
                    stems.clear();
                }
                stems.put(w, stem);
            }
            return stem;
        };
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> m = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                m.put(new Locale(iso1).getISO3Language(), iso1);
            } catch (java.util.MissingResourceException ignored) {
                // no three-letter code for this language
            }
        }
        m.put("deu", "de");
        m.put("fra", "fr");
        m.put("zho", "zh");
        m.put("cmn", "zh");
        m.put("nob", "no");
        m.put("nno", "no");
        return Map.copyOf(m);
    }
}
