package org.daybrief.source.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The mailbox reader against GreenMail's IMAP and IMAPS servers in the test JVM. */
class MailboxReaderTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup[] {
            Newsletters.onFreePort(ServerSetupTest.IMAP), Newsletters.onFreePort(ServerSetupTest.IMAPS)});

    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2025, 9, 22, 7, 0, 0, 0, ZoneOffset.UTC);
    private static final long MAX = 20_000_000;

    private GreenMailUser user;
    private MailboxReader reader;

    @BeforeEach
    void setUp() throws Exception {
        user = MAIL.setUser("digest@example.org", "digest", "s3cret");
        reader = new MailboxReader(Duration.ofSeconds(10), GreenMailTls.trustGreenMail());
    }

    private MailboxEntry source(boolean tls, String folder, String after) {
        int port = tls ? MAIL.getImaps().getPort() : MAIL.getImap().getPort();
        return new MailboxEntry(MailboxAddress.parse((tls ? "imaps" : "imap") + "://digest@127.0.0.1:" + port + "/"
                + folder), "UNUSED", AfterReading.parse(after));
    }

    private long deliver(String folder, String subject, int day) throws Exception {
        return Newsletters.deliver(MAIL, user, folder, Newsletters.newsletter(subject, MONDAY.plusDays(day),
                "Weekly Harbour <news@harbour.example>", null, "<" + subject.hashCode() + "@harbour.example>",
                "<p>" + subject + " happened.</p>"));
    }

    @Test
    void readsEveryMessageAtFirstThenOnlyNewUids() throws Exception {
        deliver("Newsletters", "First issue", 0);
        deliver("Newsletters", "Second issue", 1);

        MailboxBatch first = reader.read(source(false, "Newsletters", "leave"), "s3cret", MailboxState.NEVER_READ,
                id -> false, MAX, 1000);
        assertThat(first.messages()).hasSize(2);
        assertThat(first.messages().get(0).raw()).isNotNull();
        assertThat(new String(first.messages().get(0).raw())).contains("First issue");
        assertThat(first.reread()).isFalse();

        MailboxBatch nothing = reader.read(source(false, "Newsletters", "leave"), "s3cret", first.state(),
                id -> false, MAX, 1000);
        assertThat(nothing.messages()).isEmpty(); // "n:*" answers with the last message: it must be left out
        assertThat(nothing.state()).isEqualTo(first.state());

        deliver("Newsletters", "Third issue", 2);
        MailboxBatch third = reader.read(source(false, "Newsletters", "leave"), "s3cret", nothing.state(),
                id -> false, MAX, 1000);
        assertThat(third.messages()).singleElement()
                .satisfies(m -> assertThat(new String(m.raw())).contains("Third issue"));
        assertThat(third.state().lastUid()).isGreaterThan(first.state().lastUid());
    }

    @Test
    void readsOverTlsWithTheServersCertificateTrusted() throws Exception {
        deliver("INBOX", "Secure issue", 0);
        MailboxBatch batch = reader.read(source(true, "INBOX", "leave"), "s3cret", MailboxState.NEVER_READ,
                id -> false, MAX, 1000);
        assertThat(batch.messages()).singleElement()
                .satisfies(m -> assertThat(new String(m.raw())).contains("Secure issue"));
    }

    @Test
    void aCertificateTheJvmDoesNotTrustIsRefused() throws Exception {
        deliver("INBOX", "Secure issue", 0);
        MailboxReader plain = new MailboxReader(Duration.ofSeconds(10));
        assertThatThrownBy(() -> plain.read(source(true, "INBOX", "leave"), "s3cret", MailboxState.NEVER_READ,
                id -> false, MAX, 1000)).isInstanceOf(MailboxUnavailableException.class)
                .hasMessage("TLS failed: the server's certificate is not signed by an authority this Java trusts");
    }

    @Test
    void readingAloneLeavesMessagesUnseen() throws Exception {
        deliver("INBOX", "Quiet issue", 0);
        reader.read(source(false, "INBOX", "leave"), "s3cret", MailboxState.NEVER_READ, id -> false, MAX, 1000);
        assertThat(Newsletters.folder(MAIL, user, "INBOX").getMessages())
                .allSatisfy(m -> assertThat(m.getFlags().contains(Flags.Flag.SEEN)).isFalse());
    }

    @Test
    void aChangedUidValidityRereadsTheFolderLessTheMessageIdsFiled() throws Exception {
        deliver("Lists", "Old issue", 0);
        MailboxBatch first = reader.read(source(false, "Lists", "leave"), "s3cret", MailboxState.NEVER_READ,
                id -> false, MAX, 1000);
        Set<String> filed = new HashSet<>();
        first.messages().forEach(m -> filed.add(m.messageId()));
        // The server rebuilt the folder: same messages, new UIDVALIDITY, UIDs from 1 again.
        MailboxState stale = new MailboxState(first.state().uidValidity() - 7, first.state().lastUid() + 100);
        deliver("Lists", "New issue", 1);

        MailboxBatch again = reader.read(source(false, "Lists", "leave"), "s3cret", stale, filed::contains, MAX, 1000);
        assertThat(again.reread()).isTrue();
        assertThat(again.messages()).singleElement()
                .satisfies(m -> assertThat(new String(m.raw())).contains("New issue"));
        assertThat(again.state().uidValidity()).isEqualTo(first.state().uidValidity());
    }

    @Test
    void aMessageOverTheLimitIsListedWithoutItsContent() throws Exception {
        deliver("INBOX", "Huge issue", 0);
        MailboxBatch batch = reader.read(source(false, "INBOX", "leave"), "s3cret", MailboxState.NEVER_READ,
                id -> false, 100, 1000);
        assertThat(batch.messages()).singleElement().satisfies(m -> {
            assertThat(m.tooLarge()).isTrue();
            assertThat(m.size()).isGreaterThan(100);
        });
    }

    @Test
    void aReadTakesAtMostTheMessagesAllowedAndLeavesTheRestForTheNext() throws Exception {
        deliver("Backlog", "Issue one", 0);
        deliver("Backlog", "Issue two", 1);
        deliver("Backlog", "Issue three", 2);

        MailboxBatch first = reader.read(source(false, "Backlog", "leave"), "s3cret", MailboxState.NEVER_READ,
                id -> false, MAX, 2);
        assertThat(first.messages()).hasSize(2);
        assertThat(first.left()).isEqualTo(1);
        MailboxBatch rest = reader.read(source(false, "Backlog", "leave"), "s3cret", first.state(), id -> false, MAX, 2);
        assertThat(rest.messages()).singleElement()
                .satisfies(m -> assertThat(new String(m.raw())).contains("Issue three"));
        assertThat(rest.left()).isZero();
    }

    @Test
    void aWrongPasswordIsLoginRefused() {
        assertThatThrownBy(() -> reader.read(source(false, "INBOX", "leave"), "wrong", MailboxState.NEVER_READ,
                id -> false, MAX, 1000)).isInstanceOf(MailboxUnavailableException.class).hasMessage("login refused");
    }

    @Test
    void aMissingFolderAndAClosedPortSayWhat() throws Exception {
        assertThatThrownBy(() -> reader.read(source(false, "Nowhere", "leave"), "s3cret", MailboxState.NEVER_READ,
                id -> false, MAX, 1000)).hasMessage("no folder 'Nowhere'");
        MailboxEntry closed = new MailboxEntry(MailboxAddress.parse("imap://digest@127.0.0.1:1/INBOX"), "X",
                AfterReading.LEAVE);
        assertThatThrownBy(() -> reader.read(closed, "s3cret", MailboxState.NEVER_READ, id -> false, MAX, 1000))
                .hasMessageStartingWith("cannot connect: ");
    }

    @Test
    void markSeenFlagsOnlyTheMessagesFiled() throws Exception {
        long a = deliver("INBOX", "Filed issue", 0);
        deliver("INBOX", "Later issue", 1);
        MailboxEntry source = source(false, "INBOX", "mark-seen");
        long validity = Newsletters.folder(MAIL, user, "INBOX").getUidValidity();

        reader.finish(source, "s3cret", validity, List.of(a));

        List<StoredMessage> stored = Newsletters.folder(MAIL, user, "INBOX").getMessages();
        assertThat(stored).filteredOn(m -> m.getFlags().contains(Flags.Flag.SEEN)).extracting(StoredMessage::getUid)
                .containsExactly(a);
    }

    @Test
    void moveTakesFiledMessagesToTheFolderNamed() throws Exception {
        long a = deliver("INBOX", "Filed issue", 0);
        deliver("INBOX", "Later issue", 1);
        Newsletters.deliver(MAIL, user, "Archive", Newsletters.newsletter("Older", MONDAY, "a@b.example", null,
                "<older@b.example>", "<p>x</p>"));
        long validity = Newsletters.folder(MAIL, user, "INBOX").getUidValidity();

        reader.finish(source(false, "INBOX", "move:Archive"), "s3cret", validity, List.of(a));

        assertThat(Newsletters.folder(MAIL, user, "INBOX").getNonDeletedMessages()).hasSize(1);
        assertThat(Newsletters.folder(MAIL, user, "Archive").getMessages()).hasSize(2);
    }

    @Test
    void finishingAfterUidValidityChangedTouchesNothing() throws Exception {
        long a = deliver("INBOX", "Filed issue", 0);
        long validity = Newsletters.folder(MAIL, user, "INBOX").getUidValidity();
        reader.finish(source(false, "INBOX", "mark-seen"), "s3cret", validity + 1, List.of(a));
        assertThat(Newsletters.folder(MAIL, user, "INBOX").getMessages())
                .noneMatch(m -> m.getFlags().contains(Flags.Flag.SEEN));
    }
}
