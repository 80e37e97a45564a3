package org.daybrief.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import org.daybrief.ingest.IngestLimits;
import org.daybrief.ingest.RawDocument;
import org.daybrief.ingest.RawDocuments;
import org.daybrief.ingest.SourceFile;
import org.daybrief.ingest.SourceScanner;
import org.daybrief.source.PathEntry;
import org.daybrief.source.Source;
import org.daybrief.source.SourceEntry;
import org.daybrief.source.Sources;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a job's sources as a stream of raw documents: first the files of all its path entries (scanned together,
 * in one sorted order), then each other source (feed, page, mailbox) in the order the job file gives them. Spring
 * Batch saves the count read at each commit, so a restarted run resumes after the last committed chunk.
 */
class RawDocumentReader extends AbstractItemCountingItemStreamItemReader<RawDocument> {

    private final Path workDir;
    private final List<SourceEntry> entries;
    private final IngestLimits limits;
    private final Progress progress;
    private final Sources sources;
    private final Predicate<String> mine;
    private RawDocuments documents;
    private Iterator<SourceEntry> others;
    private Source current;

    /**
     * @param sources opens the entries that are not paths (feeds, pages, mailboxes); null reads the paths only
     * @param mine    which documents of the paths, by path, this reader yields (a partition's share of them)
     */
    RawDocumentReader(Path workDir, List<SourceEntry> entries, IngestLimits limits, Progress progress,
            Sources sources, Predicate<String> mine) {
        this.workDir = workDir;
        this.entries = List.copyOf(entries);
        this.limits = limits;
        this.progress = progress;
        this.sources = sources;
        this.mine = mine;
        setName("sources");
    }

    @Override
    protected void doOpen() {
        List<String> paths = entries.stream().filter(PathEntry.class::isInstance).map(SourceEntry::location).toList();
        List<SourceFile> files = paths.isEmpty() ? List.of() : new SourceScanner(workDir).scan(paths);
        long bytes = 0;
        for (SourceFile f : files) {
            bytes += sizeOf(f);
        }
        progress.sources(files.size(), bytes);
        documents = new RawDocuments(files, limits, f -> progress.bytesRead(sizeOf(f)));
        others = entries.stream().filter(e -> !(e instanceof PathEntry)).iterator();
    }

    @Override
    protected RawDocument doRead() {
        RawDocument next = nextFromPaths();
        if (next == null && sources != null) {
            next = nextFromOtherSources();
        }
        if (next != null) {
            progress.documentRead();
        }
        return next;
    }

    private RawDocument nextFromPaths() {
        while (documents.hasNext()) {
            RawDocument doc = documents.next();
            if (mine.test(doc.path())) {
                return doc;
            }
        }
        return null;
    }

    private RawDocument nextFromOtherSources() {
        while (true) {
            if (current != null) {
                RawDocument next = current.next();
                if (next != null) {
                    return next;
                }
                current.close();
                current = null;
            }
            if (!others.hasNext()) {
                return null;
            }
            current = sources.open(others.next());
        }
    }

    @Override
    protected void doClose() {
        if (documents != null) {
            documents.close();
        }
        if (current != null) {
            current.close();
            current = null;
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
