package org.daybrief.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.daybrief.deliver.mail.Addresses;
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
 *   unsubscribe: "https://example.org/unsubscribe?u={token}"
 *   subscribers:                           # a list, or a path to a .csv / .yml file of them
 *     - { address: alice@example.org, name: Alice, format: html, max-stories: 10, include: [economy], exclude: [] }
 * </pre>
 * Keys are checked like the rest of the file. With {@code enabled: false} (or no section) the keys present are
 * still checked, but none is required.
 */
final class MailSection {

    private static final List<String> SUBSCRIBER_KEYS = List.of("address", "name", "format", "max-stories",
            "include", "exclude");

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
        } else if (enabled) {
            throw email.error("unsubscribe", "missing: every digest mail carries a one-click unsubscribe link",
                    "add 'unsubscribe: \"https://your-site/unsubscribe?u={token}\"' under email:");
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
        return new MailSettings(enabled, fromAddress, fromName, subject, unsubscribe, subscribers);
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
            s.done();
        }
        return out;
    }

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
        return new Subscriber(address, name, format, max, s.optionalStringList("include"),
                s.optionalStringList("exclude"));
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
     * {@code include} and {@code exclude} hold terms separated by {@code ;}. Fields may be double-quoted.
     */
    private static List<Subscriber> fromCsv(String file, String text) {
        List<List<String>> rows = Csv.parse(text);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        for (String h : header) {
            if (!SUBSCRIBER_KEYS.contains(h)) {
                throw new ConfigException(file, "line 1, column '" + h + "'", "unknown column",
                        "use any of: " + String.join(", ", SUBSCRIBER_KEYS) + " (address is required)");
            }
        }
        if (!header.contains("address")) {
            throw new ConfigException(file, "line 1", "no 'address' column",
                    "start the file with a header line such as: address,name,format,max-stories,include,exclude");
        }
        List<Subscriber> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (row.size() > header.size()) {
                throw new ConfigException(file, "line " + (r + 1), "has " + row.size() + " fields, the header "
                        + header.size(), "quote fields that contain commas");
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (int c = 0; c < row.size(); c++) {
                String v = row.get(c).strip();
                if (v.isEmpty()) {
                    continue;
                }
                String key = header.get(c);
                values.put(key, key.equals("include") || key.equals("exclude")
                        ? List.of(v.split("\\s*;\\s*")) : v);
            }
            YamlSection s = new YamlSection(file, "line " + (r + 1) + ", ", values);
            out.add(subscriber(s));
            s.done();
        }
        return out;
    }

    /** A small RFC 4180 reader: commas, double quotes ("" inside quotes), CRLF or LF line ends. */
    static final class Csv {
        private Csv() {
        }

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < t.length() && t.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
