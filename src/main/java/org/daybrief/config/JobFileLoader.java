package org.daybrief.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.daybrief.deliver.mail.MailSettings;
import org.daybrief.ingest.IngestLimits;
import org.daybrief.source.SourceEntry;
import org.daybrief.source.web.WebSettings;
import org.springframework.scheduling.support.CronExpression;

/**
 * Reads and validates job files ({@code jobs/*.yml}). Every key is checked: an unknown key, one given twice, a
 * missing one or a bad or out-of-range value throws a {@link ConfigException} naming the file, the key and the fix,
 * before any work starts.
 */
public final class JobFileLoader {

    /** The two-letter codes {@code language:} may take. */
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    public static final Pattern JOB_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final List<String> FORMATS = List.of("html", "md", "txt", "json");
    /** The largest file size and archive expansion a job may allow: far past any document, well inside a long. */
    private static final String MAX_SIZE = "1TB";
    /** The most text kept per document: 100 million characters, about 200 MB of heap as a Java string. */
    private static final int MAX_TEXT_CHARS = 100_000_000;

    private final Path workDir;
    private final Set<String> methods;

    /**
     * @param workDir the folder sources and output dirs are relative to
     * @param methods the summary methods that exist
     */
    public JobFileLoader(Path workDir, Set<String> methods) {
        this.workDir = workDir;
        this.methods = methods;
    }

    /** Every {@code *.yml} / {@code *.yaml} file of a folder, sorted by name. */
    public List<JobSettings> loadAll(Path jobsDir) {
        if (!Files.isDirectory(jobsDir)) {
            throw new ConfigException(jobsDir.toString(), "jobs", "folder not found",
                    "create it with a job file, or name one with --job");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(jobsDir)) {
            files = list.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new ConfigException(jobsDir.toString(), "jobs", "cannot list: " + e.getMessage(), "check permissions");
        }
        if (files.isEmpty()) {
            throw new ConfigException(jobsDir.toString(), "jobs", "no job files (*.yml)", "add one, e.g. jobs/daily.yml");
        }
        List<JobSettings> jobs = files.stream().map(this::load).toList();
        Map<String, Path> names = new LinkedHashMap<>();
        for (JobSettings job : jobs) {
            Path other = names.putIfAbsent(job.name(), job.file());
            if (other != null) {
                throw new ConfigException(job.file().toString(), "name", "'" + job.name()
                        + "' is also the name of " + other, "give each job a unique name");
            }
        }
        return jobs;
    }

