package org.daybrief.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.daybrief.digest.Digest;
import org.daybrief.digest.Story;

/**
 * One digest as listed on a job's index page and in its Atom feed.
 *
 * @param job        the job's name
 * @param date       the digest's date
 * @param title      the digest's heading
 * @param storyCount how many stories it has
 * @param topTitles  the first few story titles, in digest order
 * @param keywords   the day's top keywords, best first (empty until digests carry keywords)
 * @param link       the digest page relative to the job folder, e.g. {@code 2025-09-22/digest.html}
 * @param overview   the day's overview sentences, in order (empty for digests without one)
 * @param stories    every story of the digest as the feed shows it, in digest order
 */
public record DigestEntry(String job, LocalDate date, String title, int storyCount, List<String> topTitles,
        List<String> keywords, String link, List<String> overview, List<StoryLine> stories) {

    /**
     * A story as the feed shows it.
     *
     * @param summary its summary sentences joined by spaces
     * @param link    the lead document's link as the digest has it (an http(s) URL, or a path relative to the
     *                digest's folder), may be empty
     */
    public record StoryLine(String title, String summary, String link) {
        public StoryLine {
            title = title == null ? "" : title;
            summary = summary == null ? "" : summary;
            link = link == null ? "" : link;
        }
    }

    /** An entry without overview or stories (only the counts and titles the index page shows). */
    public DigestEntry(String job, LocalDate date, String title, int storyCount, List<String> topTitles,
            List<String> keywords, String link) {
        this(job, date, title, storyCount, topTitles, keywords, link, List.of(), List.of());
    }

    /** How many story titles {@link #of(Digest)} keeps. */
    public static final int TOP_TITLES = 3;

    private static final ObjectMapper JSON = new ObjectMapper();

    public DigestEntry {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(date, "date");
        title = title == null ? "" : title;
        if (storyCount < 0) {
            throw new IllegalArgumentException("storyCount must be >= 0, was " + storyCount);
        }
        topTitles = List.copyOf(topTitles);
        keywords = List.copyOf(keywords);
        link = link == null ? defaultLink(date) : link;
        overview = overview == null ? List.of() : List.copyOf(overview);
        stories = stories == null ? List.of() : List.copyOf(stories);
    }

    /** The entry for a digest just built: its first {@value #TOP_TITLES} story titles, linked to its HTML page. */
    public static DigestEntry of(Digest digest) {
        List<String> titles = digest.stories().stream().limit(TOP_TITLES).map(Story::title).toList();
        List<StoryLine> stories = digest.stories().stream().map(s -> new StoryLine(s.title(),
                String.join(" ", s.summary().stream().map(sentence -> sentence.text()).toList()),
                Links.safeHref(s.lead().link()).orElse(""))) // as digest.json has it
                .toList();
        return new DigestEntry(digest.job(), digest.date(), digest.title(), digest.stories().size(), titles,
                digest.keywords(), defaultLink(digest.date()),
                digest.overview().stream().map(Digest.OverviewSentence::text).toList(), stories);
    }

    /**
     * The entry for a digest already on disk, from its {@code digest.json} (as {@link DigestRenderer#json}
     * writes it), with its overview and every story. Reads {@code keywords} when present, so older and newer
     * digests mix in one index.
     *
     * @throws IllegalArgumentException if the text is not JSON or lacks {@code job}, {@code date} or {@code stories}
     */
    public static DigestEntry fromDigestJson(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("digest.json is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.path("job").isTextual() || !root.path("date").isTextual()
                || !root.path("stories").isArray()) {
            throw new IllegalArgumentException("digest.json needs \"job\", \"date\" and \"stories\"");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(root.get("date").asText(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("digest.json has a bad \"date\": " + root.get("date").asText(), e);
        }
        List<String> titles = new ArrayList<>();
        List<StoryLine> stories = new ArrayList<>();
        for (JsonNode story : root.get("stories")) {
            if (titles.size() < TOP_TITLES && story.path("title").isTextual()) {
                titles.add(story.get("title").asText());
            }
            List<String> summary = new ArrayList<>();
            story.path("summary").forEach(sentence -> summary.add(sentence.path("text").asText("")));
            stories.add(new StoryLine(story.path("title").asText(""), String.join(" ", summary).strip(),
                    story.path("documents").path(0).path("link").asText("")));
        }
        List<String> overview = new ArrayList<>();
        root.path("overview").forEach(sentence -> overview.add(sentence.path("text").asText("")));
        List<String> keywords = new ArrayList<>();
        for (JsonNode keyword : root.path("keywords")) {
            if (keyword.isTextual()) {
                keywords.add(keyword.asText());
            }
        }
        return new DigestEntry(root.get("job").asText(), date, root.path("title").asText(""),
                root.get("stories").size(), titles, keywords, defaultLink(date), overview, stories);
    }

    /** What the index and feed show under the title: the keywords when there are any, else the top titles. */
    public List<String> highlights() {
        return keywords.isEmpty() ? topTitles : keywords;
    }

    static String defaultLink(LocalDate date) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date) + "/digest.html";
    }
}
