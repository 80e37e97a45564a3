package org.daybrief.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobFileLoaderTest {

    @TempDir
    Path dir;

    private JobFileLoader loader;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(dir.resolve("seeds"));
        loader = new JobFileLoader(dir, Set.of("default", "lead"));
    }

    private Path job(String yaml) throws Exception {
        return Files.writeString(dir.resolve("job.yml"), yaml);
    }

    @Test
    void readsEveryKeyOfAValidFile() throws Exception {
        JobSettings s = loader.load(job("""
                name: daily
                title: "Digest {date}"
                sources: [seeds/]
                window: by-date
                schedule: { cron: "0 0 7 * * *", zone: Europe/London }
                summary: { sentences: 4, method: lead }
                digest: { max-stories: 20 }
                output: { dir: out, formats: [html, json] }
                limits: { max-file-size: 5MB, timeout: 10s }
                """));
        assertThat(s.name()).isEqualTo("daily");
        assertThat(s.titleFor(java.time.LocalDate.of(2025, 9, 22))).isEqualTo("Digest 2025-09-22");
        assertThat(s.sources()).containsExactly("seeds/");
        assertThat(s.window()).isEqualTo(JobSettings.Window.BY_DATE);
        assertThat(s.schedule().zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(s.summary().sentences()).isEqualTo(4);
        assertThat(s.summary().method()).isEqualTo("lead");
        assertThat(s.maxStories()).isEqualTo(20);
        assertThat(s.output().dir()).isEqualTo(dir.resolve("out"));
        assertThat(s.output().formats()).containsExactly("html", "json");
        assertThat(s.limits().maxFileBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(s.limits().perDocumentTimeout().toSeconds()).isEqualTo(10);
    }

    @Test
    void unknownKeyIsRefusedWithTheClosestKnownKey() throws Exception {
        Path file = job("name: daily\nsources: [seeds/]\nsummry: { sentences: 3 }\n");
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("summry: unknown key")
                .hasMessageContaining("did you mean 'summary'");
    }

    @Test
    void nestedUnknownKeyNamesItsFullPath() throws Exception {
        Path file = job("name: daily\nsources: [seeds/]\nsummary: { sentence: 3 }\n");
        assertThatThrownBy(() -> loader.load(file)).hasMessageContaining("summary.sentence: unknown key")
                .hasMessageContaining("summary.sentences");
    }

    @Test
    void badValuesNameTheKeyAndTheFix() throws Exception {
        record Case(String yaml, String key, String fix) {
        }
        List<Case> cases = List.of(
                new Case("name: daily\nsources: [seeds/]\nsummary: { sentences: three }\n", "summary.sentences",
                        "whole number from 1 to 50"),
                new Case("name: daily\nsources: [seeds/]\nschedule: { cron: \"0 7 * *\" }\n", "schedule.cron",
                        "6 fields"),
                new Case("name: daily\nsources: [seeds/]\nschedule: { zone: Mars/Olympus }\n", "schedule.zone",
                        "IANA zone"),
                new Case("name: daily\nsources: [missing/]\n", "sources", "does not exist"),
                new Case("name: ../evil\nsources: [seeds/]\n", "name", "letters, digits"),
                new Case("sources: [seeds/]\n", "name", "missing"),
                new Case("name: daily\nsources: [seeds/]\nwindow: yesterday\n", "window", "by-date"),
                new Case("name: daily\nsources: [seeds/]\nsummary: { method: magic }\n", "summary.method",
                        "default, lead"),
                new Case("name: daily\nsources: [seeds/]\noutput: { formats: [pdf] }\n", "output.formats",
                        "html, md, txt, json"),
                new Case("name: daily\nsources: [seeds/\n", "(syntax)", "line"));
        for (Case c : cases) {
            Path file = job(c.yaml());
            assertThatThrownBy(() -> loader.load(file)).as(c.yaml()).isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith(file + ": " + c.key() + ":").hasMessageContaining(c.fix());
        }
    }
}
