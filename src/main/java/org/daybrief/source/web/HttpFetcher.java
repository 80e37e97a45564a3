package org.daybrief.source.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import org.daybrief.ingest.Sizes;

/**
 * The HTTP client of one run, a good citizen: it names itself ({@value #USER_AGENT}), asks for gzip, asks
 * conditionally for what it fetched before ({@code If-None-Match} / {@code If-Modified-Since}, a {@code 304}
 * answered from the {@link HttpCache}), makes one request at a time per host with a pause between them, tries a
 * {@code 429} or {@code 503} again after its {@code Retry-After} (within bounds), follows at most
 * {@value #MAX_REDIRECTS} redirects, each one checked by the {@link AddressGuard}, and reads no more than a file
 * may hold. Thread-safe.
 */
public final class HttpFetcher {

    public static final String USER_AGENT = "Daybrief/0.1.0 (+https://github.com/daybrief/daybrief; digest reader)";
    public static final int MAX_REDIRECTS = 5;

    /** How a URL fetched before is asked for again. */
    public enum Mode {
        /** conditionally: the server says whether it changed (feeds, pages named as sources) */
        REVALIDATE,
        /** not at all: what was read before is used as it is (an article page: its words do not change) */
        CACHED
    }

    /**
     * @param url         where the content came from, after redirects
     * @param contentType the {@code Content-Type}, or empty
     * @param body        the content, decoded from gzip
     * @param fromCache   true when no new content came: a {@code 304}, or a page read before
     */
    public record Fetched(URI url, String contentType, byte[] body, boolean fromCache) {
    }

    private final WebSettings settings;
    private final long maxBytes;
    private final HttpCache cache;
    private final AddressGuard guard;
    private final HostPacer pacer;
    private final HttpClient client;

    public HttpFetcher(WebSettings settings, long maxBytes, HttpCache cache) {
        this(settings, maxBytes, cache, HostResolver.SYSTEM, null);
    }

    /**
     * @param resolver the DNS the address guard asks
     * @param proxy    where connections go, or null for direct (tests send every host to a loopback server)
     */
    public HttpFetcher(WebSettings settings, long maxBytes, HttpCache cache, HostResolver resolver,
            ProxySelector proxy) {
        this.settings = settings;
        this.maxBytes = maxBytes;
        this.cache = cache;
        this.guard = new AddressGuard(resolver);
        this.pacer = HostPacer.SHARED;
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(settings.timeout());
        if (proxy != null) {
            builder.proxy(proxy);
        }
        this.client = builder.build();
    }

    public AddressGuard guard() {
        return guard;
    }

