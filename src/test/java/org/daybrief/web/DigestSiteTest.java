package org.daybrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.daybrief.batch.JdbcSuppressions;
import org.daybrief.deliver.mail.Suppressions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve's web side on a real port, over a digest built by {@code daybrief run} (a dry run: mail goes to the
 * outbox): the site, the feed, the unsubscribe endpoint, health and metrics.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DigestSiteTest {

    static final String DATE = "2025-09-23";
    static final String PUBLIC = "https://digest.example.org";

    @TempDir
    static Path dir;

    private SiteServer site;
    private Path output;

    @BeforeAll
    void runAndServe() throws Exception {
        System.setProperty("daybrief.state-dir", dir.resolve("state").toString());
        System.setProperty("DAYBRIEF_UNSUBSCRIBE_SECRET", "test-secret-0123456789abcdef");
        System.setProperty("daybrief.public-url", PUBLIC + "/");
        output = dir.resolve("out");
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        WebFixtures.documents(dir.resolve("docs"));
        WebFixtures.mailJob(jobs, dir.resolve("docs"), output, "html, txt");
        SiteServer.cli("run", "--job", jobs.resolve("mail.yml").toString(), "--date", DATE);
        site = new SiteServer(jobs);
    }

    @AfterAll
    void stop() {
        if (site != null) {
            site.close();
        }
        Stream.of("daybrief.state-dir", "DAYBRIEF_UNSUBSCRIBE_SECRET", "daybrief.public-url")
                .forEach(System::clearProperty);
    }

    @Test
    void theFrontPageListsTheJobsAndEachJobHasItsIndexPage() throws Exception {
        HttpResponse<String> front = site.get("/");
        assertThat(front.statusCode()).isEqualTo(200);
        assertThat(front.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/html"));
        assertThat(front.body()).contains("href=\"mail/\"").contains("Morning digest").contains("latest: " + DATE);

        assertThat(site.get("/mail").headers().firstValue("Location")).hasValue("mail/");
        HttpResponse<String> index = site.get("/mail/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("href=\"" + DATE + "/digest.html\"");
        assertThat(site.get("/nosuchjob/").statusCode()).isEqualTo(404);
    }

    @Test
    void digestFilesAndTheFeedHaveTheirContentTypesAndRevalidate() throws Exception {
        HttpResponse<String> html = site.get("/mail/" + DATE + "/digest.html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(html.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(html.headers().firstValue("Last-Modified")).isPresent();
        assertThat(html.body()).isEqualTo(Files.readString(output.resolve("mail/" + DATE + "/digest.html")));
        String etag = html.headers().firstValue("ETag").orElseThrow();
        assertThat(site.get("/mail/" + DATE + "/digest.html", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(site.get("/mail/" + DATE + "/").body()).isEqualTo(html.body());

        assertThat(site.get("/mail/" + DATE + "/digest.txt").headers().firstValue("Content-Type"))
                .hasValue("text/plain;charset=UTF-8");
        assertThat(site.get("/mail/feed.atom").headers().firstValue("Content-Type"))
                .hasValue("application/atom+xml;charset=UTF-8");
        assertThat(site.get("/mail/" + DATE + "/digest.json").statusCode()).as("not among the job's formats")
                .isEqualTo(404);
    }

    @Test
    void nothingOutsideTheDigestFilesIsServed() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "not for the web");
        for (String path : List.of("/mail/../secret.txt", "/mail/%2e%2e/%2e%2e/secret.txt", "/mail/..%2F..%2Fsecret.txt",
                "/..%2Fsecret.txt", "/mail/" + DATE + "/..%2F..%2F..%2Fsecret.txt", "/mail/" + DATE + "/.digest.json",
                "/mail/" + DATE + "/outbox/", "/mail/.state/daybrief.mv.db", "/mail/" + DATE + "/../../../secret.txt",
                "/mail/2025-99-99/digest.html", "/%2e%2e/%2e%2e/secret.txt")) {
            HttpResponse<String> r = site.get(path);
            assertThat(r.statusCode()).as(path).isBetween(400, 499);
            assertThat(r.body()).as(path).doesNotContain("not for the web").doesNotContain("List-Unsubscribe");
        }
    }

    @Test
    void theFeedHoldsTheOverviewAndEveryStoryWithAbsoluteLinks() throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new StringReader(site.get("/mail/feed.atom").body()));
        assertThat(feed.getLinks()).extracting(l -> l.getRel() + " " + l.getHref()).containsExactlyInAnyOrder(
                "self " + PUBLIC + "/mail/feed.atom", "alternate " + PUBLIC + "/mail/index.html");
        SyndEntry entry = feed.getEntries().stream().filter(e -> e.getLink().equals(PUBLIC + "/mail/" + DATE
                + "/digest.html")).findFirst().orElseThrow(() -> new AssertionError(feed.getEntries()));
        String content = entry.getContents().get(0).getValue();
        assertThat(content).contains("The day in brief:");
        for (String title : List.of("Dockworkers strike at Easthaven", "Central bank holds rates",
                "Pinecrest wins the state cup")) {
            assertThat(content).contains(title);
        }
        assertThat(content).contains("walked off the job on Tuesday").contains("held its main interest rate")
                .contains("href=\"https://example.org/rates\"")
                .contains("href=\"" + PUBLIC + "/mail/" + DATE + "/digest.html\"");
    }

    @Test
    void aGetShowsTheButtonAndUnsubscribesNobodyOneClickPostDoesAndRepeatingIsHarmless() throws Exception {
        String url = unsubscribeUrl("alice@example.org");
        assertThat(url).startsWith(PUBLIC + "/unsubscribe/mail/");
        String path = url.substring(PUBLIC.length());
        Suppressions suppressions = site.context.getBean(JdbcSuppressions.class);

        HttpResponse<String> page = site.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\">").contains("alice@example.org")
                .contains("id=\"unsubscribe\"");
        assertThat(suppressions.find("mail", "alice@example.org")).isEmpty();

        for (int i = 0; i < 2; i++) {
            HttpResponse<String> post = site.post(path, "application/x-www-form-urlencoded",
                    "List-Unsubscribe=One-Click");
            assertThat(post.statusCode()).isEqualTo(200);
            assertThat(post.headers().firstValue("Location")).isEmpty();
            assertThat(post.headers().firstValue("Set-Cookie")).isEmpty();
        }
        assertThat(suppressions.list("mail")).filteredOn(s -> s.address().equals("alice@example.org"))
                .singleElement().satisfies(s -> assertThat(s.how()).isEqualTo(Suppressions.How.ONE_CLICK));
    }

    @Test
    void multipartOneClickAndThePageButtonUnsubscribe() throws Exception {
        Suppressions suppressions = site.context.getBean(JdbcSuppressions.class);
        String bob = unsubscribeUrl("bob@example.org").substring(PUBLIC.length());
        String boundary = "b0undary";
        HttpResponse<String> post = site.post(bob, "multipart/form-data; boundary=" + boundary, "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\nOne-Click\r\n--" + boundary
                + "--\r\n");
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(suppressions.find("mail", "bob@example.org")).hasValueSatisfying(s ->
                assertThat(s.how()).isEqualTo(Suppressions.How.ONE_CLICK));

        String carol = unsubscribeUrl("carol@example.org").substring(PUBLIC.length());
        HttpResponse<String> button = site.post(carol, "application/x-www-form-urlencoded", "confirm=page");
        assertThat(button.statusCode()).isEqualTo(200);
        assertThat(button.body()).contains("You are unsubscribed");
        assertThat(suppressions.find("mail", "carol@example.org")).hasValueSatisfying(s ->
                assertThat(s.how()).isEqualTo(Suppressions.How.PAGE));
    }

    @Test
    void aForgedOrAlteredTokenIsRefusedAndRecordsNothing() throws Exception {
        Suppressions suppressions = site.context.getBean(JdbcSuppressions.class);
        String path = unsubscribeUrl("dave@example.org").substring(PUBLIC.length());
        char last = path.charAt(path.length() - 1);
        String altered = path.substring(0, path.length() - 1) + (last == 'A' ? 'B' : 'A');
        String forged = "/unsubscribe/mail/" + "x".repeat(43);
        String otherJob = path.replace("/unsubscribe/mail/", "/unsubscribe/nosuchjob/");
        for (String p : List.of(altered, forged, otherJob)) {
            assertThat(site.get(p).statusCode()).as(p).isEqualTo(404);
            assertThat(site.post(p, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click")
                    .statusCode()).as(p).isEqualTo(404);
        }
        assertThat(site.post(path, "application/x-www-form-urlencoded", "").statusCode()).isEqualTo(400);
        assertThat(suppressions.find("mail", "dave@example.org")).isEmpty();
    }

    @Test
    void healthIsUpWithTheJobDatabaseAndPrometheusHasDaybriefMetrics() throws Exception {
        HttpResponse<String> health = site.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).endsWith("\"status\":\"UP\"}").contains("\"db\":{\"status\":\"UP\"}")
                .contains("\"sources\":{\"status\":\"UP\"}");
        assertThat(site.get("/actuator/health/failing-sources").body()).as("no source failing")
                .contains("\"sources\":{\"status\":\"UP\"}");

        site.context.getBean(org.daybrief.batch.DigestRunner.class).run(new org.daybrief.config.JobFileLoader(
                Path.of(""), java.util.Set.copyOf(org.daybrief.summarize.Summarizer.METHODS)).load(dir.resolve("jobs/mail.yml")), java.time.LocalDate.parse("2025-09-24"), false);
        String metrics = site.get("/actuator/prometheus").body();
        assertThat(metrics).contains("daybrief_documents_read_total{job=\"mail\"}")
                .contains("daybrief_documents_summarised_total{job=\"mail\"}")
                .contains("daybrief_run_duration_seconds_count{job=\"mail\",status=\"COMPLETED\"} 1")
                .contains("daybrief_mails_sent_total{job=\"mail\"}");
        Matcher last = Pattern.compile("daybrief_run_last_success_seconds\\{job=\"mail\"} ([0-9.E]+)").matcher(metrics);
        assertThat(last.find()).as(metrics).isTrue();
        assertThat(Double.parseDouble(last.group(1))).isGreaterThan(1.7e9);
    }

    /** The List-Unsubscribe URL of the subscriber's message in the dry run's outbox. */
    private String unsubscribeUrl(String address) throws Exception {
        try (Stream<Path> files = Files.list(output.resolve("mail/" + DATE + "/outbox"))) {
            for (Path eml : files.filter(p -> p.toString().endsWith(".eml")).toList()) {
                try (InputStream in = Files.newInputStream(eml)) {
                    MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
                    if (m.getAllRecipients()[0].toString().contains(address)) {
                        String header = m.getHeader("List-Unsubscribe", null);
                        return header.substring(1, header.length() - 1);
                    }
                }
            }
        }
        throw new AssertionError("no outbox message to " + address);
    }
}
