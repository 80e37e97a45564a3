package org.daybrief.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The digest formats, named by the file extension used in job files ({@code formats: [html, md, txt, json]}). */
public enum Format {
    HTML("html"),
    MARKDOWN("md"),
    TEXT("txt"),
    JSON("json");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** The file extension, e.g. {@code md}. */
    public String extension() {
        return extension;
    }

    /** The digest's file name in this format, e.g. {@code digest.md}. */
    public String fileName() {
        return "digest." + extension;
    }

    /**
     * The format for a job-file value: its extension ({@code html}, {@code md}, {@code txt}, {@code json}),
     * case-insensitive.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Format fromExtension(String value) {
        for (Format f : values()) {
            if (f.extension.equalsIgnoreCase(value == null ? "" : value.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + value + "': use one of "
                + Arrays.stream(values()).map(Format::extension).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
