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
import org.daybrief.ingest.SkippedDocument;
import org.daybrief.summarize.ScoredSentence;

/**
 * Reads a {@code digest.json} back into a {@link Digest}, so that {@code daybrief send} mails exactly the digest
 * that was published. Keys it does not know are ignored (newer digests may carry more); a missing score reads
 * as NaN.
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
                List<DigestDocument> documents = new ArrayList<>();
                for (JsonNode d : s.path("documents")) {
                    documents.add(new DigestDocument(d.path("path").asText(""), d.path("title").asText(""),
                            LocalDate.parse(d.path("date").asText()), d.path("source").asText(""),
                            d.path("link").asText(""), d.path("language").asText(""),
                            d.path("fallbackSplitter").asBoolean(false), sentences(d.path("summary"))));
                }
                List<String> keywords = new ArrayList<>();
                s.path("keywords").forEach(k -> keywords.add(k.isObject() ? k.path("text").asText(k.path("phrase")
                        .asText("")) : k.asText("")));
                keywords.removeIf(String::isBlank);
                stories.add(new Story(s.path("title").asText(""), sentences(s.path("summary")), documents, null,
                        keywords, Story.StoryScore.NONE, null));
            }
            List<SkippedDocument> skipped = new ArrayList<>();
            for (JsonNode k : root.path("skipped")) {
                skipped.add(new SkippedDocument(k.path("path").asText(""), k.path("reason").asText("")));
            }
            return new Digest(root.get("job").asText(), LocalDate.parse(root.get("date").asText()),
                    root.path("title").asText(""), stories, skipped);
        } catch (RuntimeException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<ScoredSentence> sentences(JsonNode array) {
        List<ScoredSentence> out = new ArrayList<>();
        for (JsonNode n : array) {
            Map<String, Double> features = new LinkedHashMap<>();
            n.path("features").fields().forEachRemaining(f -> features.put(f.getKey(),
                    f.getValue().isNumber() ? f.getValue().asDouble() : Double.NaN));
            out.add(new ScoredSentence(n.path("index").asInt(0), n.path("text").asText(""),
                    n.path("score").isNumber() ? n.path("score").asDouble() : Double.NaN, features));
        }
        return out;
    }
}
