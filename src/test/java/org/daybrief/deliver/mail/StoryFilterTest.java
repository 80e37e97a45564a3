package org.daybrief.deliver.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.daybrief.digest.Digest;
import org.daybrief.digest.Story;
import org.junit.jupiter.api.Test;

class StoryFilterTest {

    private final StoryFilter filter = new StoryFilter();

    private List<String> titles(List<String> include, List<String> exclude, int max) {
        Subscriber s = new Subscriber("a@example.org", "A", MailFormat.HTML, max, include, exclude);
        return filter.apply(MailFixtures.digest(), s).stories().stream().map(Story::title).toList();
    }

    @Test
    void noFiltersKeepsEveryStoryInOrder() {
        assertThat(titles(List.of(), List.of(), 0)).containsExactly("Central bank holds rates",
                "Pinecrest wins the state cup", "Dockworkers strike at Easthaven");
    }

    @Test
    void includeMatchesWholeWordsInTitlesAndSummariesIgnoringCase() {
        assertThat(titles(List.of("ECONOMY"), List.of(), 0)).containsExactly("Central bank holds rates");
        assertThat(titles(List.of("cup final"), List.of(), 0)).containsExactly("Pinecrest wins the state cup");
        // "hold" is not a word of "holds": no partial-word matches unless asked with *
        assertThat(titles(List.of("hold"), List.of(), 0)).isEmpty();
        assertThat(titles(List.of("hold*"), List.of(), 0)).containsExactly("Central bank holds rates");
    }

    @Test
    void sourceTermsMatchOnlySources() {
        assertThat(titles(List.of("source:harbour gazette"), List.of(), 0))
                .containsExactly("Dockworkers strike at Easthaven");
        assertThat(titles(List.of("source:central"), List.of(), 0)).isEmpty();
        assertThat(titles(List.of("Pinecrest Herald"), List.of(), 0)).containsExactly("Pinecrest wins the state cup");
    }

    @Test
    void excludeDropsAndMaxStoriesCaps() {
        assertThat(titles(List.of(), List.of("strike", "source:Pinecrest Herald"), 0))
                .containsExactly("Central bank holds rates");
        assertThat(titles(List.of(), List.of(), 2)).containsExactly("Central bank holds rates",
                "Pinecrest wins the state cup");
    }

    @Test
    void keywordsJoinThroughTheFacetsFunction() {
        StoryFilter withKeywords = new StoryFilter(story -> {
            StoryFilter.Facets f = StoryFilter.DEFAULT_FACETS.apply(story);
            List<String> keywords = story.title().startsWith("Dockworkers") ? List.of("labour") : List.of();
            return new StoryFilter.Facets(f.text(), f.sources(), keywords);
        });
        Subscriber s = new Subscriber("a@example.org", "", MailFormat.TEXT, 0, List.of("keyword:labour"), List.of());
        Digest d = withKeywords.apply(MailFixtures.digest(), s);
        assertThat(d.stories()).extracting(Story::title).containsExactly("Dockworkers strike at Easthaven");
        assertThat(filter.apply(MailFixtures.digest(), s).stories()).isEmpty();
    }
}
