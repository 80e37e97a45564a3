package org.daybrief.deliver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.daybrief.ingest.SourcePath;

/**
 * One summary file per document in one folder, named after the document: {@code <name without extension>.txt}.
 * The name keeps every character (spaces, {@code !}, quotes, accents) except the two no file system holds,
 * {@code /} and NUL, which become {@code _}; it is cut to 200 bytes. An archive entry is named after its own name
 * only ({@code ../../x.txt} gives {@code x.txt}), so nothing is ever written outside the folder.
 *
 * <p>When a document earlier in the run already took a name (compared without case, for case-blind file
 * systems), the next one gets {@code <name>-2.txt}, then {@code -3}, ... Names are handed out in the order
 * documents are written, which the caller keeps to input order, so the same inputs give the same names whatever
 * the thread count. Not thread-safe: one writer.
 */
public final class SummaryFiles {

    /** A file name holds 255 bytes; the temporary name AtomicFiles writes under first needs about 20 more. */
    private static final int MAX_NAME_BYTES = 200;
    private static final String EXTENSION = ".txt";

    private final Path dir;
    private final Set<String> taken = new HashSet<>();

    /** @param dir the folder, which must exist */
    public SummaryFiles(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /**
     * The name a summary was written under.
     *
     * @param renamed true when its own name was taken by an earlier document and a number was added
     */
    public record Written(String name, boolean renamed) {
    }

    /** Writes one document's summary. */
    public Written write(SourcePath source, String summary) throws IOException {
        Written written = nextName(source);
        String name = written.name();
        Path target = dir.resolve(name).normalize();
        if (!dir.equals(target.getParent())) {
            throw new IllegalStateException("summary name leaves its folder: " + name); // by construction, never
        }
        AtomicFiles.writeUnsynced(target, summary);
        return written;
    }

    /** The name the next document of this source gets, taken for it. */
    Written nextName(SourcePath source) {
        String base = base(source.name());
        if (!representable(base)) {
            base = base.replaceAll("[^\\x20-\\x7e]", "_"); // a file system or locale without Unicode names
        }
        String candidate = fitted(base, "");
        int i = 1;
        while (!taken.add(candidate.toLowerCase(Locale.ROOT))) {
            candidate = fitted(base, "-" + ++i);
        }
        return new Written(candidate, i > 1);
    }

    private boolean representable(String base) {
        try {
            dir.resolve(base + EXTENSION);
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The document's name without its extension, with what no file system holds replaced. */
    static String base(String documentName) {
        String name = documentName.replace('/', '_').replace('\0', '_');
        int dot = name.lastIndexOf('.');
        // Leading dots would hide the file, or make ".." name the folder above.
        String base = (dot > 0 ? name.substring(0, dot) : name).replaceFirst("^\\.+", "");
        return base.isBlank() ? "document" : base;
    }

    /** {@code base + suffix + .txt}, the base cut (at a character) so the whole fits in 200 bytes. */
    private static String fitted(String base, String suffix) {
        int room = MAX_NAME_BYTES - bytes(suffix + EXTENSION);
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int cp : base.codePoints().toArray()) {
            int n = bytes(Character.toString(cp));
            if (used + n > room) {
                break;
            }
            cut.appendCodePoint(cp);
            used += n;
        }
        return cut + suffix + EXTENSION;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
