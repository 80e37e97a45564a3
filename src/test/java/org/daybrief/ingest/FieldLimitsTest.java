package org.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FieldLimitsTest {

    @Test
    void aLongTitleIsCutAtAWordWithAnEllipsis() {
        String title = FieldLimits.title("Harbour wall ".repeat(100).strip());

        assertThat(title).hasSizeLessThanOrEqualTo(FieldLimits.TITLE).endsWith("wall\u2026")
                .startsWith("Harbour wall Harbour");
        assertThat(FieldLimits.title("Short title")).isEqualTo("Short title");
        assertThat(FieldLimits.title(title)).as("bounding twice changes nothing").isEqualTo(title);
    }

    @Test
    void aTitleWithoutSpacesIsCutAtTheLimitAndNeverInsideASurrogatePair() {
        String emoji = "\uD83D\uDE00".repeat(400); // 800 chars, no space

        String title = FieldLimits.title(emoji);

        assertThat(title).hasSizeLessThanOrEqualTo(FieldLimits.TITLE).endsWith("\u2026");
        String kept = title.substring(0, title.length() - 1);
        assertThat(kept.codePoints()).allMatch(cp -> cp == 0x1F600);
    }

    @Test
    void aLongPathKeepsItsStartAndFileNameAndTwoPathsStayTwo() {
        String a = "/data/" + "a".repeat(3000) + "/x/" + "b".repeat(2000) + "/report.txt";
        String b = "/data/" + "a".repeat(3000) + "/y/" + "b".repeat(2000) + "/report.txt";

        String shortA = FieldLimits.path(a);
        String shortB = FieldLimits.path(b);

        assertThat(shortA).hasSizeLessThanOrEqualTo(FieldLimits.PATH).startsWith("/data/aaa").endsWith("/report.txt");
        assertThat(shortB).hasSizeLessThanOrEqualTo(FieldLimits.PATH).isNotEqualTo(shortA);
        assertThat(FieldLimits.path(shortA)).isEqualTo(shortA);
        String linuxLongest = "/" + "p".repeat(FieldLimits.PATH - 1);
        assertThat(FieldLimits.path(linuxLongest)).as("a path Linux allows is kept whole").isEqualTo(linuxLongest);
    }

    @Test
    void aLinkTooLongToStoreIsDroppedNotCut() {
        assertThat(FieldLimits.url("https://example.org/" + "q".repeat(3000))).isEmpty();
        assertThat(FieldLimits.url("https://example.org/a")).isEqualTo("https://example.org/a");
    }

    @Test
    void documentRecordsHoldToTheLimitsWhoeverMadeThem() {
        SourceDocument doc = new SourceDocument("id", "p/" + "x".repeat(5000), "Word ".repeat(1000), "body",
                LocalDate.of(2025, 9, 23), "Gazette ".repeat(200), "https://e.org/" + "u".repeat(2100), "text/plain",
                false);
        SkippedDocument skipped = new SkippedDocument("q/" + "y".repeat(5000), "why ".repeat(1000));

        assertThat(doc.title()).hasSizeLessThanOrEqualTo(FieldLimits.TITLE);
        assertThat(doc.path()).hasSizeLessThanOrEqualTo(FieldLimits.PATH);
        assertThat(doc.source()).hasSizeLessThanOrEqualTo(FieldLimits.SOURCE);
        assertThat(doc.url()).isEmpty();
        assertThat(skipped.path()).hasSizeLessThanOrEqualTo(FieldLimits.PATH);
        assertThat(skipped.reason()).hasSizeLessThanOrEqualTo(FieldLimits.REASON);
    }
}
