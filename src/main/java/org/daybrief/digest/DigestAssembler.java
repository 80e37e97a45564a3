package org.daybrief.digest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.daybrief.ingest.SkippedDocument;

/**
 * Builds a day's {@link Digest} from its summarised documents: one story per document, newest first (ties by
 * title, then path, so the order never depends on the order documents were read), at most {@code maxStories}.
 */
public final class DigestAssembler {

    private static final Comparator<DocumentSummary> NEWEST_FIRST = Comparator
            .comparing(DocumentSummary::date, Comparator.reverseOrder())
            .thenComparing(DocumentSummary::title)
            .thenComparing(DocumentSummary::path);

    private final Path workDir;

    /** @param workDir the folder document paths are relative to, for links from the digest's folder */
    public DigestAssembler(Path workDir) {
        this.workDir = workDir.toAbsolutePath().normalize();
    }

    public Digest assemble(String job, LocalDate date, String title, Path digestDir, List<DocumentSummary> documents,
            List<SkippedDocument> skipped, int maxStories) {
        List<Story> stories = documents.stream().sorted(NEWEST_FIRST).limit(maxStories)
                .map(d -> {
                    DigestDocument doc = new DigestDocument(d.path(), d.title(), d.date(), d.source(),
                            link(d, digestDir), d.summary().language(), d.summary().fallbackSplitter(),
                            d.summary().sentences());
                    return new Story(d.title(), d.summary().sentences(), List.of(doc));
                })
                .toList();
        List<SkippedDocument> sortedSkipped = skipped.stream()
                .sorted(Comparator.comparing(SkippedDocument::path)).toList();
        return new Digest(job, date, title, stories, sortedSkipped);
    }

    /** The original's URL when it has one, else a relative link from the digest's folder to the source file. */
    String link(DocumentSummary d, Path digestDir) {
        if (!d.url().isEmpty()) {
            return d.url();
        }
        String path = d.path();
        int bang = path.indexOf("!/");
        String file = bang < 0 ? path : path.substring(0, bang); // an archive entry links to its archive
        Path target = workDir.resolve(file).normalize();
        Path from = digestDir.toAbsolutePath().normalize();
        return from.relativize(target).toString().replace('\\', '/');
    }
}
