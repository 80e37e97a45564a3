package org.daybrief.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.daybrief.deliver.mail.DkimKeys;
import org.daybrief.deliver.mail.MailSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job file's email.dkim: section: read with its key when the file loads; every mistake names key and fix. */
class DkimSectionTest {

    @TempDir
    Path dir;

    private JobFileLoader loader;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(dir.resolve("seeds"));
        loader = new JobFileLoader(dir, Set.of("default"));
    }

    private MailSettings email(String dkim) throws Exception {
        return loader.load(Files.writeString(dir.resolve("job.yml"), """
                name: daily
                sources: [seeds/]
                email:
                  enabled: true
                  from: digest@example.org
                  unsubscribe: "https://example.org/unsubscribe?u={token}"
                  subscribers: [ { address: alice@example.org } ]
                """ + dkim)).email();
    }

    @Test
    void aKeyFileRelativeToTheWorkingFolderIsReadWhenTheJobLoads() throws Exception {
        DkimKeys.generate().writePrivateKey(Files.createDirectories(dir.resolve("keys")).resolve("dkim.pem"));
        MailSettings m = email("  dkim: { domain: Example.ORG, selector: daybrief, private-key: keys/dkim.pem }\n");
        assertThat(m.dkim()).hasValueSatisfying(d -> {
            assertThat(d.domain()).isEqualTo("example.org");
            assertThat(d.selector()).isEqualTo("daybrief");
            assertThat(d.privateKey().getAlgorithm()).isEqualTo("RSA");
        });
        assertThat(email("").dkim()).isEmpty();
    }

    @Test
    void aMissingOrUnusableKeyOrNameStopsTheLoadNamingFileKeyAndFix() throws Exception {
        assertThatThrownBy(() -> email("  dkim: { domain: example.org, selector: daybrief, private-key: nope.pem }\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(dir.resolve("job.yml") + ": email.dkim.private-key: there is no file "
                        + dir.resolve("nope.pem"))
                .hasMessageContaining("fix: make one with 'openssl genpkey -algorithm RSA")
                .hasMessageContaining("publish its public key at daybrief._domainkey.example.org");
        Files.writeString(dir.resolve("old.pem"),
                "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n");
        assertThatThrownBy(() -> email("  dkim: { domain: example.org, selector: daybrief, private-key: old.pem }\n"))
                .hasMessageContaining("email.dkim.private-key: " + dir.resolve("old.pem") + " holds a PKCS#1 RSA key")
                .hasMessageContaining("openssl pkcs8 -topk8 -nocrypt");
        assertThatThrownBy(() -> email("  dkim: { domain: example.org, private-key: old.pem }\n"))
                .hasMessageContaining("email.dkim.selector: missing");
        assertThatThrownBy(() -> email("  dkim: { domain: example.org, selector: daybrief, key: old.pem }\n"))
                .hasMessageContaining("email.dkim.key: unknown key");
        DkimKeys.generate().writePrivateKey(dir.resolve("dkim.pem"));
        assertThatThrownBy(() -> email("  dkim: { domain: \"example org\", selector: s, private-key: dkim.pem }\n"))
                .hasMessageContaining("email.dkim.domain: 'example org' is not a valid DKIM domain");
    }
}
