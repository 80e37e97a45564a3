package org.daybrief.batch;

import java.time.LocalDate;
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
class SummarizeProcessor implements ItemProcessor<RawDocument, DocumentSummary> {

    private final JobSettings job;
    private final LocalDate runDate;
    private final DocumentParser parser;
    private final Summarizer summarizer;
    private final StateStore store;
    private final StageTimes times;

    SummarizeProcessor(JobSettings job, LocalDate runDate, DocumentParser parser, Summarizer summarizer,
            StateStore store, StageTimes times) {
        this.job = job;
        this.runDate = runDate;
        this.parser = parser;
        this.summarizer = summarizer;
        this.store = store;
        this.times = times;
    }

    @Override
    public DocumentSummary process(RawDocument raw) throws UnreadableDocumentException {
        SourceDocument doc = times.time(StageTimes.PARSE, () -> parser.parse(raw));
        if (!inWindow(doc)) {
            return null;
        }
        Summary summary = times.time(StageTimes.SUMMARIZE, () -> job.summary().words() > 0
                ? summarizer.summarizeWords(doc.headline(), doc.body(), job.summary().words())
                : summarizer.summarize(doc.headline(), doc.body(), job.summary().sentences()));
        return new DocumentSummary(doc.id(), doc.path(), doc.title(), doc.date(), doc.source(), doc.url(), summary,
                doc.body());
    }

    private boolean inWindow(SourceDocument doc) {
        return switch (job.window()) {
            case BY_DATE -> doc.date().equals(runDate);
            // In an earlier digest of this job: not new. In this date's own digest: a rerun, so keep it.
            case NEW -> store.firstSeen(job.name(), doc.id()).map(first -> !first.isBefore(runDate)).orElse(true);
        };
    }
}
