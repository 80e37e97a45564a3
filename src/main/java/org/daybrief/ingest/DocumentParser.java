package org.daybrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import org.apache.tika.io.TikaInputStream;

/**
 * Parses one {@link RawDocument} into a {@link SourceDocument} with Tika. Thread-safe; build one per run.
 */
public final class DocumentParser implements AutoCloseable {

    private final TikaExtractor tika;
    private final DocumentFactory factory;
    private final IngestLimits limits;

    public DocumentParser(IngestLimits limits, ZoneId zone) {
        this.limits = limits;
        this.tika = new TikaExtractor(limits);
        this.factory = new DocumentFactory(zone);
    }

    public SourceDocument parse(RawDocument raw) throws UnreadableDocumentException {
        if (raw.isFailure()) {
            throw new UnreadableDocumentException(raw.path(), raw.failure(), null);
        }
        try {
            long size = raw.size();
            if (size == 0) {
                throw new UnreadableDocumentException(raw.path(), "empty file (0 bytes)", null);
            }
            if (size > limits.maxFileBytes()) {
                throw new UnreadableDocumentException(raw.path(), "too large: " + Sizes.megabytes(size) + " > "
                        + Sizes.megabytes(limits.maxFileBytes()) + " limit", null);
            }
            Extracted extracted;
            try (InputStream in = TikaInputStream.get(raw.open())) {
                extracted = tika.extract(in, raw.path());
            }
            SourceDocument doc = factory.create(raw.path(), extracted, raw.modified());
            if (doc.body().isBlank()) {
                throw new UnreadableDocumentException(raw.path(), "no text found ("
                        + (extracted.mediaType().isEmpty() ? "unknown type" : extracted.mediaType()) + ")", null);
            }
            return doc;
        } catch (IOException e) {
            throw new UnreadableDocumentException(raw.path(), "cannot read: " + TikaExtractor.oneLine(
                    String.valueOf(e.getMessage())), e);
        } catch (StackOverflowError e) {
            // An Error is outside the run's skip policy and would end the worker thread's chunk: a structure deeper
            // than the stack (nesting, or a pattern over a huge line) costs this document only.
            throw new UnreadableDocumentException(raw.path(), TikaExtractor.TOO_DEEP, e);
        }
    }

    @Override
    public void close() {
        tika.close();
    }
}
