package org.daybrief.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.daybrief.config.JobSettings;
import org.daybrief.deliver.mail.Subscriber;
import org.daybrief.deliver.mail.UnsubscribeTokens;

/**
 * Which subscriber of a job an unsubscribe token belongs to: the token is recomputed for each subscriber with
 * the database's secret ({@link UnsubscribeTokens}) and compared in constant time. A forged or altered token
 * matches nobody. Thread-safe.
 */
final class SubscriberTokens {

    private final UnsubscribeTokens tokens;

    SubscriberTokens(UnsubscribeTokens tokens) {
        this.tokens = tokens;
    }

    Optional<Subscriber> owner(JobSettings job, String token) {
        byte[] given = token.getBytes(StandardCharsets.US_ASCII);
        for (Subscriber s : job.email().subscribers()) {
            byte[] expected = tokens.token(job.name(), s.address()).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, given)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
