package org.daybrief.batch;

import java.time.LocalDate;
import java.util.Optional;
import org.daybrief.config.JobSettings;
import org.daybrief.digest.DocumentSummary;
import org.daybrief.ingest.DocumentParser;
import org.daybrief.ingest.RawDocument;
import org.daybrief.ingest.SourceDocument;
import org.daybrief.ingest.UnreadableDocumentException;
import org.daybrief.summarize.Summarizer;
import org.daybrief.summarize.Summary;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Parses and summarises one document, or filters it out when it is outside the job's window (returns null).
 * An unreadable document throws {@link UnreadableDocumentException}, which the step skips and records.
 */
class SummarizeProcessor implements ItemProcessor<RawDocument, FiledSummary> {

    private final JobSettings job;
    private final Filing filing;
    private final DocumentParser parser;
    private final Summarizer summarizer;
    private final StageTimes times;

    SummarizeProcessor(JobSettings job, Filing filing, DocumentParser parser, Summarizer summarizer,
            StageTimes times) {
        this.job = job;
        this.filing = filing;
        this.parser = parser;
        this.summarizer = summarizer;
        this.times = times;
    }

    @Override
    public FiledSummary process(RawDocument raw) throws UnreadableDocumentException {
        try {
            return summarise(raw);
        } catch (StackOverflowError e) {
            // An error, not an exception, but one document's (nesting too deep for a parser or splitter): the
            // worker thread's stack is free again once it unwinds, so it costs that document only.
            throw new UnreadableDocumentException(raw.path(), "failed: nested too deeply to read (stack overflow)",
                    null);
        }
    }

    private FiledSummary summarise(RawDocument raw) throws UnreadableDocumentException {
        SourceDocument doc = times.time(StageTimes.PARSE, () -> parser.parse(raw));
        Optional<LocalDate> runDate = filing.dateFor(doc);
        if (runDate.isEmpty()) {
            return null;
        }
        Summary summary = times.time(StageTimes.SUMMARIZE, () -> job.summary().words() > 0
                ? summarizer.summarizeWords(doc.headline(), doc.body(), job.summary().words())
                : summarizer.summarize(doc.headline(), doc.body(), job.summary().sentences()));
        return new FiledSummary(runDate.get(), new DocumentSummary(doc.id(), doc.path(), doc.title(), doc.date(),
                doc.source(), doc.url(), summary, doc.body()));
    }
}
