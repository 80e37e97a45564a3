package org.daybrief.config;

import java.nio.file.Path;
import java.util.Optional;
import org.daybrief.deliver.mail.DkimSettings;

/**
 * The optional {@code email.dkim:} section of a job file:
 * <pre>
 * email:
 *   dkim: { domain: example.org, selector: daybrief, private-key: keys/dkim.pem }
 * </pre>
 * {@code private-key} is a path (relative to the working folder) to an unencrypted PKCS#8 RSA key in PEM form. The
 * key is read here, when the job file is loaded, so a missing or unusable key stops the run before any work.
 */
final class DkimSection {

    private static final String MAKE_KEY = "make one with 'openssl genpkey -algorithm RSA -pkeyopt "
            + "rsa_keygen_bits:2048 -out dkim.pem' (a PKCS#1 key converts with 'openssl pkcs8 -topk8 -nocrypt -in "
            + "old.pem -out dkim.pem')";

    private final Path workDir;

    DkimSection(Path workDir) {
        this.workDir = workDir;
    }

    Optional<DkimSettings> read(YamlSection email) {
        if (email.raw("dkim") == null) {
            return Optional.empty();
        }
        YamlSection dkim = email.section("dkim");
        String domain = dkim.string("domain", "");
        String selector = dkim.string("selector", "");
        String keyPath = dkim.string("private-key", "");
        dkim.done(); // a misspelt key first: "key: unknown key, did you mean private-key", not "private-key: missing"
        for (String[] required : new String[][] {{"domain", domain, "example.org"}, {"selector", selector,
                "daybrief"}, {"private-key", keyPath, "dkim.pem"}}) {
            if (required[1].isEmpty()) {
                throw dkim.error(required[0], "missing", "add '" + required[0] + ": " + required[2] + "' under dkim:");
            }
        }
        Path file = workDir.resolve(keyPath).normalize();
        java.security.PrivateKey key;
        try {
            key = DkimSettings.readKey(file);
        } catch (IllegalArgumentException e) {
            throw dkim.error("private-key", e.getMessage(), MAKE_KEY + ", and publish its public key at "
                    + selector + "._domainkey." + domain);
        }
        try {
            return Optional.of(new DkimSettings(domain, selector, key));
        } catch (IllegalArgumentException e) {
            String which = e.getMessage().contains("DKIM domain") ? "domain" : "selector";
            throw dkim.error(which, e.getMessage(), which.equals("domain")
                    ? "use the domain whose DNS holds the key, e.g. example.org"
                    : "use the name before ._domainkey in the key's DNS record, e.g. daybrief");
        }
    }
}
