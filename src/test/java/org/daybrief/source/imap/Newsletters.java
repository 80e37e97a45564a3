package org.daybrief.source.imap;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Properties;

/** Newsletters as a mailing list sends them (plain and HTML alternatives), put straight into a GreenMail folder. */
public final class Newsletters {

    private Newsletters() {
    }

    /**
     * A server on a free port that may take 30 s to start: GreenMail's default 2 s is too short on a machine busy
     * with other builds.
     */
    public static ServerSetup onFreePort(ServerSetup setup) {
        ServerSetup s = setup.dynamicPort();
        s.setServerStartupTimeout(30_000);
        return s;
    }

    /** A message with a plain part that differs from its HTML part, so a test can tell which one was read. */
    public static MimeMessage newsletter(String subject, ZonedDateTime date, String from, String listId,
            String messageId, String html) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress(from));
        m.setRecipients(jakarta.mail.Message.RecipientType.TO, "digest@example.org");
        m.setSubject(subject, "UTF-8");
        m.setSentDate(Date.from(date.toInstant()));
        if (listId != null) {
            m.setHeader("List-Id", listId);
        }
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText("PLAIN-ALTERNATIVE: read the HTML version of this newsletter.", "UTF-8");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative", plain, rich);
        m.setContent(alternative);
        m.saveChanges();
        return m;
    }

    /** Puts a message into a user's folder (made when missing), unseen; returns its UID. */
    public static long deliver(GreenMailOperations mail, GreenMailUser user, String folder, MimeMessage message)
            throws Exception {
        MailFolder f = mail.getManagers().getImapHostManager().getFolder(user, folder);
        if (f == null) {
            f = mail.getManagers().getImapHostManager().createMailbox(user, folder);
        }
        return f.appendMessage(message, new Flags(), new Date());
    }

    public static MailFolder folder(GreenMailOperations mail, GreenMailUser user, String folder) {
        return mail.getManagers().getImapHostManager().getFolder(user, folder);
    }
}
