package org.daybrief.digest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.daybrief.ingest.DocumentParser;
import org.daybrief.ingest.IngestLimits;
import org.daybrief.ingest.RawDocument;
import org.daybrief.ingest.RawDocuments;
import org.daybrief.ingest.SkippedDocument;
import org.daybrief.ingest.SourceDocument;
import org.daybrief.ingest.SourceScanner;
import org.daybrief.ingest.UnreadableDocumentException;
import org.daybrief.text.NlpModels;

/**
 * Story summaries of a folder of clusters ({@code daybrief summarize --clusters}): each sub-folder holds the
 * articles of one event, in any format Daybrief reads, and gets one multi-document summary within a word budget.
 * Sub-folders are taken in name order. Not thread-safe: one caller; close it to stop the parser.
 */
public final class ClusterSummarizer implements AutoCloseable {

    /** One cluster's summary: the sub-folder's name and the chosen sentences. */
    public record Cluster(String name, List<String> sentences) {
    }

    /** Takes each cluster's summary as it is made. */
    @FunctionalInterface
    public interface Sink {
        void accept(Cluster cluster) throws IOException;
    }

    private final NlpModels nlp;
    private final StorySummarizer summarizer;
    private final DocumentParser parser;
    private final int words;

    /** @param words the word budget of each story summary */
    public ClusterSummarizer(NlpModels nlp, int words, ZoneId zone) {
        this.nlp = nlp;
        this.summarizer = new StorySummarizer(TextTools.of(nlp));
        this.parser = new DocumentParser(IngestLimits.DEFAULTS, zone);
        this.words = words;
    }

    /**
     * Summarises every sub-folder of {@code parent}; documents that cannot be read go to {@code skipped}.
     *
     * @return how many clusters were summarised
     */
    public int summarize(Path parent, Consumer<SkippedDocument> skipped, Sink sink) throws IOException {
        List<Path> dirs;
        try (Stream<Path> list = Files.list(parent)) {
            dirs = list.filter(Files::isDirectory).sorted().toList();
        }
        SourceScanner scanner = new SourceScanner(Path.of(""));
        for (Path dir : dirs) {
            List<StorySummarizer.Source> sources = new ArrayList<>();
            try (RawDocuments raws = new RawDocuments(scanner.scan(List.of(dir.toString())), IngestLimits.DEFAULTS)) {
                while (raws.hasNext()) {
                    RawDocument raw = raws.next();
                    try {
                        SourceDocument doc = parser.parse(raw);
                        sources.add(new StorySummarizer.Source(doc.headline(), doc.body(),
                                nlp.detectLanguage(doc.body())));
                    } catch (UnreadableDocumentException e) {
                        skipped.accept(e.toSkipped());
                    }
                }
            }
            sink.accept(new Cluster(dir.getFileName().toString(), summarizer.summarizeWords(sources, words).stream()
                    .map(c -> c.sentence().text()).toList()));
        }
        return dirs.size();
    }

    @Override
    public void close() {
        parser.close();
    }
}
