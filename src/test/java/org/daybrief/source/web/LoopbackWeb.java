package org.daybrief.source.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

/**
 * A web server on the loopback address for tests: answers set per path, each request recorded with its headers.
 * Conditional requests are answered as a server would: 304 when If-None-Match names the page's ETag. Used as a
 * proxy too ({@link #proxy()}): requests for any host arrive here, and record the host they were meant for.
 */
public final class LoopbackWeb implements AutoCloseable {

    /** One request as it arrived. */
    public record Request(String host, String path, Headers headers) {
        public String header(String name) {
            String v = headers.getFirst(name);
            return v == null ? "" : v;
        }
    }

    /** An answer: status, headers, body. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {
        public static Answer ok(String contentType, String body) {
            return new Answer(200, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
        }

        public static Answer status(int status) {
            return new Answer(status, Map.of(), ("status " + status).getBytes(StandardCharsets.UTF_8));
        }

        /** Headers at once, then one byte of the body, then nothing for 10 seconds. */
        public static Answer stalling() {
            return new Answer(200, Map.of("Content-Type", "text/html", "X-Stall", "1"), new byte[] {'<'});
        }

        public static Answer redirect(String location) {
            return new Answer(302, Map.of("Location", location), new byte[0]);
        }

        public Answer withHeader(String name, String value) {
            Map<String, String> h = new java.util.LinkedHashMap<>(headers);
            h.put(name, value);
            return new Answer(status, h, body);
        }
    }

    private final HttpServer server;
    private final Map<String, List<Answer>> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = java.util.Collections.synchronizedList(new ArrayList<>());

    public LoopbackWeb() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        // Handlers on threads of their own, so a stalling answer does not hold up the others (or stop()).
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-web");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** Serves this answer at {@code path} (any host), every time. */
    public LoopbackWeb serve(String path, Answer answer) {
        answers.put(path, new ArrayList<>(List.of(answer)));
        return this;
    }

    /** Serves these answers at {@code path} one after the other, the last one from then on. */
    public LoopbackWeb serveInTurn(String path, Answer... inTurn) {
        answers.put(path, new ArrayList<>(List.of(inTurn)));
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public ProxySelector proxy() {
        return ProxySelector.of(server.getAddress());
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<Request> requests(String path) {
        return requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String host = uri.getHost() != null ? uri.getHost() : exchange.getRequestHeaders().getFirst("Host");
        String path = uri.getRawPath();
        requests.add(new Request(host, path, exchange.getRequestHeaders()));
        List<Answer> inTurn = answers.get(path);
        Answer answer;
        if (inTurn == null) {
            answer = Answer.status(404);
        } else {
            synchronized (inTurn) {
                answer = inTurn.size() > 1 ? inTurn.remove(0) : inTurn.get(0);
            }
        }
        String etag = answer.headers().get("ETag");
        String asked = exchange.getRequestHeaders().getFirst("If-None-Match");
        byte[] body = answer.body();
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        if (answer.status() == 200 && etag != null && etag.equals(asked)) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        if (answer.headers().containsKey("X-Stall")) {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write(body);
            out.flush();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        String accepts = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        if (answer.status() == 200 && accepts != null && accepts.contains("gzip") && body.length > 0) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                gz.write(body);
            }
            body = zipped.toByteArray();
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
        }
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
