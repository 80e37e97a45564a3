package org.daybrief.deliver.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The suppression list: addresses that get no more mail from a job (or from every job), because they
 * unsubscribed, bounced, or were taken off by hand, and the count of permanent refusals that leads to a bounce.
 * Every delivery asks it before sending ({@link MailDelivery}); a suppressed subscriber gets no message.
 *
 * <p>Addresses are compared case-insensitively: every method normalises them ({@link #normalise}), so
 * {@code Ana@Example.org} and {@code ana@example.org} are one entry. Every write is its own committed transaction
 * and may be repeated without harm: suppressing an address that is suppressed already keeps the first entry (its
 * date and how), so a repeated one-click request or a second bounce changes nothing. Implementations are
 * thread-safe.
 */
public interface Suppressions {

    /** The job name that stands for every job: a suppression under it applies to all of them. */
    String ALL_JOBS = "*";

    /** Runs (distinct run dates) in a row whose SMTP reply was a permanent failure before an address bounces. */
    int BOUNCE_RUNS = 3;

    /** How an address came off the list. */
    enum How {
        /** RFC 8058 one-click POST from the mail client's unsubscribe button */
        ONE_CLICK,
        /** the button on the unsubscribe page a reader opened from the link */
        PAGE,
        /** {@value Suppressions#BOUNCE_RUNS} runs in a row of permanent SMTP failures */
        BOUNCE,
        /** by hand: {@code daybrief subscribers --unsubscribe} */
        MANUAL;

        /** The stored and printed form: {@code one-click}, {@code page}, {@code bounce}, {@code manual}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static How of(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /**
     * One entry of the list.
     *
     * @param job     the job it applies to, or {@link #ALL_JOBS}
     * @param address the normalised address
     * @param detail  what goes with it: the last SMTP reply of a bounce, a note; may be empty
     */
    record Suppression(String job, String address, How how, Instant when, String detail) {
        public Suppression {
            Objects.requireNonNull(job, "job");
            address = normalise(address);
            Objects.requireNonNull(how, "how");
            Objects.requireNonNull(when, "when");
            detail = detail == null ? "" : detail;
        }

        /**
         * How a report says it: {@code unsubscribed 2025-09-22 (one-click)}, {@code bounced 2025-09-22: 550 5.1.1
         * no such user}, {@code unsubscribed from all jobs 2025-09-22 (page)}.
         */
        public String describe() {
            String date = LocalDate.ofInstant(when, ZoneOffset.UTC).toString();
            String scope = ALL_JOBS.equals(job) ? " from all jobs" : "";
            if (how == How.BOUNCE) {
                return "bounced" + scope + " " + date + (detail.isEmpty() ? "" : ": " + detail);
            }
            return "unsubscribed" + scope + " " + date + " (" + how.key() + ")"
                    + (detail.isEmpty() ? "" : ": " + detail);
        }
    }

    /**
     * Permanent failures in a row of one address in one job, not yet reset by a success.
     *
     * @param runs      distinct run dates in a row with a permanent failure
     * @param lastDate  the run date of the last one
     * @param lastReply the server's last reply
     */
    record Streak(String job, String address, int runs, LocalDate lastDate, String lastReply) {
    }

    /**
     * Takes an address off a job's list (or every job's, with {@link #ALL_JOBS}). When it is off already (by the
     * same job or by all jobs), nothing changes and the entry standing is returned.
     *
     * @return the suppression now in force
     */
    Suppression suppress(String job, String address, How how, Instant when, String detail);

    /** The suppression that keeps {@code address} from {@code job}'s mail: the job's own, else an all-jobs one. */
    Optional<Suppression> find(String job, String address);

    default boolean isSuppressed(String job, String address) {
        return find(job, address).isPresent();
    }

    /** Every suppression that applies to {@code job} (its own and all-jobs ones), by address. */
    List<Suppression> list(String job);

    /**
     * Puts an address back on a job's list: removes the suppressions that keep it from that job (the job's own and
     * an all-jobs one) and its bounce count.
     *
     * @return what was removed; empty when it was not suppressed
     */
    List<Suppression> resubscribe(String job, String address);

    /**
     * Records that the SMTP server refused the job's message of {@code runDate} to {@code address} for good
     * (5xx). Counted once per run date; after {@value #BOUNCE_RUNS} run dates in a row the address is suppressed
     * for the job as {@link How#BOUNCE} with this reply.
     *
     * @return the bounce suppression when this refusal made it (or it stood already), else empty
     */
    Optional<Suppression> permanentFailure(String job, String address, LocalDate runDate, String reply, Instant when);

    /** Records that the SMTP server accepted a message to {@code address}: its count of failures starts again. */
    void delivered(String job, String address);

    /** The addresses of {@code job} with permanent failures in a row not yet reset, by address. */
    List<Streak> streaks(String job);

    /** The form addresses are kept and compared in: stripped and lower-cased. */
    static String normalise(String address) {
        Objects.requireNonNull(address, "address");
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
