package org.daybrief.deliver.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which permanent refusals blame the recipient's address (and so count towards a bounce). */
class SmtpRepliesTest {

    @Test
    void addressingAndMailboxStatusesAndTheirBasicCodesBlameTheAddress() {
        assertThat(SmtpReplies.blamesAddress("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown"))
                .isTrue();
        assertThat(SmtpReplies.blamesAddress("550-5.1.1 The email account that you tried to reach does not exist"))
                .isTrue();
        assertThat(SmtpReplies.blamesAddress("552 5.2.2 mailbox full")).isTrue();
        assertThat(SmtpReplies.blamesAddress("553 sorry, that domain isn't in my list of allowed rcpthosts")).isTrue();
        assertThat(SmtpReplies.blamesAddress("550 Requested action not taken: mailbox unavailable")).isTrue();
    }

    @Test
    void policyContentAndTransientRefusalsDoNotBlameTheAddress() {
        assertThat(SmtpReplies.blamesAddress("550 5.7.1 Service unavailable; client host blocked using Spamhaus"))
                .isFalse();
        assertThat(SmtpReplies.blamesAddress("554 5.7.5 DKIM signature did not verify")).isFalse();
        assertThat(SmtpReplies.blamesAddress("554 Transaction failed: message rejected as spam")).isFalse();
        assertThat(SmtpReplies.blamesAddress("552 message size exceeds fixed maximum")).isFalse();
        assertThat(SmtpReplies.blamesAddress("450 4.2.1 mailbox busy, try later")).isFalse();
        assertThat(SmtpReplies.blamesAddress("")).isFalse();
    }
}
