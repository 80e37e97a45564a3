package org.daybrief.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunReportTest {

    private static RunReport report(Map<String, Long> languages) {
        LocalDate day = LocalDate.of(2026, 11, 30);
        return new RunReport("daily", day, day, "COMPLETED", 16, 16, 0, List.of(), 0, 5, List.of(), Map.of(),
                Duration.ofSeconds(2), List.of(), List.of(), languages);
    }

    /** The same completed run of 5 stories, with stories left out by max-stories and a resumed line. */
    private static RunReport report(int storiesNotShown, String resumed) {
        LocalDate day = LocalDate.of(2026, 11, 30);
        return new RunReport("daily", day, day, "COMPLETED", 16, 16, 0, List.of(), 0, 5, List.of(), Map.of(),
                Duration.ofSeconds(2), List.of(), List.of(), Map.of(), List.of(), "", storiesNotShown, resumed);
    }

    @Test
    void countsDocumentsPerLanguageMostFirst() {
        assertThat(report(Map.of("es", 3L, "en", 12L, "it", 1L, "pl", 3L)).format())
                .contains("  languages: en 12, es 3, pl 3, it 1\n");
    }

    @Test
    void saysNothingAboutLanguagesWhenThereAreNoCounts() {
        assertThat(report(Map.of()).format()).doesNotContain("languages");
    }

    @Test
    void namesTheFilesOfADateCompleteAlreadyWithoutSayingTheyWereWritten() {
        LocalDate day = LocalDate.of(2025, 9, 22);
        String text = RunReport.alreadyComplete("daily", day, day, Duration.ofMillis(100),
                List.of(Path.of("output/daily/2025-09-22/digest.html"))).format();
        assertThat(text).contains("  digest output/daily/2025-09-22/digest.html\n").doesNotContain("wrote");
    }

    @Test
    void storiesPastMaxStoriesAreCountedOnTheDocumentsLine() {
        RunReport capped = report(617, "");
        assertThat(capped.format())
                .contains("; 5 stories (617 more not shown, past max-stories; named in digest.json)\n");
        assertThat(capped.withMail("1 sent").format()).contains("617 more");
    }

    @Test
    void oneStoryIsOneStory() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        RunReport oneStory = new RunReport("daily", day, day, "COMPLETED", 24, 1, 23, List.of(), 0, 1, List.of(),
                Map.of(), Duration.ofSeconds(2), List.of(), List.of(), Map.of());
        assertThat(oneStory.format()).contains("0 copies, 23 not in window; 1 story\n");
        assertThat(report(Map.of()).format()).contains("; 5 stories\n");
    }

    @Test
    void theDeliveryLinesComeAfterTheTimesAndBeforeAnErrorAndTheFilesWritten() {
        LocalDate day = LocalDate.of(2025, 9, 22);
        String mail = "  mail via outbox: 1 sent, 0 already sent, 0 failed, 0 to retry, 0 unknown, 0 with no matching "
                + "stories, 1 suppressed\n  suppressed ana@example.org: unsubscribed 2025-09-22 (one-click)\n";
        String text = new RunReport("daily", day, day, "FAILED", 2, 2, 0, List.of(), 0, 1, List.of(),
                Map.of("parse", Duration.ofMillis(10)), Duration.ofSeconds(2), List.of(Path.of("digest.html")),
                List.of("mail: 1 messages could not be delivered yet"), Map.of()).withMail(mail).format();
        assertThat(text).contains("  time: parse 0.01 s\n" + mail + "  error: mail: 1 messages")
                .endsWith("  wrote digest.html\n");
        assertThat(report(Map.of()).format()).doesNotContain("mail");
    }

    @Test
    void aResumedRunSaysWhatTheRunBeforeItHadDone() {
        String resumed = "the run that FAILED at 2025-09-22 07:00:04 had read 20 documents (20 summarised); "
                + "not read again";
        RunReport report = report(0, resumed);

        assertThat(report.format()).contains("; 5 stories\n  resumed: " + resumed + "\n");
        assertThat(report.withMail("  mail: 1 sent\n").format()).contains("  resumed: " + resumed);
        assertThat(report(Map.of()).format()).doesNotContain("resumed");
    }
}
