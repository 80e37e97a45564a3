package org.daybrief.deliver.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import org.apache.james.jdkim.DKIMVerifier;
import org.apache.james.jdkim.api.Result;
import org.apache.james.jdkim.exceptions.FailException;
import org.apache.james.jdkim.exceptions.PermFailException;

/**
 * A DKIM key pair made for a test, its private key as a PKCS#8 PEM file (what a user configures), and a verifier
 * that finds the public key record {@code daybrief._domainkey.example.org} here instead of in DNS.
 */
public final class DkimKeys {

    public static final String DOMAIN = "example.org";
    public static final String SELECTOR = "daybrief";

    private final KeyPair pair;

    private DkimKeys(KeyPair pair) {
        this.pair = pair;
    }

    public static DkimKeys generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return new DkimKeys(generator.generateKeyPair());
    }

    /** Writes the private key as {@code openssl genpkey} does: PKCS#8, PEM, 64 characters a line. */
    public Path writePrivateKey(Path file) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(pair.getPrivate().getEncoded());
        return Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
    }

    /** The TXT record a user publishes at {@code <selector>._domainkey.<domain>}. */
    public String publicKeyRecord() {
        return "v=DKIM1; k=rsa; p=" + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    /**
     * The verifier's results for a raw message (every DKIM-Signature in it), with the public key record served for
     * {@value #SELECTOR}._domainkey.{@value #DOMAIN} only.
     */
    public List<Result> verify(byte[] rawMessage) throws IOException {
        DKIMVerifier verifier = new DKIMVerifier((method, selector, domain) -> {
            if (SELECTOR.contentEquals(selector) && DOMAIN.contentEquals(domain)) {
                return List.of(publicKeyRecord());
            }
            throw new PermFailException("no key record at " + selector + "._domainkey." + domain);
        });
        try {
            verifier.verify(new ByteArrayInputStream(rawMessage));
        } catch (FailException e) {
            // the failure is in the results too
        }
        return verifier.getResults();
    }
}
