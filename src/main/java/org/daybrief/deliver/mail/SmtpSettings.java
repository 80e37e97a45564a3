package org.daybrief.deliver.mail;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How to reach the SMTP server, as Spring Boot's {@code spring.mail.*} keys say it (the shell binds them here).
 *
 * @param host       server host name; empty means no server (the dry run)
 * @param port       server port, or 0 for the protocol's default (25 for smtp, 465 for smtps)
 * @param protocol   {@code smtp} (plain, or STARTTLS with {@code mail.smtp.starttls.enable=true}) or
 *                   {@code smtps} (TLS from the first byte)
 * @param username   login, may be empty for no authentication
 * @param password   password, may be empty
 * @param properties extra Jakarta Mail session properties ({@code spring.mail.properties.*}), e.g.
 *                   {@code mail.smtp.starttls.enable=true}, {@code mail.smtp.starttls.required=true}
 */
public record SmtpSettings(String host, int port, String protocol, String username, String password,
        Map<String, String> properties) {

    public SmtpSettings {
        host = host == null ? "" : host.strip();
        protocol = protocol == null || protocol.isBlank() ? "smtp" : protocol.strip().toLowerCase(Locale.ROOT);
        if (!protocol.equals("smtp") && !protocol.equals("smtps")) {
            throw new IllegalArgumentException("spring.mail.protocol must be smtp or smtps, got '" + protocol + "'");
        }
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        properties = Map.copyOf(new TreeMap<>(properties == null ? Map.of() : properties));
    }

    /** Whether a server is configured; without one, mail goes to the outbox. */
    public boolean configured() {
        return !host.isEmpty();
    }

    /** Whether STARTTLS is asked for. */
    public boolean startTls() {
        return "true".equalsIgnoreCase(properties.get("mail." + protocol + ".starttls.enable"));
    }
}
