package org.daybrief.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.daybrief.ingest.SkippedDocument;

/**
 * One day's digest of one job.
 *
 * @param job     the job's name
 * @param date    the run date
 * @param title   the heading, with {@code {date}} already replaced
 * @param stories the stories, in reading order
 * @param skipped the documents that could not be read, with reasons (shown in the footer)
 */
public record Digest(String job, LocalDate date, String title, List<Story> stories, List<SkippedDocument> skipped) {

    public Digest {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        stories = List.copyOf(stories);
        skipped = List.copyOf(skipped);
    }

    public int documentCount() {
        return stories.stream().mapToInt(s -> s.documents().size()).sum();
    }
}
