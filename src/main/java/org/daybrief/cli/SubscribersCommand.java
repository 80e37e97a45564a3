package org.daybrief.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.daybrief.batch.JdbcSuppressions;
import org.daybrief.config.JobSettings;
import org.daybrief.deliver.mail.Addresses;
import org.daybrief.deliver.mail.SubscriberStates;
import org.daybrief.deliver.mail.SubscriberStates.State;
import org.daybrief.deliver.mail.Suppressions;
import org.daybrief.deliver.mail.Suppressions.How;
import org.daybrief.deliver.mail.Suppressions.Suppression;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code daybrief subscribers}: a job's subscribers and their state; unsubscribe or resubscribe one by hand. */
@Command(name = "subscribers", mixinStandardHelpOptions = true,
        description = "Lists a job's subscribers and their state: subscribed, unsubscribed (when and how) or "
                + "bounced (with the server's last reply).%nWith --unsubscribe or --resubscribe, takes one address "
                + "off the job's mail or puts it back, by hand.")
final class SubscribersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--job", paramLabel = "FILE", required = true, description = "the job file, e.g. jobs/daily.yml")
    Path job;

    @ArgGroup(exclusive = true)
    Change change;

    static final class Change {
        @Option(names = "--unsubscribe", paramLabel = "ADDRESS", required = true,
                description = "stop mailing this subscriber (kept in the job database as 'manual')")
        String unsubscribe;

        @Option(names = "--resubscribe", paramLabel = "ADDRESS", required = true,
                description = "mail this address again: lifts its unsubscribe or bounce for this job")
        String resubscribe;
    }

    @Override
    public Integer call() {
        JobSettings settings = Jobs.loader().load(job);
        String address = change == null ? null
                : valid(change.unsubscribe != null ? change.unsubscribe : change.resubscribe);
        try (ConfigurableApplicationContext context = Jobs.startSpring(spec)) {
            Suppressions suppressions = context.getBean(JdbcSuppressions.class);
            List<State> states = SubscriberStates.of(settings.name(), settings.email().subscribers(), suppressions);
            PrintWriter out = spec.commandLine().getOut();
            if (change == null) {
                list(out, settings, states);
            } else if (change.unsubscribe != null) {
                unsubscribe(out, settings, states, suppressions, address);
            } else {
                resubscribe(out, settings, states, suppressions, address);
            }
            out.flush();
            return Main.OK;
        }
    }

    private static void list(PrintWriter out, JobSettings settings, List<State> states) {
        long listed = states.stream().filter(State::listed).count();
        long bounced = states.stream().filter(s -> s.listed() && s.suppression().filter(x -> x.how() == How.BOUNCE)
                .isPresent()).count();
        long unsubscribed = states.stream().filter(s -> s.listed() && s.suppression().isPresent()).count() - bounced;
        out.printf("%s (%s): %d %s, %d subscribed, %d unsubscribed, %d bounced%n", settings.name(), settings.file(),
                listed, listed == 1 ? "subscriber" : "subscribers", listed - unsubscribed - bounced, unsubscribed,
                bounced);
        out.print(SubscriberStates.format(states));
    }

    private void unsubscribe(PrintWriter out, JobSettings settings, List<State> states, Suppressions suppressions,
            String address) {
        State state = find(states, settings, address);
        if (state.suppression().isPresent()) {
            out.println(state.address() + " gets no mail from " + settings.name() + " already: "
                    + state.suppression().get().describe());
            return;
        }
        suppressions.suppress(settings.name(), address, How.MANUAL, Instant.now(), "");
        out.println(state.address() + " unsubscribed from " + settings.name() + ": no more mail (undo with "
                + "--resubscribe " + state.address() + ")");
    }

    private void resubscribe(PrintWriter out, JobSettings settings, List<State> states, Suppressions suppressions,
            String address) {
        State state = find(states, settings, address);
        List<Suppression> lifted = suppressions.resubscribe(settings.name(), address);
        if (lifted.isEmpty()) {
            out.println(state.address() + " is subscribed to " + settings.name() + " already");
            return;
        }
        out.println(state.address() + " resubscribed to " + settings.name() + "; lifted: " + String.join(", ",
                lifted.stream().map(Suppression::describe).toList())
                + (state.listed() ? "" : "; not in the job file, so still not mailed until it is added there"));
    }

    /** The state of an address the job file lists or the suppression list holds for the job. */
    private State find(List<State> states, JobSettings settings, String address) {
        String key = Suppressions.normalise(address);
        return states.stream().filter(s -> Suppressions.normalise(s.address()).equals(key)).findFirst()
                .orElseThrow(() -> new UsageException(address + " is not a subscriber of " + settings.name() + " ("
                        + settings.file() + "); 'daybrief subscribers --job " + job + "' lists them"));
    }

    private static String valid(String address) {
        try {
            return Addresses.requireValid(address);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
