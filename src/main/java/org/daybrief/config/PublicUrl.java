package org.daybrief.config;

import org.daybrief.deliver.mail.UnsubscribeTokens;

/**
 * {@code DAYBRIEF_PUBLIC_URL} (or {@code -Ddaybrief.public-url}): the public base URL of {@code daybrief serve},
 * e.g. {@code https://digest.example.org}. When set, a job without {@code email.unsubscribe} gets serve's own
 * one-click endpoint ({@link #unsubscribeTemplate}) and feeds link absolutely ({@link #jobBase}).
 */
public final class PublicUrl {

    public static final String ENV = "DAYBRIEF_PUBLIC_URL";
    public static final String PROPERTY = "daybrief.public-url";

    private PublicUrl() {
    }

    /**
     * The base URL without a trailing slash, or empty when it is not set.
     *
     * @throws ConfigException when it is set but is not an http(s) URL with a host
     */
    public static String fromEnvironment() {
        String value = System.getProperty(PROPERTY, System.getenv(ENV));
        if (value == null || value.isBlank()) {
            return "";
        }
        String base = value.strip().replaceAll("/+$", "");
        String problem = UnsubscribeTokens.checkTemplate(unsubscribeTemplate(base));
        if (problem != null || base.contains("?") || base.contains("#")) {
            throw new ConfigException("(environment)", ENV, "'" + value + "' is not a base URL: "
                    + (problem != null ? problem : "it has a query or fragment"),
                    "set it to where 'daybrief serve' is reached, e.g. https://digest.example.org");
        }
        return base;
    }

    /** The URL template of serve's unsubscribe endpoint ({@code /unsubscribe/<job>/<token>}) on a base URL. */
    public static String unsubscribeTemplate(String base) {
        return base + "/unsubscribe/{job}/{token}";
    }

    /** Where serve publishes a job's folder ({@code <base>/<job>/}), or empty without a public URL. */
    public static String jobBase(String job) {
        String base = fromEnvironment();
        return base.isEmpty() ? "" : base + "/" + job + "/";
    }
}
