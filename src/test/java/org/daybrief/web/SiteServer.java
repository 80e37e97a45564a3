package org.daybrief.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import org.daybrief.batch.DaybriefApplication;
import org.daybrief.cli.Main;
import org.daybrief.config.JobFileLoader;
import org.daybrief.summarize.Summarizer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring shell as {@code serve} with a port builds it (cli.Jobs), on a free port, for the jobs of one folder;
 * and an HTTP client for it. Close it after the test.
 */
final class SiteServer implements AutoCloseable {

    final ConfigurableApplicationContext context;
    final int port;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    SiteServer(Path jobsDir) {
        SiteJobs jobs = new SiteJobs(jobsDir, new JobFileLoader(Path.of(""), Set.copyOf(Summarizer.METHODS)));
        context = new SpringApplicationBuilder(DaybriefApplication.class).sources(DaybriefSite.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("siteJobs", jobs))
                .run("--spring.main.web-application-type=servlet", "--server.port=0");
        port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Runs the CLI in-process; fails with its output unless it exits 0. */
    static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        if (code != 0) {
            throw new AssertionError("daybrief " + String.join(" ", args) + " exited " + code + "\n" + out + err);
        }
        return out.toString();
    }

    @Override
    public void close() {
        context.close();
    }
}
