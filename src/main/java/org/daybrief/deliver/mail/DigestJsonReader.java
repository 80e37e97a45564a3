package org.daybrief.deliver.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daybrief.digest.Digest;
import org.daybrief.digest.DigestDocument;
import org.daybrief.digest.Story;
import org.daybrief.digest.Topic;
import org.daybrief.ingest.SkippedDocument;
import org.daybrief.summarize.ScoredSentence;

/**
 * Reads a {@code digest.json} (or the hidden model beside a digest) back into the {@link Digest} it was written
 * from, everything mail shows included: overview, topics, keywords, each story's keywords, update and summary
 * sources. Mail is built from it, so that it is exactly the digest that was published. Keys it does not know are
 * ignored (newer digests may carry more); a missing or {@code null} number reads as NaN (numbers were rounded to
 * four decimals when written).
 */
public final class DigestJsonReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DigestJsonReader() {
    }

    /** @throws IOException naming the file when it cannot be read or lacks job, date or stories */
    public static Digest read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.path("job").isTextual() || !root.path("date").isTextual()
                || !root.path("stories").isArray()) {
            throw new IOException("cannot read " + file + ": it needs \"job\", \"date\" and \"stories\"");
        }
        try {
            List<Story> stories = new ArrayList<>();
            for (JsonNode s : root.get("stories")) {
                stories.add(story(s));
            }
            List<SkippedDocument> skipped = new ArrayList<>();
            for (JsonNode k : root.path("skipped")) {
                skipped.add(new SkippedDocument(k.path("path").asText(""), k.path("reason").asText("")));
            }
            List<Digest.OverviewSentence> overview = new ArrayList<>();
            for (JsonNode o : root.path("overview")) {
                overview.add(new Digest.OverviewSentence(o.path("text").asText(""), number(o.path("score")),
                        o.path("story").asInt()));
            }
            List<Topic> topics = new ArrayList<>();
            for (JsonNode t : root.path("topics")) {
                List<Integer> members = new ArrayList<>();
                t.path("stories").forEach(i -> members.add(i.asInt()));
                topics.add(new Topic(t.path("label").asText(""), strings(t.path("keywords")),
                        number(t.path("weight")), members));
            }
            return new Digest(root.get("job").asText(), LocalDate.parse(root.get("date").asText()),
                    root.path("title").asText(""), stories, skipped, overview, topics, strings(root.path("keywords")),
                    new Digest.NotShown(root.path("notShown").path("stories").asInt(0),
                            strings(root.path("notShown").path("documents"))));
        } catch (RuntimeException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Story story(JsonNode s) {
        List<DigestDocument> documents = new ArrayList<>();
        for (JsonNode d : s.path("documents")) {
            documents.add(new DigestDocument(d.path("path").asText(""), d.path("title").asText(""),
                    LocalDate.parse(d.path("date").asText()), d.path("source").asText(""), d.path("link").asText(""),
                    d.path("language").asText(""), d.path("fallbackSplitter").asBoolean(false),
                    sentences(d.path("summary")), d.path("centrality").isNumber() ? d.get("centrality").asDouble()
                            : 1.0));
        }
        // each summary sentence names the document it comes from by path
        List<Integer> sources = new ArrayList<>();
        for (JsonNode n : s.path("summary")) {
            String path = n.path("document").asText(null);
            int index = 0;
            for (int i = 0; path != null && i < documents.size(); i++) {
                if (documents.get(i).path().equals(path)) {
                    index = i;
                    break;
                }
            }
            sources.add(index);
        }
        JsonNode score = s.path("score");
        Story.StoryScore storyScore = score.isObject() ? new Story.StoryScore(number(score.path("importance")),
                score.path("sources").asInt(documents.size()), number(score.path("recency")),
                number(score.path("centrality"))) : Story.StoryScore.NONE;
        JsonNode u = s.path("update");
        Story.Update update = u.isObject() && u.path("firstReported").isTextual()
                ? new Story.Update(LocalDate.parse(u.get("firstReported").asText()), strings(u.path("earlierTitles")))
                : null;
        return new Story(s.path("title").asText(""), sentences(s.path("summary")), documents, sources,
                keywords(s.path("keywords")), storyScore, update);
    }

    /** Keywords as strings; objects with a {@code text} or {@code phrase} are read too (older digests). */
    private static List<String> keywords(JsonNode array) {
        List<String> keywords = new ArrayList<>();
        array.forEach(k -> keywords.add(k.isObject() ? k.path("text").asText(k.path("phrase").asText(""))
                : k.asText("")));
        keywords.removeIf(String::isBlank);
        return keywords;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText("")));
        return out;
    }

    private static double number(JsonNode n) {
        return n.isNumber() ? n.asDouble() : Double.NaN;
    }

    private static List<ScoredSentence> sentences(JsonNode array) {
        List<ScoredSentence> out = new ArrayList<>();
        for (JsonNode n : array) {
            Map<String, Double> features = new LinkedHashMap<>();
            n.path("features").fields().forEachRemaining(f -> features.put(f.getKey(),
                    f.getValue().isNumber() ? f.getValue().asDouble() : Double.NaN));
            out.add(new ScoredSentence(n.path("index").asInt(0), n.path("text").asText(""),
                    number(n.path("score")), features));
        }
        return out;
    }
}
