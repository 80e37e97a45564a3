package org.daybrief.text;

import java.util.List;

/** Terms with a language's full stopword list ({@link Stopwords#forLanguage}) and its Snowball stemmer. */
final class FullListTerms {

    private FullListTerms() {
    }

    static List<String> of(String language, String text) {
        return new TermAnalyzer(Stopwords.forLanguage(language), NlpModels.stemmer(language)).terms(text);
    }
}
