package org.daybrief.digest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * A tokenizer that remembers how each whitespace-separated word was split. OpenNLP's tokenizers (the learnt
 * {@code TokenizerME} and the {@code SimpleTokenizer}) first cut a text at white space, then split each piece on its
 * own, looking at nothing outside it; so a sentence's tokens are its pieces' tokens in order, and a piece seen
 * before (news repeats most of its words) needs no second run of the model. One memo per thread and language,
 * emptied when it grows past {@value #MAX_ENTRIES} pieces. Thread-safe.
 */
final class WordTokenMemo {

    static final int MAX_ENTRIES = 100_000;

    /** (language, text) to tokens: the tokenizer remembered. */
    private final BiFunction<String, String, String[]> tokenizer;
    private final ThreadLocal<Map<String, Map<String, String[]>>> memo = ThreadLocal.withInitial(HashMap::new);

    WordTokenMemo(BiFunction<String, String, String[]> tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** The tokens of {@code text}, as {@code tokenizer} gives them for the whole text. */
    String[] tokenize(String language, String text) {
        Map<String, String[]> pieces = memo.get().computeIfAbsent(language, l -> new HashMap<>());
        List<String> out = new ArrayList<>();
        for (Span span : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
            String piece = text.substring(span.getStart(), span.getEnd());
            String[] tokens = pieces.get(piece);
            if (tokens == null) {
                tokens = tokenizer.apply(language, piece);
                if (pieces.size() >= MAX_ENTRIES) {
                    pieces.clear();
                }
                pieces.put(piece, tokens);
            }
            for (String t : tokens) {
                out.add(t);
            }
        }
        return out.toArray(String[]::new);
    }
}
