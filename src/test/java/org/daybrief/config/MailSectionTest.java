package org.daybrief.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.daybrief.deliver.mail.MailFormat;
import org.daybrief.deliver.mail.MailSettings;
import org.daybrief.deliver.mail.Subscriber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job file's email: section, inline or with a subscribers file. */
class MailSectionTest {

    @TempDir
    Path dir;

    private JobFileLoader loader;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(dir.resolve("seeds"));
        loader = new JobFileLoader(dir, Set.of("default"));
    }

    private MailSettings email(String section) throws Exception {
        return loader.load(Files.writeString(dir.resolve("job.yml"), "name: daily\nsources: [seeds/]\n" + section))
                .email();
    }

    private static final String HEAD = """
            email:
              enabled: true
              from: "Daybrief Desk <digest@example.org>"
              unsubscribe: "https://example.org/unsubscribe?u={token}"
            """;

    @Test
    void noSectionMeansNoMail() throws Exception {
        assertThat(email("").enabled()).isFalse();
    }

    @Test
    void readsAnInlineSection() throws Exception {
        MailSettings m = email(HEAD + """
                  subject: "{title} – {date}"
                  subscribers:
                    - { address: alice@example.org, name: Zoë, format: html, max-stories: 10, include: [economy] }
                    - { address: bob@example.org, format: text, exclude: sport }
                """);
        assertThat(m.enabled()).isTrue();
        assertThat(m.fromAddress()).isEqualTo("digest@example.org");
        assertThat(m.fromName()).isEqualTo("Daybrief Desk");
        assertThat(m.subject()).isEqualTo("{title} – {date}");
        assertThat(m.subscribers()).containsExactly(
                new Subscriber("alice@example.org", "Zoë", MailFormat.HTML, 10, java.util.List.of("economy"),
                        java.util.List.of()),
                new Subscriber("bob@example.org", "", MailFormat.TEXT, 0, java.util.List.of(),
                        java.util.List.of("sport")));
    }

    @Test
    void readsSubscribersFromCsvAndYamlFiles() throws Exception {
        Files.writeString(dir.resolve("subs.csv"), """
                address,name,format,max-stories,include,exclude
                alice@example.org,"Smith, Alice",html,5,economy;source:Harbour Gazette,
                bob@example.org,Bob,text,,,football
                """);
        MailSettings csv = email(HEAD + "  subscribers: subs.csv\n");
        assertThat(csv.subscribers()).extracting(Subscriber::name).containsExactly("Smith, Alice", "Bob");
        assertThat(csv.subscribers().get(0).include()).containsExactly("economy", "source:Harbour Gazette");
        assertThat(csv.subscribers().get(0).maxStories()).isEqualTo(5);
        assertThat(csv.subscribers().get(1).exclude()).containsExactly("football");

        Files.writeString(dir.resolve("subs.yml"), "- { address: carol@example.org, format: text }\n");
        assertThat(email(HEAD + "  subscribers: subs.yml\n").subscribers()).extracting(Subscriber::address)
                .containsExactly("carol@example.org");
    }

    @Test
    void withAPublicUrlAJobWithoutUnsubscribeUsesServesEndpoint() throws Exception {
        String noUnsubscribe = "email: { enabled: true, from: d@example.org, subscribers: [ { address: a@example.org } ] }\n";
        assertThatThrownBy(() -> email(noUnsubscribe)).hasMessageContaining("email.unsubscribe: missing")
                .hasMessageContaining("set DAYBRIEF_PUBLIC_URL");
        try {
            System.setProperty(PublicUrl.PROPERTY, "https://digest.example.org/");
            assertThat(email(noUnsubscribe).unsubscribe())
                    .isEqualTo("https://digest.example.org/unsubscribe/{job}/{token}");
            assertThat(email(HEAD + "  subscribers: [ { address: a@example.org } ]\n").unsubscribe())
                    .as("a job's own URL wins").startsWith("https://example.org/unsubscribe?u=");
            System.setProperty(PublicUrl.PROPERTY, "digest.example.org");
            assertThatThrownBy(() -> email(noUnsubscribe)).isInstanceOf(ConfigException.class)
                    .hasMessageContaining("DAYBRIEF_PUBLIC_URL").hasMessageContaining("is not a base URL");
        } finally {
            System.clearProperty(PublicUrl.PROPERTY);
        }
    }

    @Test
    void errorsNameTheFileTheKeyAndTheFix() throws Exception {
        assertThatThrownBy(() -> email(HEAD + "  subscribers: [ { address: alice@example.org, max-storys: 3 } ]\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("job.yml: email.subscribers[0].max-storys: unknown key")
                .hasMessageContaining("did you mean 'email.subscribers[0].max-stories'");
        assertThatThrownBy(() -> email(HEAD + "  subscribers: [ { address: \"a@b.org\\r\\nBcc: x@y.org\" } ]\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("email.subscribers[0].address")
                .hasMessageContaining("not a valid email address");
        assertThatThrownBy(() -> email(HEAD + "  subscribers: [ { address: a@example.org }, { address: A@example.org } ]\n"))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> email("email: { enabled: true, from: d@example.org, subscribers: [ { address: a@example.org } ] }\n"))
                .hasMessageContaining("email.unsubscribe: missing");
        assertThatThrownBy(() -> email(HEAD.replace("{token}", "x") + "  subscribers: [ { address: a@example.org } ]\n"))
                .hasMessageContaining("email.unsubscribe").hasMessageContaining("must contain {token}");
        assertThatThrownBy(() -> email(HEAD + "  subscribers: [ { address: a@example.org, format: pdf } ]\n"))
                .hasMessageContaining("email.subscribers[0].format").hasMessageContaining("use html");
        assertThatThrownBy(() -> email(HEAD + "  subscriber: []\n"))
                .hasMessageContaining("email.subscriber: unknown key").hasMessageContaining("did you mean 'email.subscribers'");
        Files.writeString(dir.resolve("bad.csv"), "address,nickname\na@example.org,A\n");
        assertThatThrownBy(() -> email(HEAD + "  subscribers: bad.csv\n"))
                .hasMessageContaining("bad.csv: line 1, column 'nickname': unknown column");
        Files.writeString(dir.resolve("bad2.csv"), "address,name\na@example.org,A\nnot-an-address,B\n");
        assertThatThrownBy(() -> email(HEAD + "  subscribers: bad2.csv\n"))
                .hasMessageContaining("bad2.csv: line 3, address:");
    }

    @Test
    void aQuotedLineBreakKeepsTheLineNumbersOfTheRowsAfterIt() throws Exception {
        Files.writeString(dir.resolve("subs.csv"), """
                address,name
                alice@example.org,"Alice
                Smith, of the ""Gazette""\"
                not-an-address,B
                """);
        assertThatThrownBy(() -> email(HEAD + "  subscribers: subs.csv\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("subs.csv: line 4, address: ");

        Files.writeString(dir.resolve("subs.csv"), "address,name\r\nalice@example.org,\"Alice\r\nSmith\"\r\n"
                + " bob@example.org , \"Bob, Jr.\" \r\n\r\n");
        assertThat(email(HEAD + "  subscribers: subs.csv\n").subscribers()).extracting(Subscriber::name)
                .containsExactly("Alice Smith", "Bob, Jr.");
    }

    @Test
    void anUnclosedQuoteNamesTheLineWhereItOpened() throws Exception {
        Files.writeString(dir.resolve("subs.csv"), """
                address,name
                alice@example.org,"Alice, ""A."" Smith"
                bob@example.org,"Bob
                carol@example.org,Carol
                dave@example.org,Dave
                """);
        assertThatThrownBy(() -> email(HEAD + "  subscribers: subs.csv\n")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(dir.resolve("subs.csv") + ": line 3: a quote (\") opens a field here and "
                        + "is never closed")
                .hasMessageContaining("(fix: close the quote");
    }

    @Test
    void rowsThatAreNotCsvNameTheirLine() throws Exception {
        Files.writeString(dir.resolve("subs.csv"), "address,name\nalice@example.org,A\nbob@example.org,\"B\"x\n");
        assertThatThrownBy(() -> email(HEAD + "  subscribers: subs.csv\n"))
                .hasMessageStartingWith(dir.resolve("subs.csv") + ": line 3: not valid CSV: ");
        Files.writeString(dir.resolve("subs.csv"), "address,name\nalice@example.org,A,extra\n");
        assertThatThrownBy(() -> email(HEAD + "  subscribers: subs.csv\n"))
                .hasMessageContaining("subs.csv: line 2: has 3 fields, the header 2");
        Files.writeString(dir.resolve("subs.csv"), "address,name,Name\nalice@example.org,A,B\n");
        assertThatThrownBy(() -> email(HEAD + "  subscribers: subs.csv\n"))
                .hasMessageContaining("subs.csv: line 1: ").hasMessageContaining("duplicate");
    }

    @Test
    void aKeyGivenTwiceInTheSectionOrASubscribersFileIsRefused() throws Exception {
        assertThatThrownBy(() -> email(HEAD + "  enabled: false\n  subscribers: [ { address: a@example.org } ]\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("job.yml: email.enabled: given twice "
                        + "(lines 4 and 7)");
        Files.writeString(dir.resolve("subs.yml"), "- { address: a@example.org }\n"
                + "- { address: b@example.org, name: B, name: Bee }\n");
        assertThatThrownBy(() -> email(HEAD + "  subscribers: subs.yml\n")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(dir.resolve("subs.yml") + ": [1].name: given twice (line 2)");
    }

    @Test
    void aDisabledSectionIsCheckedButRequiresNothing() throws Exception {
        assertThat(email("email: { enabled: false }\n").enabled()).isFalse();
        assertThatThrownBy(() -> email("email: { enabled: false, form: x }\n")).hasMessageContaining("email.form");
    }
}
