package org.daybrief.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.daybrief.digest.DocumentSummary;
import org.daybrief.ingest.IngestLimits;
import org.daybrief.ingest.RawDocument;
import org.daybrief.ingest.UnreadableDocumentException;
import org.daybrief.source.PathEntry;
import org.daybrief.summarize.Summary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Summarising ahead of the step: the step gets every document's result in read order, and the saved state is that
 * of the documents the step took, not of those begun ahead, so a restart loses none and repeats none.
 */
class SummarizeAheadTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    @TempDir
    Path dir;

    private final ThreadPoolTaskExecutor workers = new ThreadPoolTaskExecutor();

    @AfterEach
    void stop() {
        workers.shutdown();
    }

    @Test
    void theStepGetsEveryResultInReadOrderAndARestartResumesAfterTheLastDocumentTaken() throws Exception {
        assertThat(takeThenRestart(3)).containsExactly("d0.txt", "d1.txt", "d2.txt", "d3.txt", "d4.txt", "d5.txt",
                "d6.txt", "d7.txt", "d8.txt", "d9.txt");
    }

    @Test
    void aRestartAfterTheReaderEndedResumesAfterTheLastDocumentTaken() throws Exception {
        // Four ahead: taking the eighth, the reader has found its end, and two documents are still begun ahead.
        assertThat(takeThenRestart(8)).containsExactly("d0.txt", "d1.txt", "d2.txt", "d3.txt", "d4.txt", "d5.txt",
                "d6.txt", "d7.txt", "d8.txt", "d9.txt");
    }

    /**
     * Over ten documents: takes {@code first} of them, saves the state as at a chunk's commit (or a stop), then
     * restarts from it and takes the rest; returns the names taken, in order.
     */
    private List<String> takeThenRestart(int first) throws Exception {
        for (int i = 0; i < 10; i++) {
            Files.writeString(dir.resolve("d" + i + ".txt"), "document " + i);
        }
        workers.setCorePoolSize(2);
        workers.initialize();
        List<String> taken = new ArrayList<>();

        ExecutionContext saved = new ExecutionContext();
        SummarizeAhead before = ahead(raw -> filed(raw));
        before.open(new ExecutionContext());
        for (int i = 0; i < first; i++) {
            taken.add(before.read().await().document().path());
        }
        before.update(saved);
        before.close();
        SummarizeAhead again = ahead(raw -> filed(raw));
        again.open(saved);
        for (SummarizeAhead.Summarizing s = again.read(); s != null; s = again.read()) {
            taken.add(s.await().document().path());
        }
        again.close();
        return taken.stream().map(p -> Path.of(p).getFileName().toString()).toList();
    }

    @Test
    void aDocumentsFailureIsThrownWhenTheStepAwaitsIt() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "a");
        workers.setCorePoolSize(1);
        workers.initialize();
        SummarizeAhead ahead = ahead(raw -> {
            throw new UnreadableDocumentException(raw.path(), "not a document", null);
        });
        ahead.open(new ExecutionContext());

        SummarizeAhead.Summarizing s = ahead.read();

        assertThatThrownBy(s::await).isInstanceOf(UnreadableDocumentException.class).hasMessage("not a document");
        assertThat(ahead.read()).isNull();
        ahead.close();
    }

    private SummarizeAhead ahead(ItemProcessor<RawDocument, FiledSummary> summarize) {
        Progress quiet = new Progress("test", new PrintStream(OutputStream.nullOutputStream()), false);
        RawDocumentReader reader = new RawDocumentReader(dir, List.of(new PathEntry(dir.toString())),
                IngestLimits.DEFAULTS, quiet, null, path -> true);
        return new SummarizeAhead(reader, summarize, workers, 4);
    }

    private static FiledSummary filed(RawDocument raw) {
        return new FiledSummary(DAY, new DocumentSummary(raw.path(), raw.path(), "t", DAY, "s", "",
                new Summary("en", false, 0, List.of()), ""));
    }
}
