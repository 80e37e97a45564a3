package org.daybrief.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.daybrief.digest.Digest;
import org.daybrief.digest.DigestDocument;
import org.daybrief.digest.Story;
import org.daybrief.digest.Topic;
import org.daybrief.ingest.SkippedDocument;
import org.daybrief.summarize.ScoredSentence;

/**
 * {@code digest.json}: built as a Jackson tree so the key order is written down here, not left to reflection.
 * Dates are ISO {@code yyyy-MM-dd}, numbers are rounded to four decimals (non-finite ones become
 * {@code null}), features are sorted by name, output is pretty-printed with LF line ends and a final newline.
 * Text values are the model's, verbatim, except links, which pass through {@link Links} (refused links become
 * {@code ""}). Thread-safe.
 */
final class DigestJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private final ObjectWriter writer;

    DigestJson() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        this.writer = new ObjectMapper()
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .writer(printer);
    }

    String write(Digest digest) {
        try {
            return writer.writeValueAsString(tree(digest)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write digest.json for " + digest.job() + " " + digest.date(), e);
        }
    }

    static ObjectNode tree(Digest digest) {
        ObjectNode root = NODES.objectNode();
        root.put("job", digest.job());
        root.put("date", DigestView.isoDate(digest.date()));
        root.put("title", digest.title());
        root.put("storyCount", digest.stories().size());
        root.put("documentCount", digest.documentCount());
        ArrayNode keywords = root.putArray("keywords");
        digest.keywords().forEach(keywords::add);
        ArrayNode overview = root.putArray("overview");
        for (Digest.OverviewSentence o : digest.overview()) {
            ObjectNode n = overview.addObject();
            n.put("text", o.text());
            n.set("score", number(o.score()));
            n.put("story", o.story());
        }
        ArrayNode topics = root.putArray("topics");
        for (Topic t : digest.topics()) {
            ObjectNode n = topics.addObject();
            n.put("label", t.label());
            n.set("weight", number(t.weight()));
            ArrayNode k = n.putArray("keywords");
            t.keywords().forEach(k::add);
            ArrayNode members = n.putArray("stories");
            t.stories().forEach(members::add);
        }
        ArrayNode stories = root.putArray("stories");
        for (Story story : digest.stories()) {
            ObjectNode s = stories.addObject();
            s.put("title", story.title());
            ObjectNode score = s.putObject("score");
            score.set("importance", number(story.score().importance()));
            score.put("sources", story.score().sources());
            score.set("recency", number(story.score().recency()));
            score.set("centrality", number(story.score().centrality()));
            if (story.update() != null) {
                ObjectNode u = s.putObject("update");
                u.put("firstReported", DigestView.isoDate(story.update().firstReported()));
                ArrayNode earlier = u.putArray("earlierTitles");
                story.update().earlierTitles().forEach(earlier::add);
            }
            ArrayNode storyKeywords = s.putArray("keywords");
            story.keywords().forEach(storyKeywords::add);
            sentences(s.putArray("summary"), story.summary());
            ArrayNode summary = (ArrayNode) s.get("summary");
            for (int i = 0; i < story.summary().size(); i++) {
                ((ObjectNode) summary.get(i)).put("document", story.sourceOf(i).path());
            }
            ArrayNode documents = s.putArray("documents");
            for (DigestDocument d : story.documents()) {
                ObjectNode o = documents.addObject();
                o.put("path", d.path());
                if (!d.copies().isEmpty()) { // files merged into this one: the same words under other names
                    ArrayNode copies = o.putArray("copies");
                    d.copies().forEach(copies::add);
                }
                o.put("title", d.title());
                o.put("date", DigestView.isoDate(d.date()));
                o.put("source", d.source());
                o.put("link", Links.safeHref(d.link()).orElse(""));
                o.put("language", d.language());
                o.put("fallbackSplitter", d.fallbackSplitter());
                o.set("centrality", number(d.centrality()));
                sentences(o.putArray("summary"), d.summary());
            }
        }
        ArrayNode skipped = root.putArray("skipped");
        for (SkippedDocument d : digest.skipped()) {
            skipped.addObject().put("path", d.path()).put("reason", d.reason());
        }
        if (digest.notShown().stories() > 0) {
            // Only when the digest left stories out, so a digest that shows everything is written as before.
            ObjectNode notShown = root.putObject("notShown");
            notShown.put("stories", digest.notShown().stories());
            ArrayNode paths = notShown.putArray("documents");
            digest.notShown().documents().forEach(paths::add);
        }
        return root;
    }

    private static void sentences(ArrayNode array, List<ScoredSentence> sentences) {
        for (ScoredSentence sentence : sentences) {
            ObjectNode o = array.addObject();
            o.put("index", sentence.index());
            o.put("text", sentence.text());
            o.set("score", number(sentence.score()));
            ObjectNode features = o.putObject("features");
            for (Map.Entry<String, Double> f : new TreeMap<>(sentence.features()).entrySet()) {
                features.set(f.getKey(), number(f.getValue()));
            }
        }
    }

    /** Rounded to four decimals, half-even, written plainly ({@code 0.83}, not {@code 0.8300} or {@code 8.3E-1}). */
    static com.fasterxml.jackson.databind.JsonNode number(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return NODES.nullNode();
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (rounded.scale() < 0) {
            rounded = rounded.setScale(0, RoundingMode.UNNECESSARY);
        }
        return NODES.numberNode(rounded);
    }
}
