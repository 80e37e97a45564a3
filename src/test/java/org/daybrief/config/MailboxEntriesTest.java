package org.daybrief.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.daybrief.source.SourceEntry;
import org.daybrief.source.imap.AfterReading;
import org.daybrief.source.imap.MailboxEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** Mailbox entries of {@code sources:}: the URL and mapping forms, and what stops a run at start. */
class MailboxEntriesTest {

    @TempDir
    Path dir;

    private List<SourceEntry> read(String yaml, Map<String, String> environment) {
        Map<?, ?> map = new Yaml().load(yaml);
        return new SourcesSection(dir, environment::get).read(new YamlSection("jobs/news.yml", "", map));
    }

    @Test
    void aUrlReadsItsPasswordFromTheDefaultVariableAndLeavesMessagesAlone() {
        List<SourceEntry> entries = read("sources: [imaps://digest@mail.example.org/Newsletters]",
                Map.of("DAYBRIEF_IMAP_PASSWORD", "pw"));
        assertThat(entries).singleElement().isInstanceOfSatisfying(MailboxEntry.class, m -> {
            assertThat(m.location()).isEqualTo("imaps://digest@mail.example.org/Newsletters");
            assertThat(m.passwordEnv()).isEqualTo("DAYBRIEF_IMAP_PASSWORD");
            assertThat(m.after()).isEqualTo(AfterReading.LEAVE);
        });
    }

    @Test
    void theMappingNamesTheVariableAndWhatToDoAfter() {
        List<SourceEntry> entries = read("""
                sources:
                  - { url: "imap://digest@mail.example.org:1143/Lists", password-env: NEWS_PW, after: "move:Archive" }
                """, Map.of("NEWS_PW", "pw"));
        assertThat(entries).singleElement().isInstanceOfSatisfying(MailboxEntry.class, m -> {
            assertThat(m.address().tls()).isFalse();
            assertThat(m.address().port()).isEqualTo(1143);
            assertThat(m.passwordEnv()).isEqualTo("NEWS_PW");
            assertThat(m.after()).isEqualTo(AfterReading.parse("move:Archive"));
        });
    }

    @Test
    void aVariableNotSetOrEmptyStopsTheRunNamingFileKeyAndFix() {
        assertThatThrownBy(() -> read("sources: [{ url: imaps://digest@mail.example.org/INBOX, password-env: NEWS_PW }]",
                Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("jobs/news.yml: sources[0].password-env: environment variable NEWS_PW, the "
                        + "password of imaps://digest@mail.example.org/INBOX, is not set")
                .hasMessageContaining("fix: export NEWS_PW=");
        assertThatThrownBy(() -> read("sources: [imaps://digest@mail.example.org/INBOX]",
                Map.of("DAYBRIEF_IMAP_PASSWORD", ""))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("jobs/news.yml: sources: environment variable DAYBRIEF_IMAP_PASSWORD")
                .hasMessageContaining("is empty");
    }

    @Test
    void aPasswordInTheUrlABadActionAndAWebOptionAreRefused() {
        Map<String, String> env = Map.of("DAYBRIEF_IMAP_PASSWORD", "pw");
        assertThatThrownBy(() -> read("sources: ['imaps://digest:hunter2@mail.example.org/INBOX']", env))
                .hasMessageContaining("holds a password");
        assertThatThrownBy(() -> read("sources: [{ url: imaps://d@mail.example.org/INBOX, after: delete }]", env))
                .hasMessageStartingWith("jobs/news.yml: sources[0].after: 'delete'")
                .hasMessageContaining("leave, mark-seen, or move:Folder");
        assertThatThrownBy(() -> read("sources: [{ url: imaps://d@mail.example.org/INBOX, allow-private: true }]",
                env)).hasMessageStartingWith("jobs/news.yml: sources[0].allow-private: unknown key");
        assertThatThrownBy(() -> read("sources: [{ url: imaps://d@mail.example.org/INBOX, password-env: 'my pw' }]",
                env)).hasMessageContaining("is not the name of an environment variable");
    }
}
