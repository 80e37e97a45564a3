package org.daybrief.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.postag.POSModel;
import org.daybrief.text.NlpModels;
import org.daybrief.text.RuleBasedSplitter;
import org.daybrief.text.Sentence;
import org.daybrief.text.Stopwords;
import org.daybrief.text.TermAnalyzer;

/**
 * The language tools a digest needs, by language code: index terms (stopwords + stemming), sentences, tokens and,
 * where a model exists, part-of-speech tags for noun-phrase keyphrases. {@link #of(NlpModels)} uses OpenNLP
 * (POS tags from {@code opennlp-models-pos-en} and {@code -de}); {@link #ruleBased()} needs no models (tests).
 * Implementations are thread-safe.
 */
public interface TextTools {

    /** Index terms for a language. */
    TermAnalyzer analyzer(String language);

    /** The sentences of {@code text}. */
    List<Sentence> split(String language, String text);

    /** The tokens of one sentence. */
    String[] tokenize(String language, String sentence);

    /** Part-of-speech tags for the tokens (UD tags such as {@code NOUN}, {@code PROPN}, {@code ADJ}), or null. */
    String[] tags(String language, String[] tokens);

    /** Model-free tools: stopwords and Snowball stems per language, rule-based sentences, word tokens, no tags. */
    static TextTools ruleBased() {
        java.util.Map<String, TermAnalyzer> analyzers = new java.util.concurrent.ConcurrentHashMap<>();
        return new TextTools() {
            @Override
            public TermAnalyzer analyzer(String language) {
                String l = language == null || language.isBlank() ? "en" : language;
                return analyzers.computeIfAbsent(l, x -> new TermAnalyzer(Stopwords.forScoring(x),
                        NlpModels.stemmer(x)));
            }

            @Override
            public List<Sentence> split(String language, String text) {
                return new RuleBasedSplitter(language == null ? "en" : language).split(text);
            }

            @Override
            public String[] tokenize(String language, String sentence) {
                return simpleTokens(sentence);
            }

            @Override
            public String[] tags(String language, String[] tokens) {
                return null;
            }
        };
    }

    /** OpenNLP-backed tools; loads the English POS model once (about a second). */
    static TextTools of(NlpModels nlp) {
        Objects.requireNonNull(nlp, "nlp");
        POSModel pos = PosModels.taggerModel();
        ThreadLocal<GreedyTagger> tagger = pos == null ? null : ThreadLocal.withInitial(() -> new GreedyTagger(pos));
        // Other languages' taggers on first need (a model is about a second to read): empty when there is none.
        Map<String, Optional<ThreadLocal<GreedyTagger>>> others = new ConcurrentHashMap<>();
        WordTokenMemo tokens = new WordTokenMemo(nlp::tokenize);
        TagMemo tagged = new TagMemo((language, words) -> {
            if ("en".equals(language)) {
                return tagger != null ? tagger.get().tag(words) : null;
            }
            return others.computeIfAbsent(language, l -> Optional.ofNullable(PosModels.taggerModel(l))
                            .map(model -> ThreadLocal.withInitial(() -> new GreedyTagger(model))))
                    .map(local -> local.get().tag(words)).orElse(null);
        });
        return new TextTools() {
            @Override
            public TermAnalyzer analyzer(String language) {
                return nlp.termAnalyzer(language);
            }

            @Override
            public List<Sentence> split(String language, String text) {
                return nlp.splitter(language).split(text);
            }

            @Override
            public String[] tokenize(String language, String sentence) {
                return tokens.tokenize(language, sentence);
            }

            @Override
            public String[] tags(String language, String[] tokens) {
                return tagged.tags(language, tokens);
            }
        };
    }

    /** Runs of letters, digits and inner hyphens/apostrophes; other characters are their own tokens. */
    static String[] simpleTokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || ((s.charAt(j) == '-'
                        || s.charAt(j) == '\'') && j + 1 < n && Character.isLetterOrDigit(s.charAt(j + 1))))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            } else {
                out.add(String.valueOf(c));
                i++;
            }
        }
        return out.toArray(String[]::new);
    }
}
