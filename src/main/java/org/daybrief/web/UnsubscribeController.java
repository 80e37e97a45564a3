package org.daybrief.web;

import java.time.Clock;
import java.util.Optional;
import org.daybrief.batch.MailDeliveries;
import org.daybrief.config.JobSettings;
import org.daybrief.deliver.mail.Subscriber;
import org.daybrief.deliver.mail.Suppressions;
import org.daybrief.render.SitePages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One-click unsubscribe (RFC 8058) at {@code /unsubscribe/<job>/<token>}, the URL every message's
 * {@code List-Unsubscribe} carries when {@code DAYBRIEF_PUBLIC_URL} is set and the job names no other.
 * <ul>
 * <li>{@code POST} with {@code List-Unsubscribe=One-Click} (urlencoded or multipart, as mail clients send it)
 *     unsubscribes at once and answers 200, without a redirect or a cookie;</li>
 * <li>{@code GET} shows a page with one button and changes nothing (link scanners only GET); the button POSTs
 *     {@code confirm=page} to the same URL;</li>
 * <li>a token that is no subscriber's (forged, altered, or of an address no longer listed) gets 404.</li>
 * </ul>
 * The unsubscribe goes on the job's suppression list ({@link Suppressions}, how {@code one-click} or {@code page}),
 * which every later delivery honours. Repeating a valid request is harmless: the first entry stands.
 */
@RestController
class UnsubscribeController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final SiteJobs jobs;
    private final SubscriberTokens tokens;
    private final Suppressions suppressions;
    private final Clock clock = Clock.systemUTC();
    private final SitePages pages = new SitePages();

    UnsubscribeController(SiteJobs jobs, MailDeliveries deliveries, Suppressions suppressions) {
        this.jobs = jobs;
        this.tokens = new SubscriberTokens(deliveries.tokens());
        this.suppressions = suppressions;
    }

    @GetMapping("/unsubscribe/{job}/{token}")
    ResponseEntity<String> page(@PathVariable String job, @PathVariable String token) {
        return find(job, token)
                .map(f -> ResponseEntity.ok().contentType(HTML)
                        .body(pages.unsubscribe(job, f.subscriber().address(), false)))
                .orElseGet(UnsubscribeController::unknown);
    }

    @PostMapping("/unsubscribe/{job}/{token}")
    ResponseEntity<String> unsubscribe(@PathVariable String job, @PathVariable String token,
            @RequestParam(name = "List-Unsubscribe", required = false) String oneClick,
            @RequestParam(name = "confirm", required = false) String confirm) {
        Optional<Found> found = find(job, token);
        if (found.isEmpty()) {
            return unknown();
        }
        String address = found.get().subscriber().address();
        if ("One-Click".equals(oneClick)) {
            suppressions.suppress(job, address, Suppressions.How.ONE_CLICK, clock.instant(), "");
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("unsubscribed\n");
        }
        if ("page".equals(confirm)) {
            suppressions.suppress(job, address, Suppressions.How.PAGE, clock.instant(), "");
            return ResponseEntity.ok().contentType(HTML).body(pages.unsubscribe(job, address, true));
        }
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                .body("send List-Unsubscribe=One-Click (RFC 8058), or use the page's button\n");
    }

    private Optional<Found> find(String job, String token) {
        return jobs.named(job).flatMap(j -> tokens.owner(j, token).map(s -> new Found(j, s)));
    }

    private static ResponseEntity<String> unknown() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                .body("this unsubscribe link is not valid (mistyped or cut short?)\n");
    }

    private record Found(JobSettings job, Subscriber subscriber) {
    }
}
