package org.daybrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole loop as issue #18 asks it: DAYBRIEF_PUBLIC_URL set and no {@code unsubscribe:} key; a run mails
 * every subscriber a List-Unsubscribe on that base, shown as a link in the HTML part; one subscriber's mail
 * client POSTs the one-click request to serve; the next run mails only the subscribers who stayed.
 */
class OneClickEndToEndTest {

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String PUBLIC = "https://digest.example.org";

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        Stream.of("daybrief.state-dir", "DAYBRIEF_UNSUBSCRIBE_SECRET", "daybrief.public-url", "spring.mail.host",
                "spring.mail.port").forEach(System::clearProperty);
    }

    @Test
    void afterAOneClickPostTheNextRunMailsOnlyTheSubscribersWhoStayed() throws Exception {
        System.setProperty("daybrief.state-dir", dir.resolve("state").toString());
        System.setProperty("DAYBRIEF_UNSUBSCRIBE_SECRET", "test-secret-0123456789abcdef");
        System.setProperty("daybrief.public-url", PUBLIC);
        System.setProperty("spring.mail.host", "127.0.0.1");
        System.setProperty("spring.mail.port", String.valueOf(GREENMAIL.getSmtp().getPort()));
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Path docs = dir.resolve("docs");
        WebFixtures.documents(docs);
        Path job = WebFixtures.mailJob(jobs, docs, dir.resolve("out"), "html");

        SiteServer.cli("run", "--job", job.toString(), "--date", "2025-09-23");
        MimeMessage[] first = GREENMAIL.getReceivedMessages();
        assertThat(recipients(first)).containsExactlyInAnyOrder("alice@example.org", "bob@example.org",
                "carol@example.org", "dave@example.org");
        MimeMessage alice = Arrays.stream(first).filter(m -> recipient(m).equals("alice@example.org")).findFirst()
                .orElseThrow();
        String header = alice.getHeader("List-Unsubscribe", null);
        assertThat(header).matches("<" + PUBLIC + "/unsubscribe/mail/[A-Za-z0-9_-]{43}>");
        String url = header.substring(1, header.length() - 1);
        String html = (String) ((MimeMultipart) alice.getContent()).getBodyPart(1).getContent();
        assertThat(html).as("a visible link in the HTML part").contains("<a href=\"" + url + "\"")
                .contains("Unsubscribe from this digest");

        try (SiteServer site = new SiteServer(jobs)) {
            HttpResponse<String> post = site.post(url.substring(PUBLIC.length()), "application/x-www-form-urlencoded",
                    "List-Unsubscribe=One-Click");
            assertThat(post.statusCode()).isEqualTo(200);
            assertThat(site.get("/actuator/health").body()).as("the SMTP server is an indicator when set")
                    .contains("\"mail\":{\"status\":\"UP\"}").contains("\"db\":{\"status\":\"UP\"}");
        }

        WebFixtures.nextDay(docs);
        String report = SiteServer.cli("run", "--job", job.toString(), "--date", "2025-09-24");
        // one message each from the first run, one more each for those who stayed (GreenMail keeps no order)
        assertThat(recipients(GREENMAIL.getReceivedMessages())).as(report).containsExactlyInAnyOrder(
                "alice@example.org", "bob@example.org", "bob@example.org", "carol@example.org", "carol@example.org",
                "dave@example.org", "dave@example.org");
    }

    private static List<String> recipients(MimeMessage[] messages) {
        return Arrays.stream(messages).map(OneClickEndToEndTest::recipient).toList();
    }

    private static String recipient(MimeMessage m) {
        try {
            return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
