package org.daybrief.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.daybrief.ingest.SourceScanner;
import org.daybrief.source.PathEntry;
import org.daybrief.source.SourceEntry;
import org.daybrief.source.WebEntry;

/**
 * Reads a job's {@code sources:}: a list whose entries are strings (a folder, file, glob or archive; an
 * {@code http(s)} URL of a feed or page) or mappings ({@code { url: https://..., allow-private: true }}). Each
 * entry becomes the {@link SourceEntry} of its kind, checked here: a path that does not exist, a URL that is not
 * one, or a scheme Daybrief does not read stops the run at start.
 */
final class SourcesSection {

    private static final String KEY = "sources";
    /** {@code scheme://}: an entry that is meant as a URL, not a path. */
    private static final Pattern URL_LIKE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

    private final Path workDir;

    SourcesSection(Path workDir) {
        this.workDir = workDir;
    }

    List<SourceEntry> read(YamlSection top) {
        Object raw = top.raw(KEY);
        if (raw == null) {
            throw top.error(KEY, "missing", "add '" + KEY + ": [folder/]' to the job file");
        }
        List<?> items = raw instanceof Collection<?> c ? List.copyOf(c) : List.of(raw);
        if (items.isEmpty()) {
            throw top.error(KEY, "must be a non-empty list, got '" + raw + "'", "write it as 'sources: [a, b]'");
        }
        List<SourceEntry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item instanceof Map<?, ?> map) {
                entries.add(mapping(new YamlSection(top.file(), KEY + "[" + i + "].", map), top));
            } else if (item == null || item instanceof Collection || String.valueOf(item).isBlank()) {
                throw top.error(KEY, "entry " + (i + 1) + " is empty or not a single value, got '" + item + "'",
                        "write each entry as a path, a URL, or { url: ..., allow-private: true }");
            } else {
                entries.add(string(String.valueOf(item).strip(), top));
            }
        }
        return entries;
    }

    private SourceEntry string(String entry, YamlSection top) {
        if (URL_LIKE.matcher(entry).matches()) {
            return url(entry, top, KEY, false);
        }
        if (!new SourceScanner(workDir).exists(entry)) {
            throw top.error(KEY, "'" + entry + "' does not exist (relative to "
                    + workDir.toAbsolutePath().normalize() + ")", "create it or correct the path");
        }
        return new PathEntry(entry);
    }

    /** {@code { url: ..., allow-private: true }}: the options a URL entry can take beside its address. */
    private SourceEntry mapping(YamlSection entry, YamlSection top) {
        String url = entry.string("url", null);
        if (!URL_LIKE.matcher(url).matches()) {
            throw entry.error("url", "'" + url + "' is not a URL", "write it as https://host/path (a folder or "
                    + "file is written as a plain string entry)");
        }
        boolean allowPrivate = entry.bool("allow-private", false);
        SourceEntry source = url(url, entry, "url", allowPrivate);
        entry.done();
        return source;
    }

    private static SourceEntry url(String text, YamlSection where, String key, boolean allowPrivate) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw where.error(key, "'" + text + "' is not a valid URL: " + e.getReason(),
                    "write it as https://host/path, with spaces and other special characters %-encoded");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") || scheme.equals("https")) {
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw where.error(key, "'" + text + "' names no host", "write it as " + scheme + "://host/path");
            }
            return new WebEntry(uri, allowPrivate);
        }
        throw where.error(key, "'" + text + "': " + scheme + ":// is not a kind of source Daybrief reads",
                "use a folder, file, glob or archive, or an http(s) URL of a feed or web page");
    }
}