    /**
     * Fetches a URL.
     *
     * @param allowPrivate whether it (and its redirects) may be on a loopback, link-local or private address
     * @throws FetchException with the reason as users see it
     */
    public Fetched get(URI url, Mode mode, boolean allowPrivate) throws FetchException {
        Optional<HttpCache.Cached> cached = cache.get(url);
        if (mode == Mode.CACHED && cached.isPresent()) {
            return new Fetched(url, cached.get().contentType(), cached.get().body(), true);
        }
        URI hop = url;
        for (int redirects = 0; ; redirects++) {
            if (!allowPrivate) {
                Optional<String> refused = guard.refusal(hop);
                if (refused.isPresent()) {
                    throw new FetchException("not fetched: " + refused.get()
                            + (hop.equals(url) ? "" : " (redirected from " + url + ")"));
                }
            }
            HttpResponse<byte[]> response = send(hop, cached.orElse(null));
            int status = response.statusCode();
            if (status == 304 && cached.isPresent()) {
                return new Fetched(hop, cached.get().contentType(), cached.get().body(), true);
            }
            if (isRedirect(status)) {
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new FetchException("HTTP " + status + " without a Location");
                }
                if (redirects == MAX_REDIRECTS) {
                    throw new FetchException("too many redirects (more than " + MAX_REDIRECTS + ")");
                }
                try {
                    hop = hop.resolve(location.get().strip());
                } catch (IllegalArgumentException e) {
                    throw new FetchException("HTTP " + status + " to a bad Location: " + location.get());
                }
                if (!"http".equalsIgnoreCase(hop.getScheme()) && !"https".equalsIgnoreCase(hop.getScheme())) {
                    throw new FetchException("redirected to " + hop.getScheme() + ": only http(s) is fetched");
                }
                continue;
            }
            if (status < 200 || status >= 300) {
                throw new FetchException("HTTP " + status);
            }
            byte[] body = decoded(response);
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            cache.put(url, new HttpCache.Cached(response.headers().firstValue("ETag").orElse(""),
                    response.headers().firstValue("Last-Modified").orElse(""), contentType, body));
            return new Fetched(hop, contentType, body, false);
        }
    }

    /** One request to one address, tried again on 429 or 503 as long as the wait it asks for is within bounds. */
    private HttpResponse<byte[]> send(URI url, HttpCache.Cached cached) throws FetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET().timeout(settings.timeout())
                .header("User-Agent", USER_AGENT).header("Accept-Encoding", "gzip")
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
                        + "text/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
        if (cached != null) {
            if (!cached.etag().isEmpty()) {
                request.header("If-None-Match", cached.etag());
            }
            if (!cached.lastModified().isEmpty()) {
                request.header("If-Modified-Since", cached.lastModified());
            }
        }
        HttpRequest built = request.build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<byte[]> response;
            CompletableFuture<HttpResponse<byte[]>> exchange = null;
            try (HostPacer.Turn turn = pacer.await(hostKey(url), settings.delay())) {
                // The whole exchange, body included, is bounded: a server that trickles bytes cannot hold a run.
                exchange = client.sendAsync(built, BoundedBody.handler(maxBytes));
                response = exchange.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                exchange.cancel(true);
                throw new FetchException("timed out after " + seconds(settings.timeout()));
            } catch (ExecutionException e) {
                throw failure(url, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("interrupted");
            }
            int status = response.statusCode();
            if ((status != 429 && status != 503) || attempt >= settings.retries()) {
                return response;
            }
            Duration wait = retryAfter(response).orElse(Duration.ofSeconds(1L << attempt));
            if (wait.compareTo(settings.maxRetryWait()) > 0) {
                throw new FetchException("HTTP " + status + " (asked to wait " + seconds(wait) + ", more than the "
                        + seconds(settings.maxRetryWait()) + " web.max-retry-wait)");
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("interrupted");
            }
        }
    }

    /** {@code Retry-After} as seconds or as an HTTP date. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> value = response.headers().firstValue("Retry-After").map(String::strip);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String v = value.get();
        if (v.chars().allMatch(Character::isDigit) && !v.isEmpty() && v.length() < 10) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(Instant.now(), at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The reason a request failed, as users see it. */
    private FetchException failure(URI url, Throwable cause) {
        if (cause instanceof BoundedBody.TooLarge) {
            return tooLarge();
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new FetchException("cannot connect: timed out after " + seconds(settings.timeout()));
        }
        if (cause instanceof HttpTimeoutException) {
            return new FetchException("timed out after " + seconds(settings.timeout()));
        }
        if (cause instanceof ConnectException) {
            return new FetchException("cannot connect to " + url.getHost() + (url.getPort() > 0 ? ":" + url.getPort()
                    : ""));
        }
        if (cause instanceof UnknownHostException || cause.getCause() instanceof UnknownHostException) {
            return new FetchException("unknown host " + url.getHost());
        }
        return new FetchException("cannot fetch: " + oneLine(cause));
    }

    /** The body, gunzipped when it came gzipped: no more than a file may hold either way. */
    private byte[] decoded(HttpResponse<byte[]> response) throws FetchException {
        boolean gzip = response.headers().firstValue("Content-Encoding").map(e -> e.strip().equalsIgnoreCase("gzip"))
                .orElse(false);
        if (!gzip) {
            return response.body();
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new FetchException("cannot read the answer: " + oneLine(e));
        }
    }

    private FetchException tooLarge() {
        return new FetchException("too large: more than " + Sizes.megabytes(maxBytes) + " limit");
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String hostKey(URI url) {
        return url.getHost().toLowerCase(Locale.ROOT) + ":" + url.getPort();
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** A failure's message (or its type, without one) on one line, for a skip reason. */
    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
