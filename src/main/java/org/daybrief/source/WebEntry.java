package org.daybrief.source;

import java.net.URI;
import java.util.Objects;

/**
 * An {@code http(s)} URL: an RSS or Atom feed (each item a document) or a web page (one document); which of the
 * two is told from what the server sends.
 *
 * @param url          the feed's or page's address
 * @param allowPrivate whether links from it may lead to loopback, link-local or private addresses
 *                     ({@code { url: ..., allow-private: true }}); a source that is itself on such an address
 *                     allows them anyway
 */
public record WebEntry(URI url, boolean allowPrivate) implements SourceEntry {

    public WebEntry {
        Objects.requireNonNull(url, "url");
    }

    @Override
    public String location() {
        return url.toString();
    }
}
