package org.daybrief.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.daybrief.deliver.mail.MailSettings;
import org.daybrief.ingest.IngestLimits;
import org.daybrief.source.SourceEntry;
import org.daybrief.source.web.WebSettings;

/**
 * A validated job file. Built only by {@link JobFileLoader}, so every value here is already checked.
 *
 * @param file     the job file it came from (for messages)
 * @param name     the job's id: digests go to {@code <output.dir>/<name>/<date>/}
 * @param title    the digest heading; {@code {date}} is replaced by the run date
 * @param sources  folders, globs, files or archives (relative to the working folder), feeds and web pages
 * @param window   which documents a run takes
 * @param schedule when {@code serve} runs the job, and the zone that "today" is in
 * @param summary  how documents are summarised
 * @param maxStories at most this many stories in a digest
 * @param output   where digests are written, and in which formats
 * @param limits   bounds on input
 * @param email    delivery by mail ({@code email:}), disabled when the section is absent
 * @param language the sources' ISO 639-1 language ({@code language:}), for documents too short to detect one;
 *                 null when not declared
 * @param web      how feeds and pages are fetched ({@code web:})
 */
public record JobSettings(Path file, String name, String title, List<SourceEntry> sources, Window window,
        Schedule schedule, SummarySettings summary, int maxStories, OutputSettings output, IngestLimits limits,
        MailSettings email, String language, WebSettings web) {

    public JobSettings {
        sources = List.copyOf(sources);
        email = email == null ? MailSettings.disabled() : email;
        web = web == null ? WebSettings.DEFAULTS : web;
    }

    /** Settings with the default web settings. */
    public JobSettings(Path file, String name, String title, List<SourceEntry> sources, Window window,
            Schedule schedule, SummarySettings summary, int maxStories, OutputSettings output, IngestLimits limits,
            MailSettings email, String language) {
        this(file, name, title, sources, window, schedule, summary, maxStories, output, limits, email, language,
                null);
    }

    /** Settings without a declared language. */
    public JobSettings(Path file, String name, String title, List<SourceEntry> sources, Window window,
            Schedule schedule, SummarySettings summary, int maxStories, OutputSettings output, IngestLimits limits,
            MailSettings email) {
        this(file, name, title, sources, window, schedule, summary, maxStories, output, limits, email, null);
    }

    /** Settings without mail delivery. */
    public JobSettings(Path file, String name, String title, List<SourceEntry> sources, Window window,
            Schedule schedule, SummarySettings summary, int maxStories, OutputSettings output, IngestLimits limits) {
        this(file, name, title, sources, window, schedule, summary, maxStories, output, limits, null);
    }

    /** Which documents a run takes. */
    public enum Window {
        /** documents not in an earlier digest of this job */
        NEW("new"),
        /** documents dated the run date (archives, backfill) */
        BY_DATE("by-date");

        private final String key;

        Window(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** @param cron Spring 6-field cron, or empty for no schedule */
    public record Schedule(String cron, ZoneId zone) {
    }

    /** @param sentences sentences per document; @param words word budget per document, 0 for none */
    public record SummarySettings(int sentences, int words, String method) {
    }

    /** @param formats file extensions: html, md, txt, json */
    public record OutputSettings(Path dir, List<String> formats) {
        public OutputSettings {
            formats = List.copyOf(formats);
        }
    }

    /** The title without its date, for the job's feed and index page. */
    public String feedTitle() {
        String t = title.replace("{date}", "").replaceAll("[\\s\u2013\u2014:-]+$", "").strip();
        return t.isEmpty() ? name : t;
    }

    public String titleFor(java.time.LocalDate date) {
        return title.replace("{date}", date.toString());
    }
}
