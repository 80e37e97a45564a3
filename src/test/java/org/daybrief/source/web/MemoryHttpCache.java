package org.daybrief.source.web;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link HttpCache} in memory, for tests. */
final class MemoryHttpCache implements HttpCache {

    private final Map<URI, Cached> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<Cached> get(URI url) {
        return Optional.ofNullable(entries.get(url));
    }

    @Override
    public void put(URI url, Cached response) {
        entries.put(url, response);
    }
}
