package org.daybrief.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.daybrief.ingest.IngestLimits;
import org.daybrief.ingest.RawDocument;
import org.daybrief.ingest.RawDocuments;
import org.daybrief.ingest.SourceFile;
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
    private final Progress progress;
    private final Predicate<String> mine;
    private RawDocuments documents;

    RawDocumentReader(Path workDir, List<String> sources, IngestLimits limits, Progress progress) {
        this(workDir, sources, limits, progress, path -> true);
    }

    /** @param mine which documents, by path, this reader yields (a partition's share of the sources) */
    RawDocumentReader(Path workDir, List<String> sources, IngestLimits limits, Progress progress,
            Predicate<String> mine) {
        this.workDir = workDir;
        this.sources = sources;
        this.limits = limits;
        this.progress = progress;
        this.mine = mine;
        setName("sources");
    }

    @Override
    protected void doOpen() {
        List<SourceFile> files = new SourceScanner(workDir).scan(sources);
        long bytes = 0;
        for (SourceFile f : files) {
            bytes += sizeOf(f);
        }
        progress.sources(files.size(), bytes);
        documents = new RawDocuments(files, limits, f -> progress.bytesRead(sizeOf(f)));
    }

    @Override
    protected RawDocument doRead() {
        while (documents.hasNext()) {
            RawDocument doc = documents.next();
            if (mine.test(doc.path())) {
                progress.documentRead();
                return doc;
            }
        }
        return null;
    }

    @Override
    protected void doClose() {
        if (documents != null) {
            documents.close();
        }
    }

    private static long sizeOf(SourceFile f) {
        try {
            return f.file() == null ? 0 : Files.size(f.file());
        } catch (IOException e) {
            return 0;
        }
    }
}