    public JobSettings load(Path file) {
        String shown = file.toString();
        String yaml;
        try {
            yaml = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException(shown, "(file)", "cannot read: " + e.getMessage(),
                    "check the path given to --job");
        }
        Object root = YamlFile.parse(shown, yaml);
        if (!(root instanceof Map<?, ?> map)) {
            throw new ConfigException(shown, "(root)", "a job file is a YAML mapping of keys",
                    "start from jobs/daily.yml");
        }
        YamlSection top = new YamlSection(shown, "", map);
        String name = top.string("name", null);
        if (!JOB_NAME.matcher(name).matches()) {
            throw top.error("name", "'" + name + "' is not a valid job name",
                    "use letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        String title = top.string("title", "Daily digest {date}");
        // Read even when absent, so that it is a known key: 'langauge: es' gets "did you mean 'language'".
        String language = top.string("language", "");
        if (language.isEmpty()) {
            language = null;
        } else if (!ISO_LANGUAGES.contains(language)) {
            throw top.error("language", "'" + language + "' is not an ISO 639-1 language code",
                    "use the two-letter code of the sources' language, such as es, it or pl (or drop the key to "
                            + "rely on detection alone)");
        }
        List<SourceEntry> sources = new SourcesSection(workDir).read(top);
        String windowKey = top.string("window", "new");
        JobSettings.Window window = Stream.of(JobSettings.Window.values()).filter(w -> w.key().equals(windowKey))
                .findFirst().orElseThrow(() -> top.error("window", "'" + windowKey + "' is not a window",
                        "use 'new' (documents not in an earlier digest) or 'by-date' (documents dated the run date)"));

        YamlSection schedule = top.section("schedule");
        String cron = schedule.string("cron", "");
        if (!cron.isEmpty()) {
            try {
                CronExpression.parse(cron);
            } catch (IllegalArgumentException e) {
                throw schedule.error("cron", "'" + cron + "' is not a valid cron expression: " + e.getMessage(),
                        "use 6 fields: second minute hour day-of-month month day-of-week, e.g. \"0 0 7 * * *\"");
            }
        }
        String zoneName = schedule.string("zone", ZoneId.systemDefault().getId());
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneName);
        } catch (DateTimeException e) {
            throw schedule.error("zone", "'" + zoneName + "' is not a known time zone",
                    "use an IANA zone name such as Europe/London or UTC");
        }
        schedule.done();

        YamlSection summary = top.section("summary");
        int sentences = summary.integer("sentences", 3, 1, 50);
        int words = summary.integer("words", 0, 0, 5000);
        String method = summary.string("method", "default");
        if (!methods.contains(method)) {
            throw summary.error("method", "'" + method + "' is not a summary method",
                    "use one of: " + String.join(", ", methods.stream().sorted().toList()));
        }
        summary.done();

        YamlSection digest = top.section("digest");
        int maxStories = digest.integer("max-stories", 50, 1, 10_000);
        digest.done();

        YamlSection output = top.section("output");
        Path outDir = workDir.resolve(output.string("dir", "output")).normalize();
        checkWritableFolder(output, outDir);
        List<String> formats = output.has("formats") ? output.stringList("formats") : FORMATS;
        for (String f : formats) {
            if (!FORMATS.contains(f)) {
                throw output.error("formats", "'" + f + "' is not an output format",
                        "use any of: " + String.join(", ", FORMATS));
            }
        }
        output.done();

        YamlSection limits = top.section("limits");
        IngestLimits d = IngestLimits.DEFAULTS;
        IngestLimits ingestLimits = new IngestLimits(
                limits.size("max-file-size", d.maxFileBytes(), "1B", MAX_SIZE),
                limits.characters("max-text-size", d.maxTextChars(), 1, MAX_TEXT_CHARS),
                limits.integer("max-nesting", d.maxNestingDepth(), 0, 20),
                limits.integer("max-entries", d.maxArchiveEntries(), 1, 100_000_000),
                limits.size("max-expanded-size", d.maxExpandedBytes(), "1B", MAX_SIZE),
                limits.duration("timeout", d.perDocumentTimeout(), "1ms", "24h"));
        limits.done();
        YamlSection web = top.section("web");
        WebSettings w = WebSettings.DEFAULTS;
        WebSettings webSettings = new WebSettings(
                web.duration("delay", w.delay(), "0ms", "10m"),
                web.duration("timeout", w.timeout(), "100ms", "10m"),
                web.integer("retries", w.retries(), 0, 10),
                web.duration("max-retry-wait", w.maxRetryWait(), "0ms", "1h"));
        web.done();
        MailSettings email = new MailSection(workDir).read(top.section("email"));
        top.done();
        return new JobSettings(file, name, title, sources, window, new JobSettings.Schedule(cron, zone),
                new JobSettings.SummarySettings(sentences, words, method), maxStories,
                new JobSettings.OutputSettings(outDir, formats), ingestLimits, email, language, webSettings);
    }

    /**
     * The output folder must be a folder this process can write, or be creatable: its nearest existing ancestor
     * must be a writable folder. Checked here so that a run does not do all its work and then fail to write.
     */
    private static void checkWritableFolder(YamlSection output, Path dir) {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        if (!Files.isDirectory(existing)) {
            throw output.error("dir", "'" + dir + "' cannot be a folder: " + existing + " is a file",
                    "move that file out of the way, or set output.dir to another folder");
        }
        if (!Files.isWritable(existing)) {
            throw output.error("dir", "'" + existing + "' is not writable", "give this user write permission "
                    + "on it, or set output.dir to a folder you can write");
        }
    }
}
