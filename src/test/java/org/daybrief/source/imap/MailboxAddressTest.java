package org.daybrief.source.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MailboxAddressTest {

    @Test
    void readsUserHostPortAndFolder() {
        MailboxAddress a = MailboxAddress.parse("imaps://digest%40example.org@mail.example.org:1993/Lists%2FDaily");
        assertThat(a.tls()).isTrue();
        assertThat(a.user()).isEqualTo("digest@example.org");
        assertThat(a.host()).isEqualTo("mail.example.org");
        assertThat(a.port()).isEqualTo(1993);
        assertThat(a.folder()).isEqualTo("Lists/Daily");
        assertThat(a.protocol()).isEqualTo("imaps");
    }

    @Test
    void theFolderIsTheInboxWhenNoneIsNamedAndThePortTheProtocols() {
        MailboxAddress a = MailboxAddress.parse("imap://digest@mail.example.org");
        assertThat(a.folder()).isEqualTo("INBOX");
        assertThat(a.port()).isEqualTo(-1);
        assertThat(a).hasToString("imap://digest@mail.example.org/INBOX");
    }

    @Test
    void refusesAPasswordInTheUrlAMissingUserAndOtherSchemes() {
        assertThatThrownBy(() -> MailboxAddress.parse("imaps://digest:hunter2@mail.example.org/INBOX"))
                .hasMessageContaining("holds a password").hasMessageContaining("password-env");
        assertThatThrownBy(() -> MailboxAddress.parse("imaps://mail.example.org/INBOX"))
                .hasMessageContaining("names no user");
        assertThatThrownBy(() -> MailboxAddress.parse("pop3://digest@mail.example.org/"))
                .hasMessageContaining("not an imap:// or imaps:// URL");
        assertThat(MailboxAddress.isMailbox("IMAPS://x@y/Z")).isTrue();
        assertThat(MailboxAddress.isMailbox("https://example.org/feed.xml")).isFalse();
    }

    @Test
    void afterReadingTakesLeaveMarkSeenOrMoveToAFolder() {
        assertThat(AfterReading.parse("leave")).isEqualTo(AfterReading.LEAVE);
        assertThat(AfterReading.parse("mark-seen").action()).isEqualTo(AfterReading.Action.MARK_SEEN);
        assertThat(AfterReading.parse("move:Archive/2025")).satisfies(a -> {
            assertThat(a.action()).isEqualTo(AfterReading.Action.MOVE);
            assertThat(a.folder()).isEqualTo("Archive/2025");
        });
        assertThatThrownBy(() -> AfterReading.parse("move:")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AfterReading.parse("delete")).isInstanceOf(IllegalArgumentException.class);
    }
}
