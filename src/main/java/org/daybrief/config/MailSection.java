package org.daybrief.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.daybrief.deliver.mail.Addresses;
import org.daybrief.deliver.mail.DkimSettings;
import org.daybrief.deliver.mail.MailFormat;
import org.daybrief.deliver.mail.MailSettings;
import org.daybrief.deliver.mail.Subscriber;
import org.daybrief.deliver.mail.UnsubscribeTokens;

/**
 * The {@code email:} section of a job file:
 * <pre>
 * email:
 *   enabled: true
 *   from: "Daybrief &lt;digest@example.org&gt;"
 *   subject: "{title}"                     # {title} {date} {count} {top}
 *   unsubscribe: "https://example.org/unsubscribe?u={token}"   # or leave out with DAYBRIEF_PUBLIC_URL set
 *   subscribers:                           # a list, or a path to a .csv / .yml file of them
 *     - { address: alice@example.org, name: Alice, format: html, max-stories: 10, include: [economy], exclude: [] }
 *   dkim: { domain: example.org, selector: daybrief, private-key: dkim.pem }   # optional ({@link DkimSection})
 * </pre>
 * Keys are checked like the rest of the file. With {@code enabled: false} (or no section) the keys present are
 * still checked, but none is required.
 */
final class MailSection {

    private static final List<String> SUBSCRIBER_KEYS = List.of("address", "name", "format", "max-stories",
            "include", "exclude");
    /** RFC 4180 with a header line; blanks around fields and quotes are ignored, blank lines kept (and skipped). */
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreHeaderCase(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
    /** Commons CSV's words for a quote that is never closed, with the line where it opened. */
    private static final Pattern UNCLOSED_QUOTE = Pattern.compile("\\(startline (\\d+)\\) EOF reached before "
            + "encapsulated token finished");

    private final Path workDir;

    MailSection(Path workDir) {
        this.workDir = workDir;
    }

    MailSettings read(YamlSection email) {
        boolean enabled = email.bool("enabled", false);
        String fromRaw = email.string("from", "");
        String subject = email.string("subject", MailSettings.DEFAULT_SUBJECT);
        String unsubscribe = email.string("unsubscribe", "");
        Object raw = email.raw("subscribers");
        Optional<DkimSettings> dkim = new DkimSection(workDir).read(email);
        email.done(); // a misspelt key first: "subscriber: unknown key", not "no subscribers"
        String fromAddress = "";
        String fromName = "";
        if (!fromRaw.isEmpty()) {
            try {
                InternetAddress from = new InternetAddress(fromRaw, true);
                fromAddress = Addresses.requireValid(from.getAddress());
                fromName = from.getPersonal() == null ? "" : from.getPersonal();
            } catch (AddressException | IllegalArgumentException e) {
                throw email.error("from", "'" + fromRaw + "' is not a sender address: " + e.getMessage(),
                        "write it as \"Name <address@example.org>\" or address@example.org");
            }
        } else if (enabled) {
            throw email.error("from", "missing", "add 'from: \"Daybrief <digest@your-domain>\"' under email:");
        }
        if (subject.isBlank()) {
            throw email.error("subject", "must not be empty", "use e.g. \"{title}\" or \"{title} – {date}\"");
        }
        if (!unsubscribe.isEmpty()) {
            String problem = UnsubscribeTokens.checkTemplate(unsubscribe);
            if (problem != null) {
                throw email.error("unsubscribe", "'" + unsubscribe + "' " + problem,
                        "use e.g. \"https://example.org/unsubscribe?u={token}\"");
            }
        } else if (!PublicUrl.fromEnvironment().isEmpty()) {
            // serve's own one-click endpoint (web.UnsubscribeController) on the public URL
            unsubscribe = PublicUrl.unsubscribeTemplate(PublicUrl.fromEnvironment());
        } else if (enabled) {
            throw email.error("unsubscribe", "missing: every digest mail carries a one-click unsubscribe link",
                    "set DAYBRIEF_PUBLIC_URL to where 'daybrief serve' is reached (serve then handles "
                            + "unsubscribes), or add 'unsubscribe: \"https://your-site/unsubscribe?u={token}\"' "
                            + "under email:");
        }
        List<Subscriber> subscribers;
        if (raw == null) {
            subscribers = List.of();
        } else if (raw instanceof Collection<?> list) {
            subscribers = fromList(email.file(), "email.subscribers", list);
        } else if (raw instanceof Map) {
            throw email.error("subscribers", "must be a list of subscribers or a path to a .csv or .yml file",
                    "write '- { address: a@example.org }' items, or 'subscribers: subscribers.csv'");
        } else {
            subscribers = fromFile(email, String.valueOf(raw).strip());
        }
        if (enabled && subscribers.isEmpty()) {
            throw email.error("subscribers", "no subscribers", "add at least one, or set 'enabled: false'");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < subscribers.size(); i++) {
            Integer first = seen.putIfAbsent(subscribers.get(i).key(), i);
            if (first != null) {
                throw email.error("subscribers", subscribers.get(i).address() + " is listed twice (entries "
                        + (first + 1) + " and " + (i + 1) + ")", "remove one of them");
            }
        }
        return new MailSettings(enabled, fromAddress, fromName, subject, unsubscribe, subscribers, dkim);
    }

    private List<Subscriber> fromList(String file, String prefix, Collection<?> list) {
        List<Subscriber> out = new ArrayList<>();
        int i = 0;
        for (Object item : list) {
            String at = prefix + "[" + i++ + "]";
            if (!(item instanceof Map<?, ?> map)) {
                throw new ConfigException(file, at, "must be a mapping such as { address: a@example.org }, got '"
                        + item + "'", "write each subscriber as '- { address: ..., name: ... }'");
            }
            YamlSection s = new YamlSection(file, at + ".", map);
            out.add(subscriber(s));
        }
        return out;
    }

    /** One subscriber's keys, every one checked: a YAML mapping or a CSV row. */
    private static Subscriber subscriber(YamlSection s) {
        String address = s.string("address", null);
        try {
            Addresses.requireValid(address);
        } catch (IllegalArgumentException e) {
            throw s.error("address", e.getMessage(), "write a plain address such as alice@example.org");
        }
        String name = s.string("name", "");
        String formatKey = s.string("format", "html");
        MailFormat format;
        try {
            format = MailFormat.of(formatKey);
        } catch (IllegalArgumentException e) {
            throw s.error("format", e.getMessage(), "use html (text and HTML) or text");
        }
        int max = s.integer("max-stories", 0, 0, 10_000);
        Subscriber subscriber = new Subscriber(address, name, format, max, s.optionalStringList("include"),
                s.optionalStringList("exclude"));
        s.done();
        return subscriber;
    }

    private List<Subscriber> fromFile(YamlSection email, String path) {
        Path file = workDir.resolve(path).normalize();
        String shown = file.toString();
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw email.error("subscribers", "cannot read '" + path + "' (" + shown + "): " + e.getMessage(),
                    "create the file or correct the path (relative to " + workDir.toAbsolutePath().normalize() + ")");
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return fromCsv(shown, text);
        }
        if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
            Object root = YamlFile.parse(shown, text);
            if (!(root instanceof Collection<?> list)) {
                throw new ConfigException(shown, "(root)", "a subscribers file is a YAML list of subscribers",
                        "write '- { address: a@example.org, name: A }' lines");
            }
            return fromList(shown, "", list);
        }
        throw email.error("subscribers", "'" + path + "' is neither a .csv nor a .yml file",
                "use a CSV with a header line (address,name,format,max-stories,include,exclude) or a YAML list");
    }

    /**
     * CSV with a header line naming the columns (any of {@link #SUBSCRIBER_KEYS}, {@code address} required);
     * {@code include} and {@code exclude} hold terms separated by {@code ;}. Fields may be double-quoted, and a
     * quoted field may hold commas, {@code ""} and line breaks. Errors name the line where the bad row starts.
     */
    private static List<Subscriber> fromCsv(String file, String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (csv.isBlank()) {
            return List.of();
        }
        try (CSVParser parser = open(file, csv)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            for (String h : header) {
                if (!SUBSCRIBER_KEYS.contains(h)) {
                    throw new ConfigException(file, "line 1, column '" + h + "'", "unknown column",
                            "use any of: " + String.join(", ", SUBSCRIBER_KEYS) + " (address is required)");
                }
            }
            if (!header.contains("address")) {
                throw new ConfigException(file, "line 1", "no 'address' column", "start the file with a header "
                        + "line such as: address,name,format,max-stories,include,exclude");
            }
            List<Subscriber> out = new ArrayList<>();
            Iterator<CSVRecord> rows = parser.iterator();
            long line = parser.getCurrentLineNumber() + 1; // where the next row starts: a quoted field may span lines
            while (hasNext(rows, file, line)) {
                CSVRecord row = rows.next();
                if (row.stream().anyMatch(v -> !v.isBlank())) {
                    out.add(subscriber(file, line, header, row));
                }
                line = parser.getCurrentLineNumber() + 1;
            }
            return out;
        } catch (IOException e) { // closing a parser of a string: not expected
            throw new UncheckedIOException(e);
        }
    }

    /** A parser that has read the header line. */
    private static CSVParser open(String file, String csv) {
        try {
            return CSVParser.parse(csv, CSV);
        } catch (IOException e) {
            throw notCsv(file, 1, e);
        } catch (UncheckedIOException e) {
            throw notCsv(file, 1, e.getCause());
        } catch (IllegalArgumentException e) { // a header name missing or given twice
            throw new ConfigException(file, "line 1", e.getMessage(), "name each column once: "
                    + String.join(", ", SUBSCRIBER_KEYS));
        }
    }

    /** Reads the next row; a row that is not CSV stops with its line. */
    private static boolean hasNext(Iterator<CSVRecord> rows, String file, long line) {
        try {
            return rows.hasNext();
        } catch (UncheckedIOException e) {
            throw notCsv(file, line, e.getCause());
        }
    }

    private static ConfigException notCsv(String file, long line, IOException e) {
        String message = String.valueOf(e.getMessage());
        Matcher unclosed = UNCLOSED_QUOTE.matcher(message);
        if (unclosed.find()) {
            return new ConfigException(file, "line " + unclosed.group(1), "a quote (\") opens a field here and is "
                    + "never closed, so the rest of the file would be read as that field",
                    "close the quote; write a quote inside a quoted field as \"\"");
        }
        return new ConfigException(file, "line " + line, "not valid CSV: " + message,
                "quote a field that holds commas or quotes, and write a quote inside it as \"\"");
    }

    private static Subscriber subscriber(String file, long line, List<String> header, CSVRecord row) {
        if (row.size() > header.size()) {
            throw new ConfigException(file, "line " + line, "has " + row.size() + " fields, the header "
                    + header.size(), "quote fields that contain commas");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int c = 0; c < row.size(); c++) {
            String v = row.get(c).strip();
            if (!v.isEmpty()) {
                String key = header.get(c);
                values.put(key, key.equals("include") || key.equals("exclude") ? List.of(v.split("\\s*;\\s*")) : v);
            }
        }
        YamlSection s = new YamlSection(file, "line " + line + ", ", values);
        return subscriber(s);
    }
}
