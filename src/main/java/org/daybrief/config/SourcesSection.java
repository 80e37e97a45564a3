package org.daybrief.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.daybrief.ingest.SourceScanner;
import org.daybrief.source.PathEntry;
import org.daybrief.source.SourceEntry;
import org.daybrief.source.WebEntry;
import org.daybrief.source.imap.AfterReading;
import org.daybrief.source.imap.MailboxAddress;
import org.daybrief.source.imap.MailboxEntry;

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

    /** A POSIX environment variable's name. */
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Path workDir;
    private final Function<String, String> environment;

    SourcesSection(Path workDir) {
        this(workDir, System::getenv);
    }

    /** @param environment looks up environment variables (mailbox passwords are checked to be set) */
    SourcesSection(Path workDir, Function<String, String> environment) {
        this.workDir = workDir;
        this.environment = environment;
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
                        "write each entry as a path, a URL, { url: ..., allow-private: true } or "
                                + "{ url: imaps://..., password-env: NAME }");
            } else {
                entries.add(string(String.valueOf(item).strip(), top));
            }
        }
        return entries;
    }

    private SourceEntry string(String entry, YamlSection top) {
        if (MailboxAddress.isMailbox(entry)) {
            return mailbox(entry, top, KEY, MailboxEntry.DEFAULT_PASSWORD_ENV, AfterReading.LEAVE);
        }
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
        SourceEntry source = MailboxAddress.isMailbox(url) ? mailboxMapping(url, entry)
                : url(url, entry, "url", entry.bool("allow-private", false));
        entry.done();
        return source;
    }

    /** {@code { url: imaps://..., password-env: NAME, after: mark-seen | move:Folder | leave }}. */
    private SourceEntry mailboxMapping(String url, YamlSection entry) {
        String variable = entry.string("password-env", MailboxEntry.DEFAULT_PASSWORD_ENV);
        if (!ENV_NAME.matcher(variable).matches()) {
            throw entry.error("password-env", "'" + variable + "' is not the name of an environment variable",
                    "name the variable that holds the password, e.g. DAYBRIEF_IMAP_PASSWORD (the password itself "
                            + "never goes in the job file)");
        }
        String afterText = entry.string("after", AfterReading.LEAVE.toString());
        AfterReading after;
        try {
            after = AfterReading.parse(afterText);
        } catch (IllegalArgumentException e) {
            throw entry.error("after", "'" + afterText + "' is not what to do with a message once read",
                    "use leave, mark-seen, or move:Folder (e.g. move:Archive)");
        }
        return mailbox(url, entry, entry.has("password-env") ? "password-env" : "url", variable, after);
    }

    /**
     * A mailbox entry, whose password must be in the environment now: a run that would only find out at the
     * mailbox stops here instead, naming the variable.
     *
     * @param envKey the key a missing variable is reported under
     */
    private MailboxEntry mailbox(String url, YamlSection where, String envKey, String variable, AfterReading after) {
        String urlKey = where.has("url") ? "url" : KEY;
        MailboxAddress address;
        try {
            address = MailboxAddress.parse(url);
        } catch (IllegalArgumentException e) {
            throw where.error(urlKey, e.getMessage(), "write it as imaps://user@host/Folder, e.g. "
                    + "imaps://digest@mail.example.org/Newsletters (a user with '@' in it is written %40)");
        }
        String password = environment.apply(variable);
        if (password == null || password.isEmpty()) {
            throw where.error(envKey, "environment variable " + variable + ", the password of " + address + ", is "
                    + (password == null ? "not set" : "empty"), "export " + variable + "='the password' before "
                    + "running daybrief, or name another variable with { url: " + address + ", password-env: NAME }");
        }
        return new MailboxEntry(address, variable, after);
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
                "use a folder, file, glob or archive, an http(s) URL of a feed or web page, or an imap(s):// mailbox");
    }
}
