package org.daybrief.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractStringAssert;
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
        assertThat(s.sources()).containsExactly(new org.daybrief.source.PathEntry("seeds/"));
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
    void sourcesTakePathsUrlsAndUrlMappings() throws Exception {
        JobSettings s = loader.load(job("""
                name: daily
                sources:
                  - seeds/
                  - https://news.example/feed.xml
                  - { url: "http://intranet.example/news", allow-private: true }
                web: { delay: 2s, retries: 1 }
                """));
        assertThat(s.sources()).containsExactly(new org.daybrief.source.PathEntry("seeds/"),
                new org.daybrief.source.WebEntry(java.net.URI.create("https://news.example/feed.xml"), false),
                new org.daybrief.source.WebEntry(java.net.URI.create("http://intranet.example/news"), true));
        assertThat(s.web().delay().toSeconds()).isEqualTo(2);
        assertThat(s.web().retries()).isEqualTo(1);
    }

    @Test
    void aSourceMappingRefusesUnknownKeysAndAnUnreadScheme() throws Exception {
        Path misspelt = job("name: daily\nsources: [{ url: 'https://a.example/f', allow-privat: true }]\n");
        assertThatThrownBy(() -> loader.load(misspelt)).hasMessageContaining("sources[0].allow-privat: unknown key")
                .hasMessageContaining("did you mean 'sources[0].allow-private'");
        Path ftp = job("name: daily\nsources: ['ftp://a.example/f']\n");
        assertThatThrownBy(() -> loader.load(ftp)).hasMessageContaining("ftp:// is not a kind of source");
        Path noHost = job("name: daily\nsources: ['https:///feed.xml']\n");
        assertThatThrownBy(() -> loader.load(noHost)).hasMessageContaining("names no host");
    }

    @Test
    void unknownKeyIsRefusedWithTheClosestKnownKey() throws Exception {
        Path file = job("name: daily\nsources: [seeds/]\nsummry: { sentences: 3 }\n");
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("summry: unknown key")
                .hasMessageContaining("did you mean 'summary'");
    }

    @Test
    void aMisspeltOptionalKeyIsRefusedWithItsRightSpelling() throws Exception {
        Path file = job("name: daily\nsources: [seeds/]\nlangauge: es\n");
        assertThatThrownBy(() -> loader.load(file)).hasMessageContaining("langauge: unknown key")
                .hasMessageContaining("did you mean 'language'");
    }

    @Test
    void nestedUnknownKeyNamesItsFullPath() throws Exception {
        Path file = job("name: daily\nsources: [seeds/]\nsummary: { sentence: 3 }\n");
        assertThatThrownBy(() -> loader.load(file)).hasMessageContaining("summary.sentence: unknown key")
                .hasMessageContaining("summary.sentences");
    }

    @Test
    void declaredLanguageIsReadAndAbsentByDefault() throws Exception {
        assertThat(loader.load(job("name: daily\nsources: [seeds/]\nlanguage: es\n")).language()).isEqualTo("es");
        assertThat(loader.load(job("name: daily\nsources: [seeds/]\n")).language()).isNull();
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
                new Case("name: daily\nsources: [seeds/]\nlanguage: spanish\n", "language", "such as es"),
                new Case("name: daily\nsources: [seeds/\n", "(syntax)", "line"));
        for (Case c : cases) {
            Path file = job(c.yaml());
            assertThatThrownBy(() -> loader.load(file)).as(c.yaml()).isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith(file + ": " + c.key() + ":").hasMessageContaining(c.fix());
        }
    }

    @Test
    void aKeyGivenTwiceIsRefusedWithItsPathAndBothLines() throws Exception {
        Path top = job("name: daily\nsources: [seeds/]\nsummary: { sentences: 4 }\ndigest: { max-stories: 5 }\n"
                + "summary:\n  method: lead\n");
        assertThatThrownBy(() -> loader.load(top)).isInstanceOf(ConfigException.class)
                .hasMessage(top + ": summary: given twice (lines 3 and 5): one of them would be ignored"
                        + " (fix: keep one 'summary:' holding everything it should)");

        Path nested = job("name: daily\nsources: [seeds/]\nlimits:\n  timeout: 5s\n  max-file-size: 1MB\n"
                + "  timeout: 9s\n");
        assertThatThrownBy(() -> loader.load(nested)).hasMessageStartingWith(nested + ": limits.timeout: given twice "
                + "(lines 4 and 6)");

        Path flow = job("name: daily\nsources: [seeds/]\nsummary: { sentences: 3, sentences: 5 }\n");
        assertThatThrownBy(() -> loader.load(flow)).hasMessageStartingWith(flow + ": summary.sentences: given twice");
    }

    /** Loading the job file of these lines (after name and sources) fails; asserts on its message follow. */
    private AbstractStringAssert<?> refusal(String lines) throws Exception {
        Path file = job("name: daily\nsources: [seeds/]\n" + lines + "\n");
        Throwable t = catchThrowable(() -> loader.load(file));
        assertThat(t).as(lines).isInstanceOf(ConfigException.class);
        return assertThat(t.getMessage()).as(lines).startsWith(file + ": ").contains(" (fix: ");
    }

    @Test
    void sizesAndDurationsThatOverflowOrAreOutOfRangeNameTheKeyAndTheRange() throws Exception {
        refusal("limits: { max-file-size: 99999999999GB }")
                .contains(": limits.max-file-size: must be a size from 1B to 1TB, got '99999999999GB' (fix: ");
        refusal("limits: { max-file-size: 99999999999999999999 }")
                .contains(": limits.max-file-size: must be a size from 1B to 1TB");
        refusal("limits: { max-file-size: 2TB }").contains(": limits.max-file-size: must be a size from 1B to 1TB");
        refusal("limits: { max-file-size: 0 }").contains(": limits.max-file-size: must be a size from 1B to 1TB");
        refusal("limits: { max-expanded-size: -5MB }").contains(": limits.max-expanded-size: must be a size from");
        refusal("limits: { max-expanded-size: 1.5GB }").contains(": limits.max-expanded-size: must be a size from");
        refusal("limits: { timeout: 99999999999999999d }")
                .contains(": limits.timeout: must be a duration from 1ms to 24h, got '99999999999999999d'");
        refusal("limits: { timeout: 0s }").contains(": limits.timeout: must be a duration from 1ms to 24h");
        refusal("limits: { timeout: 2min }").contains(": limits.timeout: must be a duration from 1ms to 24h");
    }

    @Test
    void numbersOutOfRangeNameTheKeyTheRangeAndAValueThatWorks() throws Exception {
        refusal("summary: { sentences: 99999999999 }").endsWith(": summary.sentences: must be a whole number "
                + "from 1 to 50, got '99999999999' (fix: set it to e.g. 3)");
        refusal("summary: { sentences: 0 }").contains(": summary.sentences: must be a whole number from 1 to 50");
        refusal("summary: { words: -3 }").contains(": summary.words: must be a whole number from 0 to 5000");
        refusal("summary: { words: 2.5 }").contains(": summary.words: must be a whole number from 0 to 5000");
        refusal("digest: { max-stories: 10001 }").endsWith(": digest.max-stories: must be a whole number from 1 "
                + "to 10000, got '10001' (fix: set it to e.g. 50)");
        refusal("limits: { max-entries: 99999999999 }")
                .contains(": limits.max-entries: must be a whole number from 1 to 100000000, got '99999999999'");
        refusal("limits: { max-nesting: -1 }").contains(": limits.max-nesting: must be a whole number from 0 to 20");
    }

    @Test
    void maxTextSizeCountsCharactersAndRefusesByteSizes() throws Exception {
        refusal("limits: { max-text-size: 2MB }").contains(": limits.max-text-size: '2MB' is a size in bytes, but "
                + "limits.max-text-size counts characters of text (fix: write a plain number of characters, e.g. ");
        refusal("limits: { max-text-size: 2M }").as("no suffixes for characters")
                .contains(": limits.max-text-size: must be a whole number from 1 to 100000000, got '2M'");
        refusal("limits: { max-text-size: 0 }")
                .contains(": limits.max-text-size: must be a whole number from 1 to 100000000");
        refusal("limits: { max-text-size: 4000000000 }")
                .contains(": limits.max-text-size: must be a whole number from 1 to 100000000, got '4000000000'");
    }

    @Test
    void limitsAcceptTheFormsTheReadmeShows() throws Exception {
        JobSettings s = loader.load(job("""
                name: daily
                sources: [seeds/]
                limits:
                  max-file-size: 20mb
                  max-text-size: 2_000_000
                  max-expanded-size: 1TB
                  timeout: 500ms
                """));
        assertThat(s.limits().maxFileBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(s.limits().maxTextChars()).as("characters, as written").isEqualTo(2_000_000);
        assertThat(s.limits().maxExpandedBytes()).isEqualTo(1024L * 1024 * 1024 * 1024);
        assertThat(s.limits().perDocumentTimeout().toMillis()).isEqualTo(500);
        assertThat(loader.load(job("name: daily\nsources: [seeds/]\nlimits: { timeout: 45 }\n")).limits()
                .perDocumentTimeout().toSeconds()).as("a plain number is seconds").isEqualTo(45);
    }
}
