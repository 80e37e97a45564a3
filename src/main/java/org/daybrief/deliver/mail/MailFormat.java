package org.daybrief.deliver.mail;

import java.util.Locale;

/** How a subscriber reads the digest: {@code html} (multipart/alternative, text and HTML) or {@code text} only. */
public enum MailFormat {
    HTML("html"),
    TEXT("text");

    private final String key;

    MailFormat(String key) {
        this.key = key;
    }

    /** The job-file value. */
    public String key() {
        return key;
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static MailFormat of(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (MailFormat f : values()) {
            if (f.key.equals(v)) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a mail format: use html or text");
    }
}
