package org.daybrief.deliver.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.daybrief.deliver.mail.Suppressions.Streak;
import org.daybrief.deliver.mail.Suppressions.Suppression;

/**
 * Where each of a job's subscribers stands: subscribed, unsubscribed (when, how) or bounced (with the last reply),
 * and refusals counting towards a bounce. Addresses suppressed for this job that its file no longer lists are
 * included too, so an operator sees every entry of the job that a {@code --resubscribe} could lift.
 */
public final class SubscriberStates {

    /**
     * One address.
     *
     * @param address     as the job file spells it (or as stored, when the file does not list it)
     * @param listed      whether the job file lists it
     * @param suppression what keeps it from the job's mail, if anything
     * @param streak      permanent refusals in a row not yet reset, if any
     */
    public record State(String address, boolean listed, Optional<Suppression> suppression, Optional<Streak> streak) {

        /** {@code subscribed}, {@code unsubscribed 2025-09-22 (one-click)}, {@code bounced 2025-09-23: 550 ...}. */
        public String describe() {
            String state = suppression.map(Suppression::describe).orElse("subscribed");
            if (suppression.isEmpty() && streak.isPresent()) {
                Streak s = streak.get();
                state += String.format(Locale.ROOT, "; refused %d of %d runs in a row before a bounce, last %s: %s",
                        s.runs(), Suppressions.BOUNCE_RUNS, s.lastDate(), s.lastReply());
            }
            return listed ? state : state + "; not in the job file";
        }
    }

    private SubscriberStates() {
    }

    /** The job's subscribers in file order, then suppressed addresses the file does not list, by address. */
    public static List<State> of(String job, List<Subscriber> subscribers, Suppressions suppressions) {
        Map<String, Suppression> suppressed = new LinkedHashMap<>();
        suppressions.list(job).forEach(s -> suppressed.put(s.address(), s));
        Map<String, Streak> streaks = new LinkedHashMap<>();
        suppressions.streaks(job).forEach(s -> streaks.put(s.address(), s));
        List<State> states = new ArrayList<>();
        for (Subscriber subscriber : subscribers) {
            states.add(new State(subscriber.address(), true, Optional.ofNullable(suppressed.remove(subscriber.key())),
                    Optional.ofNullable(streaks.get(subscriber.key()))));
        }
        // an all-jobs entry for an address this job never had is another job's business
        suppressed.values().stream().filter(s -> s.job().equals(job)).forEach(s -> states.add(new State(s.address(),
                false, Optional.of(s), Optional.ofNullable(streaks.get(s.address())))));
        return states;
    }

    /** One line per address, the states in a column: {@code   alice@example.org  subscribed}. */
    public static String format(List<State> states) {
        int width = states.stream().mapToInt(s -> s.address().length()).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (State s : states) {
            sb.append("  ").append(String.format(Locale.ROOT, "%-" + width + "s", s.address())).append("  ")
                    .append(s.describe()).append('\n');
        }
        return sb.toString();
    }
}
