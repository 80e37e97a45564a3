package org.daybrief.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.daybrief.ingest.TestFiles;

/** Documents (also of the mail tests) and a mail job without an {@code unsubscribe:} key, for the web tests. */
public final class WebFixtures {

    private WebFixtures() {
    }

    /** Three stories dated 2025-09-23. */
    public static void documents(Path docs) throws Exception {
        TestFiles.text(docs, "port.txt", """
                date 2025-09-23
                source Harbour Gazette

                Dockworkers strike at Easthaven

                Dockworkers at the Port of Easthaven walked off the job on Tuesday after pay talks collapsed.
                The union said its members would stay out until the port authority offered a seven percent raise.
                """);
        TestFiles.text(docs, "rates.txt", """
                date 2025-09-23
                source Finance Weekly
                url https://example.org/rates

                Central bank holds rates

                The central bank held its main interest rate at four percent on Tuesday.
                Policymakers said the economy was slowing but inflation remained above target.
                """);
        TestFiles.text(docs, "cup.txt", """
                date 2025-09-23
                source Pinecrest Herald

                Pinecrest wins the state cup

                Pinecrest won the state cup final on Sunday in front of a record crowd.
                The football club last lifted the trophy twenty years ago.
                """);
    }

    /** One more story, dated 2025-09-24. */
    static void nextDay(Path docs) throws Exception {
        TestFiles.text(docs, "volcano.txt", """
                date 2025-09-24
                source Island Post

                Volcano erupts near Halden

                The volcano above Halden erupted at noon and sent ash two miles into the sky.
                Flights from the island airport were cancelled for the rest of the day.
                """);
    }

    /** {@code jobs/mail.yml}: mail enabled, four subscribers, no unsubscribe URL (DAYBRIEF_PUBLIC_URL gives it). */
    static Path mailJob(Path jobs, Path docs, Path output, String formats) throws Exception {
        return Files.writeString(jobs.resolve("mail.yml"), """
                name: mail
                title: "Morning digest {date}"
                sources: [%s]
                output: { dir: %s, formats: [%s] }
                email:
                  enabled: true
                  from: "Daybrief Desk <digest@example.org>"
                  subscribers:
                    - { address: alice@example.org, name: Alice }
                    - { address: bob@example.org, name: Bob }
                    - { address: carol@example.org }
                    - { address: dave@example.org }
                """.formatted(docs, output, formats));
    }
}
