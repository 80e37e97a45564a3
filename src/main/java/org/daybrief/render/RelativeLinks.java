package org.daybrief.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.daybrief.digest.DocumentSummary;
import org.daybrief.digest.SourceLinks;
import org.daybrief.ingest.SourcePath;

/**
 * Links a digest's documents: the original's URL when it has one, else a path relative to the digest's folder, so
 * the output folder can be moved or served with its sources beside it. Thread-safe.
 */
public final class RelativeLinks implements SourceLinks {

    /** A path that begins {@code scheme://}: a document read from a server, not a file. */
    private static final Pattern URL_PATH = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");

    private final Path workDir;

    /** @param workDir the folder document paths are relative to */
    public RelativeLinks(Path workDir) {
        this.workDir = workDir.toAbsolutePath().normalize();
    }

    /** The link, or none for a path this file system cannot name (an odd archive entry, a shortened path). */
    @Override
    public String link(DocumentSummary d, Path digestDir) {
        try {
            return linkOf(d, digestDir);
        } catch (IllegalArgumentException e) { // InvalidPathException among them
            return "";
        }
    }

    private String linkOf(DocumentSummary d, Path digestDir) {
        if (!d.url().isEmpty()) {
            return d.url();
        }
        if (URL_PATH.matcher(d.path()).find()) {
            return ""; // read from a server (a mail message, a feed item without a link): no file to link to
        }
        // An archive entry links to its archive; a file or folder with "!" in its name is not cut there.
        String file = SourcePath.fileOf(d.path(), p -> Files.isRegularFile(workDir.resolve(p)));
        Path target = workDir.resolve(file).normalize();
        Path from = digestDir.toAbsolutePath().normalize();
        return from.relativize(target).toString().replace('\\', '/');
    }
}
