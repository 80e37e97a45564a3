package org.daybrief.render;

import com.samskivert.mustache.Template;
import java.util.List;
import java.util.Objects;

/**
 * The pages of {@code serve}'s site that are not digests: the front page listing the jobs, and the unsubscribe
 * page. Both use the shared HTML layout and are HTML-escaped by the engine. Immutable and thread-safe.
 */
public final class SitePages {

    /** One job on the front page: its index page and feed are {@code <name>/} and {@code <name>/feed.atom}. */
    public record JobRow(String name, String title, String latest) {
        public JobRow {
            Objects.requireNonNull(name, "name");
            title = title == null || title.isBlank() ? name : title;
            latest = latest == null || latest.isBlank() ? "no digest yet" : latest;
        }
    }

    private final Template jobs = Templates.compile(Escaping.HTML, "html/jobs");
    private final Template unsubscribe = Templates.compile(Escaping.HTML, "html/unsubscribe");

    /** The front page: every job, in the order given, linked to its index page. */
    public String jobs(List<JobRow> rows) {
        List<JobView> views = rows.stream().map(r -> new JobView(r.name(), r.title(), "latest: " + r.latest(),
                Links.safeHref(r.name() + "/").orElse(""), Links.safeHref(r.name() + "/feed.atom").orElse("")))
                .toList();
        return jobs.execute(new JobsView(new DigestView.Page("Daybrief", DigestView.count(views.size(), "job",
                "jobs"), "digests"), DigestView.count(views.size(), "job", "jobs"), views.isEmpty(), views));
    }

    /**
     * The unsubscribe page of one subscriber of a job.
     *
     * @param done false: the question with its one button, which POSTs the form back to the page's own URL;
     *             true: the answer
     */
    public String unsubscribe(String job, String address, boolean done) {
        String heading = done ? "You are unsubscribed" : "Unsubscribe?";
        String message = done
                ? address + " will get no more digests of " + job + "."
                : "Stop sending the " + job + " digest to " + address + "?";
        return unsubscribe.execute(new UnsubscribeView(new DigestView.Page(heading, message, job), heading, message,
                !done));
    }

    record JobsView(DigestView.Page page, String countLabel, boolean empty, List<JobView> jobs) {
    }

    record JobView(String name, String title, String latest, String href, String feed) {
    }

    record UnsubscribeView(DigestView.Page page, String heading, String message, boolean ask) {
    }
}
