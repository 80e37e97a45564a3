package org.daybrief.config;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.unit.DataSize;

/**
 * One mapping of a YAML configuration file (a job file, its {@code email:} section, a subscribers file), tracking
 * which keys were read so the rest can be refused as unknown. Every value is read through a typed, range-checked
 * getter whose error names the file, the key's full path and the fix.
 */
final class YamlSection {

    private final String file;
    private final String prefix;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Set<String> known = new LinkedHashSet<>();

    YamlSection(String file, String prefix, Map<?, ?> map) {
        this.file = file;
        this.prefix = prefix;
        map.forEach((k, v) -> values.put(String.valueOf(k), v));
    }

    ConfigException error(String key, String problem, String fix) {
        return new ConfigException(file, prefix + key, problem, fix);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    String file() {
        return file;
    }

    /** The raw value of a key (marking it known), or null. */
    Object raw(String key) {
        known.add(key);
        return values.get(key);
    }

    /** A list of strings, or a single string as a list of one; empty when absent. */
    List<String> optionalStringList(String key) {
        return has(key) ? stringList(key) : List.of();
    }

    YamlSection section(String key) {
        known.add(key);
        Object v = values.get(key);
        if (v == null) {
            return new YamlSection(file, prefix + key + ".", Map.of());
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw error(key, "must be a mapping of keys, got '" + v + "'", "indent its keys under '" + key + ":'");
        }
        return new YamlSection(file, prefix + key + ".", m);
    }

    String string(String key, String fallback) {
        known.add(key);
        Object v = values.get(key);
        if (v == null) {
            if (fallback == null) {
                throw error(key, "missing", "add '" + key + ":' to the job file");
            }
            return fallback;
        }
        if (v instanceof Map || v instanceof Collection) {
            throw error(key, "must be a single value, got '" + v + "'", "write it as '" + key + ": value'");
        }
        return String.valueOf(v).strip();
    }

    List<String> stringList(String key) {
        known.add(key);
        Object v = values.get(key);
        if (v == null) {
            throw error(key, "missing", "add '" + key + ": [folder/]' to the job file");
        }
        List<String> out = new ArrayList<>();
        if (v instanceof Collection<?> c) {
            c.forEach(x -> out.add(String.valueOf(x).strip()));
        } else if (!(v instanceof Map)) {
            out.add(String.valueOf(v).strip());
        }
        if (out.isEmpty() || out.stream().anyMatch(String::isEmpty)) {
            throw error(key, "must be a non-empty list, got '" + v + "'", "write it as '" + key + ": [a, b]'");
        }
        return out;
    }

    boolean bool(String key, boolean fallback) {
        String v = string(key, String.valueOf(fallback)).toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw error(key, "must be true or false, got '" + v + "'", "write '" + key + ": true'");
        }
        return v.equals("true");
    }

    int integer(String key, int fallback, int min, int max) {
        String s = string(key, String.valueOf(fallback));
        try {
            int n = Integer.parseInt(s);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw error(key, "must be a whole number from " + min + " to " + max + ", got '" + s + "'",
                "set it to e.g. " + Math.max(min, Math.min(max, fallback)));
    }

    /**
     * A size in bytes as Spring's {@link DataSize} reads it ({@code 20MB}, {@code 512KB}, {@code 1GB}, a plain number
     * of bytes; units in either case), from {@code min} to {@code max} (written the same way). A number too large
     * for a long is out of range like any other, never wrapped round.
     */
    long size(String key, long fallback, String min, String max) {
        String s = string(key, fallback + "B");
        DataSize size = parseSize(s);
        if (size != null && size.compareTo(DataSize.parse(min)) >= 0 && size.compareTo(DataSize.parse(max)) <= 0) {
            return size.toBytes();
        }
        throw error(key, "must be a size from " + min + " to " + max + ", got '" + s + "'",
                "write it as e.g. 20MB, 512KB or 1GB; the units are B, KB, MB, GB, TB");
    }

    /**
     * A number of characters: a plain whole number from {@code min} to {@code max}. A size with a byte unit
     * ({@code 2MB}) is refused with its own message: bytes are not characters (UTF-8 text takes 1 to 4 bytes each).
     */
    int characters(String key, int fallback, int min, int max) {
        String s = string(key, String.valueOf(fallback));
        if (!s.chars().allMatch(Character::isDigit) && parseSize(s) != null) {
            throw error(key, "'" + s + "' is a size in bytes, but " + prefix + key + " counts characters of text",
                    "write a plain number of characters, e.g. " + fallback);
        }
        return integer(key, fallback, min, max);
    }

    /** The size, or null when it is not one (or too large for a long). */
    private static DataSize parseSize(String s) {
        try {
            return DataSize.parse(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A duration as Spring Boot's {@link DurationStyle} reads it ({@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h},
     * ISO-8601 {@code PT30S}; a plain number is seconds), from {@code min} to {@code max} (written the same way).
     */
    Duration duration(String key, Duration fallback, String min, String max) {
        String s = string(key, fallback.toMillis() + "ms");
        Duration d;
        try {
            d = DurationStyle.detectAndParse(s, ChronoUnit.SECONDS);
        } catch (IllegalArgumentException e) {
            d = null;
        }
        if (d != null && d.compareTo(DurationStyle.detectAndParse(min)) >= 0
                && d.compareTo(DurationStyle.detectAndParse(max)) <= 0) {
            return d;
        }
        throw error(key, "must be a duration from " + min + " to " + max + ", got '" + s + "'",
                "write it as e.g. 30s, 500ms or 2m; the units are ms, s, m, h, and a plain number is seconds");
    }

    /** Refuses keys nobody asked for, suggesting the closest known one. */
    void done() {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                String closest = known.stream().min(Comparator.comparingInt(k -> distance(k, key))).orElse("");
                String hint = !closest.isEmpty() && distance(closest, key) <= 3
                        ? "did you mean '" + prefix + closest + "'? " : "";
                throw error(key, "unknown key", hint + "known keys here: " + String.join(", ", known));
            }
        }
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
