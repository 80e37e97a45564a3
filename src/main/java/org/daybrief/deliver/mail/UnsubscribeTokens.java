package org.daybrief.deliver.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Per-subscriber unsubscribe tokens: {@code base64url(HMAC-SHA256(secret, job + "\n" + address))}, 43
 * characters. Stable (the same job and address give the same token on every run, so yesterday's link still
 * works) and unguessable without the secret. The site behind the unsubscribe URL verifies a token by
 * recomputing it for its subscribers with the same secret.
 *
 * <p>Where the secret comes from is the caller's business (Daybrief: {@code DAYBRIEF_UNSUBSCRIBE_SECRET}, else a
 * random secret created once in the job database). Immutable and thread-safe.
 */
public final class UnsubscribeTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public UnsubscribeTokens(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("an unsubscribe secret needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    public String token(String job, String address) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] h = mac.doFinal((job + "\n" + address.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(h);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /**
     * The subscriber's unsubscribe URL from a template. Every replaced value is URL-safe, so the result is ASCII
     * without spaces or angle brackets and can stand in {@code List-Unsubscribe: <...>}.
     */
    public String url(String template, String job, String address) {
        String url = template
                .replace("{token}", token(job, address))
                .replace("{job}", URLEncoder.encode(job, StandardCharsets.UTF_8))
                .replace("{address}", URLEncoder.encode(address, StandardCharsets.UTF_8));
        if (!url.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '<' && c != '>' && c != '"')) {
            throw new IllegalArgumentException("unsubscribe URL must be ASCII without spaces, quotes or <>: " + url);
        }
        return url;
    }

    /** Whether a template is usable: an http(s) URL with a host, containing {@code {token}}. */
    public static String checkTemplate(String template) {
        String t = template == null ? "" : template.strip();
        if (!t.contains("{token}")) {
            return "must contain {token}";
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://")) || t.indexOf('/', 8) == 8) {
            return "must be an http(s) URL with a host";
        }
        String probe = t.replace("{token}", "x").replace("{job}", "x").replace("{address}", "x");
        if (!probe.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '<' && c != '>' && c != '"')) {
            return "must be ASCII without spaces, quotes or <> (percent-encode them)";
        }
        return null;
    }
}
