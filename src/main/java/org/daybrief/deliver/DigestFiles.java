package org.daybrief.deliver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.daybrief.digest.Digest;
import org.daybrief.render.ArchiveRenderer;
import org.daybrief.render.DigestEntry;
import org.daybrief.render.DigestRenderer;
import org.daybrief.render.Format;

/**
 * Writes a digest's files under an output folder: {@code <outputDir>/<job>/<date>/digest.<ext>}, each one
 * atomically ({@link AtomicFiles}). Folder names come only from the validated job name and the ISO date, never
 * from document names, and a resolved folder that escapes the output folder (through {@code ..} or a symbolic
 * link) is refused. Also rebuilds the job's {@code index.html} and {@code feed.atom} from the digests on disk.
 * Thread-safe if the renderer is.
 */
public final class DigestFiles {

    /** What a job name may look like; it becomes a folder name. */
    public static final Pattern JOB_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** The job's archive files, next to its date folders. */
    public static final String INDEX = "index.html";
    public static final String FEED = "feed.atom";

    /**
     * The digest's model as JSON, hidden beside its files and written whatever the job's formats: what mail is
     * built from ({@code daybrief send} included), so that mail is exactly the published digest.
     */
    public static final String MODEL = ".digest.json";

    private static final Pattern DATE_FOLDER = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Path outputDir;
    private final DigestRenderer renderer;
    private final ArchiveRenderer archive = new ArchiveRenderer();

    public DigestFiles(Path outputDir, DigestRenderer renderer) {
        this.outputDir = Objects.requireNonNull(outputDir, "outputDir").toAbsolutePath().normalize();
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /**
     * The job's digests on disk: one entry per {@code <outputDir>/<job>/<yyyy-MM-dd>/} holding its model
     * ({@value #MODEL}) or a {@code digest.json}, newest first. Folders that are not dates or hold neither are
     * ignored.
     *
     * @throws IOException naming a {@code digest.json} that cannot be read or parsed
     */
    public List<DigestEntry> archivedEntries(String job) throws IOException {
        Path jobDir = jobDirectory(job);
        if (!Files.isDirectory(jobDir)) {
            return List.of();
        }
        List<DigestEntry> entries = new ArrayList<>();
        try (Stream<Path> days = Files.list(jobDir)) {
            for (Path day : days.filter(d -> DATE_FOLDER.matcher(d.getFileName().toString()).matches()).toList()) {
                // the model, written whatever the formats; digest.json for a digest written before it existed
                Path json = Files.isRegularFile(day.resolve(MODEL)) ? day.resolve(MODEL)
                        : day.resolve(Format.JSON.fileName());
                if (Files.isRegularFile(json)) {
                    try {
                        entries.add(DigestEntry.fromDigestJson(Files.readString(json)));
                    } catch (IllegalArgumentException e) {
                        throw new IOException("cannot read " + json + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        entries.sort((a, b) -> b.date().compareTo(a.date()));
        return List.copyOf(entries);
    }

    /**
     * Rebuilds {@code <outputDir>/<job>/index.html} and {@code feed.atom} from the digests on disk
     * ({@link #archivedEntries}), atomically, and returns the two paths.
     *
     * @param feedTitle the feed's title
     * @param baseUrl   where the job folder is published, or {@code null} for relative feed links
     */
    public List<Path> writeArchive(String job, String feedTitle, String baseUrl) throws IOException {
        List<DigestEntry> entries = archivedEntries(job);
        Path jobDir = jobDirectory(job);
        Files.createDirectories(jobDir);
        Path index = jobDir.resolve(INDEX);
        Path feed = jobDir.resolve(FEED);
        AtomicFiles.write(index, archive.indexHtml(job, entries));
        AtomicFiles.write(feed, archive.atomFeed(job, feedTitle, entries, baseUrl));
        return List.of(index, feed);
    }

    /**
     * Renders and writes {@code digest} in each requested format (duplicates ignored, request order kept) and
     * returns the written files in that order; also writes the hidden {@value #MODEL}, not listed. Existing files of the same date are replaced atomically, so a
     * rerun rebuilds them instead of adding copies.
     *
     * @throws IllegalArgumentException if the job name is not valid (see {@link #requireValidJobName})
     * @throws IOException naming the file that could not be written
     */
    public List<Path> write(Digest digest, Collection<Format> formats) throws IOException {
        Objects.requireNonNull(digest, "digest");
        Path dir = createDirectory(digest.job(), digest.date());
        List<Path> written = new ArrayList<>();
        // The model is digest.json's text: rendered once (1.5 MB for a day of 3,000 articles) when both are written.
        String model = renderer.json(digest);
        for (Format format : new LinkedHashSet<>(formats)) {
            Path file = dir.resolve(format.fileName());
            AtomicFiles.write(file, format == Format.JSON ? model : renderer.render(digest, format));
            written.add(file);
        }
        AtomicFiles.write(dir.resolve(MODEL), model);
        return List.copyOf(written);
    }

    /** {@code <outputDir>/<job>}: where the job's index page and feed go. Does not create it. */
    public Path jobDirectory(String job) {
        Path dir = outputDir.resolve(requireValidJobName(job)).normalize();
        if (!dir.startsWith(outputDir) || dir.equals(outputDir)) {
            throw new IllegalArgumentException("job name '" + job + "' resolves outside the output folder " + outputDir);
        }
        return dir;
    }

    /** {@code <outputDir>/<job>/<yyyy-MM-dd>}: where one digest's files go. Does not create it. */
    public Path digestDirectory(String job, LocalDate date) {
        return jobDirectory(job).resolve(DateTimeFormatter.ISO_LOCAL_DATE.format(Objects.requireNonNull(date, "date")));
    }

    /**
     * Creates the digest's folder and checks, on the real file system, that it is inside the output folder
     * (a symbolic link at {@code <outputDir>/<job>} pointing elsewhere is refused).
     */
    public Path createDirectory(String job, LocalDate date) throws IOException {
        Path dir = digestDirectory(job, date);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException("cannot make the folder " + dir + ": " + FileProblems.describe(e, dir), e);
        }
        Path realOutput = outputDir.toRealPath();
        Path realDir = dir.toRealPath();
        if (!realDir.startsWith(realOutput)) {
            throw new IOException("refusing to write " + dir + ": it resolves to " + realDir
                    + ", outside the output folder " + realOutput);
        }
        return dir;
    }

    /**
     * Returns {@code job} if it is a valid job name: a letter or digit, then up to 99 letters, digits, dots,
     * underscores or hyphens ({@code daily}, {@code tech-news}, {@code eu_2025.v2}).
     *
     * @throws IllegalArgumentException saying what is wrong and what is allowed
     */
    public static String requireValidJobName(String job) {
        if (job == null || !JOB_NAME.matcher(job).matches()) {
            throw new IllegalArgumentException("invalid job name '" + job + "': use a letter or digit followed by "
                    + "letters, digits, '.', '_' or '-' (at most 100 characters), e.g. 'daily'");
        }
        return job;
    }
}
