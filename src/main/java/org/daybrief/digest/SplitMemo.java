package org.daybrief.digest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.daybrief.text.Sentence;
import org.daybrief.text.TermAnalyzer;

/**
 * Text tools that split each text once: a day's digest splits a shown document's text for its keyphrases and again
 * for its story's summary, and the sentence model is the costly part of both. One memo per digest (it holds the
 * day's shown texts' sentences, no more); every other call goes to the tools it wraps. Thread-safe.
 */
final class SplitMemo implements TextTools {

    private record Key(String language, String text) {
    }

    private final TextTools tools;
    private final Map<Key, List<Sentence>> sentences = new ConcurrentHashMap<>();

    SplitMemo(TextTools tools) {
        this.tools = tools;
    }

    @Override
    public TermAnalyzer analyzer(String language) {
        return tools.analyzer(language);
    }

    @Override
    public List<Sentence> split(String language, String text) {
        return sentences.computeIfAbsent(new Key(language, text), k -> List.copyOf(tools.split(language, text)));
    }

    @Override
    public String[] tokenize(String language, String sentence) {
        return tools.tokenize(language, sentence);
    }

    @Override
    public String[] tags(String language, String[] tokens) {
        return tools.tags(language, tokens);
    }
}
