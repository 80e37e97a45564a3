package org.daybrief.deliver.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.james.jdkim.DKIMSigner;

/**
 * A job's {@code email.dkim:} section: sign every message as {@code domain} with the key published at
 * {@code <selector>._domainkey.<domain>}.
 *
 * @param domain     the signing domain ({@code d=}), lower-case
 * @param selector   the selector ({@code s=})
 * @param privateKey the RSA private key ({@link #readKey})
 */
public record DkimSettings(String domain, String selector, PrivateKey privateKey) {

    /** RFC 8301: verifiers must refuse RSA keys shorter than 1024 bits; 2048 is what to use. */
    public static final int MIN_KEY_BITS = 1024;
    private static final Pattern LABELS = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final String PKCS8 = "PRIVATE KEY";

    public DkimSettings {
        domain = requireName("domain", domain).toLowerCase(java.util.Locale.ROOT);
        selector = requireName("selector", selector);
        Objects.requireNonNull(privateKey, "privateKey");
    }

    private static String requireName(String what, String value) {
        String v = value == null ? "" : value.strip();
        if (!LABELS.matcher(v).matches() || v.length() > 253) {
            throw new IllegalArgumentException("'" + v + "' is not a valid DKIM " + what + " (DNS labels of letters, "
                    + "digits and hyphens, separated by dots)");
        }
        return v;
    }

    /**
     * Reads an unencrypted PKCS#8 RSA private key in PEM form ({@code -----BEGIN PRIVATE KEY-----}), as
     * {@code openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048} writes it.
     *
     * @throws IllegalArgumentException saying what is wrong with the file and how to make a usable one
     */
    public static PrivateKey readKey(Path file) {
        String pem;
        try {
            pem = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("there is no file " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        String begin = "-----BEGIN " + PKCS8 + "-----";
        String end = "-----END " + PKCS8 + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            String found = pem.contains("-----BEGIN RSA PRIVATE KEY-----") ? "a PKCS#1 RSA key"
                    : pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") ? "an encrypted key"
                    : "no '" + begin + "' block";
            throw new IllegalArgumentException(file + " holds " + found + ", not an unencrypted PKCS#8 private key");
        }
        PrivateKey key;
        try {
            key = DKIMSigner.getPrivateKey(pem.substring(from + begin.length(), to).replaceAll("\\s", ""));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException(file + " is not an RSA private key: " + e.getMessage());
        }
        if (key instanceof RSAPrivateKey rsa && rsa.getModulus().bitLength() < MIN_KEY_BITS) {
            throw new IllegalArgumentException(file + " holds a " + rsa.getModulus().bitLength() + "-bit key: "
                    + "receivers refuse DKIM keys under " + MIN_KEY_BITS + " bits");
        }
        return key;
    }
}
