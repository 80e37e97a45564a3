package org.daybrief.deliver.mail;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What one delivery run did, per subscriber, in subscriber order.
 *
 * @param transport where messages went ({@link MailTransport#describe()})
 * @param stopped   when the connection failed and delivery stopped: one line saying what to fix; else empty
 */
public record DeliveryReport(String job, LocalDate date, String transport, List<Outcome> outcomes, String stopped) {

    /** What happened to one subscriber's message. */
    public enum Result {
        SENT, ALREADY_SENT, FAILED, RETRY_LATER, UNKNOWN, NO_STORIES, NOT_TRIED,
        /** on the suppression list (unsubscribed or bounced): no message */
        SUPPRESSED
    }

    /** @param detail the server's reply, the file written, or why nothing was sent */
    public record Outcome(String address, Result result, int stories, String messageId, String detail) {
    }

    public DeliveryReport {
        outcomes = List.copyOf(outcomes);
        stopped = stopped == null ? "" : stopped;
    }

    public long count(Result result) {
        return outcomes.stream().filter(o -> o.result() == result).count();
    }

    /**
     * Whether messages are left that a later attempt may deliver (transient failures, or subscribers not tried
     * because the connection failed): the run should count as failed so that it is restarted.
     */
    public boolean retryLater() {
        return !stopped.isEmpty() || count(Result.RETRY_LATER) + count(Result.NOT_TRIED) > 0;
    }

    /** A few readable lines. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "  mail via %s: %d sent, %d already sent, %d failed, %d to retry, "
                + "%d unknown, %d with no matching stories, %d suppressed%n", transport, count(Result.SENT),
                count(Result.ALREADY_SENT), count(Result.FAILED), count(Result.RETRY_LATER) + count(Result.NOT_TRIED),
                count(Result.UNKNOWN), count(Result.NO_STORIES), count(Result.SUPPRESSED)));
        for (Outcome o : outcomes) {
            if (o.result() != Result.ALREADY_SENT) {
                sb.append("  ").append(o.result().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(' ')
                        .append(o.address()).append(": ").append(o.detail()).append('\n');
            }
        }
        return sb.toString();
    }
}
