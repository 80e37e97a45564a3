package org.daybrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import org.apache.tika.io.TikaInputStream;

/**
 * Parses one {@link RawDocument} into a {@link SourceDocument} with Tika. Content that is not text is refused
 * before and after decoding: binary bytes under a text name ({@link BinaryContent}), and decoded characters that
 * are no language ({@link GarbledText}). Thread-safe; build one per run.
 */
public final class DocumentParser implements AutoCloseable {

    private static final String NO_TEXT = "no text found (";

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
                if (BinaryContent.binaryNamedAsText(in, raw.path())) {
                    throw new UnreadableDocumentException(raw.path(), NO_TEXT + "application/octet-stream)", null);
                }
                extracted = tika.extract(in, raw.path());
            }
            if (GarbledText.isGarbled(extracted.text())) {
                throw new UnreadableDocumentException(raw.path(), "not text: binary or garbled content", null);
            }
            SourceDocument doc = factory.create(raw.path(), extracted, raw.modified());
            if (!hasWord(doc.body())) { // blank, or punctuation alone ("<" of a cut page): nothing to summarise
                throw new UnreadableDocumentException(raw.path(), NO_TEXT
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
        } catch (OutOfMemoryError e) {
            // Like a StackOverflowError, outside the skip policy: a heap exhausted while reading it costs this document.
            throw new UnreadableDocumentException(raw.path(), TikaExtractor.OUT_OF_MEMORY, e);
        }
    }

    /** Whether the text holds a letter or digit (the first few characters decide, for any real text). */
    private static boolean hasWord(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    @Override
    public void close() {
        tika.close();
    }
}
