package org.daybrief.deliver.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.daybrief.digest.Digest;
import org.daybrief.digest.DigestDocument;
import org.daybrief.digest.Story;
import org.daybrief.summarize.ScoredSentence;

/**
 * Chooses the stories of a digest one subscriber gets: with {@code include} terms, only stories matching at least
 * one; then stories matching any {@code exclude} term are dropped; then at most {@code max-stories}, in digest
 * order. Matching is case-insensitive.
 *
 * <p>A term is matched against a story's {@link Facets}: its searchable text (titles and summary sentences), its
 * sources (outlets, authors) and its keywords. A plain term ({@code economy}, {@code "interest rate"}) matches
 * whole words in any facet; {@code econom*} matches a word prefix; {@code source:Harbour Gazette} matches sources
 * only and {@code keyword:rates} the story's keywords only. Where the facets come from is a function, so other
 * facets (topics, say) can join without changing the rules.
 *
 * <p>Immutable and thread-safe.
 */
public final class StoryFilter {

    /** What a story can be matched on. */
    public record Facets(List<String> text, List<String> sources, List<String> keywords) {
        public Facets {
            text = List.copyOf(text);
            sources = List.copyOf(sources);
            keywords = List.copyOf(keywords);
        }
    }

    /** Titles and summary sentences of the story and its documents; sources of its documents; its keywords. */
    public static final Function<Story, Facets> DEFAULT_FACETS = story -> {
        List<String> text = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        add(text, story.title());
        story.summary().forEach(s -> add(text, s.text()));
        for (DigestDocument d : story.documents()) {
            add(text, d.title());
            for (ScoredSentence s : d.summary()) {
                add(text, s.text());
            }
            add(sources, d.source());
        }
        return new Facets(text, sources, story.keywords() == null ? List.of() : story.keywords());
    };

    private final Function<Story, Facets> facets;

    public StoryFilter() {
        this(DEFAULT_FACETS);
    }

    public StoryFilter(Function<Story, Facets> facets) {
        this.facets = facets;
    }

    /** The subscriber's digest: the chosen stories, no skipped-document list (that is for the job's operator). */
    public Digest apply(Digest digest, Subscriber subscriber) {
        List<Term> include = subscriber.include().stream().map(Term::parse).toList();
        List<Term> exclude = subscriber.exclude().stream().map(Term::parse).toList();
        List<Story> chosen = new ArrayList<>();
        for (Story story : digest.stories()) {
            Facets f = facets.apply(story);
            boolean in = include.isEmpty() || include.stream().anyMatch(t -> t.matches(f));
            if (in && exclude.stream().noneMatch(t -> t.matches(f))) {
                chosen.add(story);
            }
            if (subscriber.maxStories() > 0 && chosen.size() == subscriber.maxStories()) {
                break;
            }
        }
        return new Digest(digest.job(), digest.date(), digest.title(), chosen, List.of());
    }

    private static void add(List<String> list, String value) {
        if (value != null && !value.isBlank()) {
            list.add(value);
        }
    }

    /** One include/exclude term. */
    record Term(Scope scope, Pattern pattern, String exact) {

        enum Scope { ANY, SOURCE, KEYWORD }

        static Term parse(String raw) {
            String s = raw.strip();
            Scope scope = Scope.ANY;
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.startsWith("source:")) {
                scope = Scope.SOURCE;
                s = s.substring("source:".length()).strip();
            } else if (lower.startsWith("keyword:")) {
                scope = Scope.KEYWORD;
                s = s.substring("keyword:".length()).strip();
            }
            boolean prefix = s.endsWith("*");
            String word = prefix ? s.substring(0, s.length() - 1).strip() : s;
            String regex = "(?<![\\p{L}\\p{N}])" + Pattern.quote(word.toLowerCase(Locale.ROOT))
                    + (prefix ? "" : "(?![\\p{L}\\p{N}])");
            return new Term(scope, Pattern.compile(regex), word.toLowerCase(Locale.ROOT));
        }

        boolean matches(Facets f) {
            if (exact.isEmpty()) {
                return false;
            }
            return switch (scope) {
                case ANY -> any(f.text()) || any(f.sources()) || any(f.keywords());
                case SOURCE -> any(f.sources());
                case KEYWORD -> any(f.keywords());
            };
        }

        private boolean any(List<String> values) {
            for (String v : values) {
                if (pattern.matcher(v.toLowerCase(Locale.ROOT)).find()) {
                    return true;
                }
            }
            return false;
        }
    }
}
