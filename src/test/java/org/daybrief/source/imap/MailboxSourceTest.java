package org.daybrief.source.imap;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daybrief.ingest.IngestLimits;
import org.daybrief.ingest.RawDocument;
import org.daybrief.source.SourceContext;
import org.daybrief.source.SourceHealth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A mailbox as a source of one run after another, against GreenMail, with its place kept in memory. */
class MailboxSourceTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(Newsletters.onFreePort(ServerSetupTest.IMAP));

    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2025, 9, 22, 7, 0, 0, 0, ZoneOffset.UTC);

    private GreenMailUser user;
    private final InMemoryStates states = new InMemoryStates();
    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void setUp() {
        user = MAIL.setUser("digest@example.org", "digest", "s3cret");
    }

    /** The place a job keeps in each mailbox, as the job database would keep it. */
    private static final class InMemoryStates implements MailboxStates {
        final Map<String, MailboxState> places = new HashMap<>();
        final Set<String> messageIds = new HashSet<>();

        @Override
        public MailboxState state(String job, String mailbox) {
            return places.getOrDefault(job + " " + mailbox, MailboxState.NEVER_READ);
        }

        @Override
        public boolean knownMessageId(String job, String mailbox, String messageId) {
            return messageIds.contains(job + " " + mailbox + " " + messageId);
        }

        @Override
        public void save(String job, String mailbox, MailboxState state, List<String> ids) {
            places.put(job + " " + mailbox, state);
            ids.forEach(id -> messageIds.add(job + " " + mailbox + " " + id));
        }
    }

    private MailboxEntry entry(String folder, String after, String passwordEnv) {
        return new MailboxEntry(MailboxAddress.parse("imap://digest@127.0.0.1:" + MAIL.getImap().getPort() + "/"
                + folder), passwordEnv, AfterReading.parse(after));
    }

    /** One run: every document the source gives, then committed as a completed run would. */
    private List<RawDocument> run(MailboxEntry entry, boolean takesNew) {
        SourceHealth health = new SourceHealth() {
            @Override
            public void succeeded(String job, String source) {
            }

            @Override
            public int failed(String job, String source, String reason) {
                failures.add(source + ": " + reason);
                return failures.size(); // every failure in these tests is of one source, run after run
            }
        };
        MailboxContext mail = new MailboxContext(new MailboxReader(Duration.ofSeconds(10)), states,
                name -> name.equals("IMAP_PASSWORD") ? "s3cret" : name.equals("WRONG") ? "nope" : null, takesNew);
        MailboxSource source = new MailboxSource(entry, mail, new SourceContext("news", IngestLimits.DEFAULTS,
                ZoneOffset.UTC, null, health, mail));
        List<RawDocument> documents = new ArrayList<>();
        for (RawDocument d = source.next(); d != null; d = source.next()) {
            documents.add(d);
        }
        source.close();
        source.committed();
        return documents;
    }

    private MimeMessage issue(String subject) throws Exception {
        return Newsletters.newsletter(subject, MONDAY, "Desk <desk@news.example>", null,
                "<" + subject.replace(' ', '.') + "@news.example>", "<p>" + subject + " in full.</p>");
    }

    private static List<String> paths(List<RawDocument> documents) {
        return documents.stream().map(RawDocument::path).toList();
    }

    @Test
    void eachRunGivesTheMessagesThatArrivedSinceTheLast() throws Exception {
        MailboxEntry entry = entry("Newsletters", "leave", "IMAP_PASSWORD");
        Newsletters.deliver(MAIL, user, "Newsletters", issue("Issue one"));
        Newsletters.deliver(MAIL, user, "Newsletters", issue("Issue two"));

        List<RawDocument> first = run(entry, true);
        assertThat(paths(first)).containsExactly(entry.location() + "!/uid-1.eml", entry.location() + "!/uid-2.eml");
        assertThat(first).noneMatch(RawDocument::isFailure);

        assertThat(run(entry, true)).isEmpty();

        Newsletters.deliver(MAIL, user, "Newsletters", issue("Issue three"));
        assertThat(paths(run(entry, true))).containsExactly(entry.location() + "!/uid-3.eml");
        // Left as they were: nothing marked seen.
        assertThat(Newsletters.folder(MAIL, user, "Newsletters").getMessages())
                .noneMatch(m -> m.getFlags().contains(Flags.Flag.SEEN));
    }

    @Test
    void aRunByDateReadsTheWholeMailboxAndKeepsNoPlace() throws Exception {
        MailboxEntry entry = entry("INBOX", "mark-seen", "IMAP_PASSWORD");
        Newsletters.deliver(MAIL, user, "INBOX", issue("Issue one"));

        assertThat(run(entry, false)).hasSize(1);
        assertThat(run(entry, false)).hasSize(1);
        assertThat(states.places).isEmpty();
        assertThat(Newsletters.folder(MAIL, user, "INBOX").getMessages())
                .noneMatch(m -> m.getFlags().contains(Flags.Flag.SEEN));
    }

    @Test
    void aFolderRebuiltWithANewUidValidityIsReadAgainWithoutTheMessagesFiled() throws Exception {
        MailboxEntry entry = entry("Lists", "leave", "IMAP_PASSWORD");
        Newsletters.deliver(MAIL, user, "Lists", issue("Issue one"));
        Newsletters.deliver(MAIL, user, "Lists", issue("Issue two"));
        assertThat(run(entry, true)).hasSize(2);
        long before = Newsletters.folder(MAIL, user, "Lists").getUidValidity();

        // The server rebuilds the folder (a restore, a migration): the same messages under new UIDs, plus one new.
        ImapHostManager imap = MAIL.getManagers().getImapHostManager();
        imap.deleteMailbox(user, "Lists");
        imap.createMailbox(user, "Lists");
        while (Newsletters.folder(MAIL, user, "Lists").getUidValidity() == before) { // made in the same instant
            Thread.sleep(5);
            imap.deleteMailbox(user, "Lists");
            imap.createMailbox(user, "Lists");
        }
        Newsletters.deliver(MAIL, user, "Lists", issue("Issue one"));
        Newsletters.deliver(MAIL, user, "Lists", issue("Issue two"));
        Newsletters.deliver(MAIL, user, "Lists", issue("Issue three"));

        List<RawDocument> again = run(entry, true);
        assertThat(again).singleElement().satisfies(d -> assertThat(new String(d.bytes())).contains("Issue three"));
        assertThat(run(entry, true)).isEmpty();
    }

    @Test
    void aRefusedLoginIsOneSkippedDocumentNamingTheMailbox() {
        MailboxEntry entry = entry("INBOX", "leave", "WRONG");
        assertThat(run(entry, true)).singleElement().satisfies(d -> {
            assertThat(d.path()).isEqualTo("imap " + entry.location());
            assertThat(d.failure()).isEqualTo("login refused");
        });
        assertThat(failures).containsExactly(entry.location() + ": login refused");
        assertThat(states.places).isEmpty();
        assertThat(run(entry, true)).singleElement()
                .satisfies(d -> assertThat(d.failure()).isEqualTo("login refused (failed 2 runs in a row)"));
    }

    @Test
    void markSeenMarksWhatTheRunFiledOnceItCompleted() throws Exception {
        MailboxEntry entry = entry("INBOX", "mark-seen", "IMAP_PASSWORD");
        Newsletters.deliver(MAIL, user, "INBOX", issue("Issue one"));
        run(entry, true);
        Newsletters.deliver(MAIL, user, "INBOX", issue("Issue two"));

        List<StoredMessage> stored = Newsletters.folder(MAIL, user, "INBOX").getMessages();
        assertThat(stored.get(0).getFlags().contains(Flags.Flag.SEEN)).isTrue();
        assertThat(stored.get(1).getFlags().contains(Flags.Flag.SEEN)).isFalse(); // arrived after the run
    }

    @Test
    void messagesAreNotMarkedUntilTheRunCommits() throws Exception {
        MailboxEntry entry = entry("INBOX", "mark-seen", "IMAP_PASSWORD");
        Newsletters.deliver(MAIL, user, "INBOX", issue("Issue one"));
        MailboxContext mail = new MailboxContext(new MailboxReader(Duration.ofSeconds(10)), states, n -> "s3cret",
                true);
        MailboxSource source = new MailboxSource(entry, mail, new SourceContext("news", IngestLimits.DEFAULTS,
                ZoneOffset.UTC, null, SourceHealth.NONE, mail));
        assertThat(source.next()).isNotNull();
        assertThat(source.next()).isNull();
        source.close(); // a run that fails here never commits

        assertThat(states.places).isEmpty();
        assertThat(Newsletters.folder(MAIL, user, "INBOX").getMessages())
                .noneMatch(m -> m.getFlags().contains(Flags.Flag.SEEN));
    }
}
