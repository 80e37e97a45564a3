package org.daybrief.batch;

import java.nio.file.Path;
import java.util.List;
import org.daybrief.ingest.IngestLimits;
import org.daybrief.ingest.RawDocument;
import org.daybrief.ingest.RawDocuments;
import org.daybrief.ingest.SourceScanner;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a job's sources as a stream of raw documents. Spring Batch saves the count read at each commit, so a
 * restarted run resumes after the last committed chunk.
 */
class RawDocumentReader extends AbstractItemCountingItemStreamItemReader<RawDocument> {

    private final Path workDir;
    private final List<String> sources;
    private final IngestLimits limits;
    private RawDocuments documents;

    RawDocumentReader(Path workDir, List<String> sources, IngestLimits limits) {
        this.workDir = workDir;
        this.sources = sources;
        this.limits = limits;
        setName("sources");
    }

    @Override
    protected void doOpen() {
        documents = new RawDocuments(new SourceScanner(workDir).scan(sources), limits);
    }

    @Override
    protected RawDocument doRead() {
        return documents.hasNext() ? documents.next() : null;
    }

    @Override
    protected void doClose() {
        if (documents != null) {
            documents.close();
        }
    }
}
