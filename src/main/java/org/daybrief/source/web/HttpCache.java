package org.daybrief.source.web;

import java.net.URI;
import java.util.Optional;

/**
 * What was last fetched from each URL, kept across runs (in the job database): its validators for a conditional
 * GET next time, and its content, which a {@code 304 Not Modified} or an article page already read stands for.
 */
public interface HttpCache {

    Optional<Cached> get(URI url);

    void put(URI url, Cached response);

    /**
     * @param etag         the {@code ETag} the server sent, or empty
     * @param lastModified the {@code Last-Modified} it sent, or empty
     * @param contentType  its {@code Content-Type}, or empty
     * @param body         the content, decoded from gzip
     */
    record Cached(String etag, String lastModified, String contentType, byte[] body) {
        public Cached {
            etag = etag == null ? "" : etag;
            lastModified = lastModified == null ? "" : lastModified;
            contentType = contentType == null ? "" : contentType;
        }
    }

    /** Remembers nothing: every request is unconditional. */
    HttpCache NONE = new HttpCache() {
        @Override
        public Optional<Cached> get(URI url) {
            return Optional.empty();
        }

        @Override
        public void put(URI url, Cached response) {
        }
    };
}
