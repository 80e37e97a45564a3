package org.daybrief.source.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Feeds and article pages as news sites serve them: an RSS feed with two full items and two teasers, an Atom feed
 * with two full entries, and article pages wrapped in site chrome (navigation, cookie banner, "most read" box,
 * footer) whose words must never reach a digest.
 */
public final class NewsFixtures {

    /** Words of the site chrome on every article page: none may appear in a digest. */
    public static final List<String> CHROME = List.of("Accept all cookies", "Most read", "Celebrity chef",
            "All rights reserved", "Subscribe to our newsletter", "Sport Weather Travel");

    public static final List<String> HARBOUR = List.of(
            "Dockworkers at the Port of Easthaven walked off the job on Tuesday after pay talks collapsed late on "
                    + "Monday night.",
            "The union said its members would stay out until the port authority offered a seven percent raise and "
                    + "restored the overtime rates cut last year.",
            "Dozens of container ships were left waiting offshore as the strike entered its first day, and freight "
                    + "companies warned of delays to deliveries across the region.",
            "The port authority called the demand unaffordable and urged the union to return to talks.",
            "A mediator is expected to meet both sides on Thursday, officials said.");

    public static final List<String> LIBRARY = List.of(
            "The central library of Northfield reopened on Tuesday after a two year renovation that cost the city "
                    + "forty million dollars.",
            "Visitors queued from dawn to see the new reading rooms, the restored glass dome and a children's wing "
                    + "built where the old car park stood.",
            "Librarians said more than three thousand people came through the doors in the first hour alone.",
            "The building now stays open until ten at night on weekdays, a change readers had asked for in a "
                    + "survey last spring.",
            "The mayor said the library would host free evening classes in languages and computing from October.");

    private static final String FULL_RATES = article(
            "The central bank held its main interest rate at four percent on Tuesday, as most economists had "
                    + "expected after a month of weak data on retail sales and factory output.",
            "Policymakers said inflation was easing but remained above their two percent target, and that they "
                    + "would watch wages and energy prices closely before deciding on any cut.",
            "Two members of the rate committee voted for a cut of a quarter point, saying that the economy was "
                    + "slowing faster than the bank had forecast in the summer.",
            "Markets rose slightly after the announcement, and the currency fell against the dollar.",
            "The governor told reporters that borrowers should not expect rates to fall quickly, because the "
                    + "fight against inflation was not over yet and prices for services were still rising.",
            "Mortgage lenders said they would keep their fixed rates unchanged for now.");

    private static final String FULL_TRAM = article(
            "The city council approved the tram extension by nine votes to four on Monday night, ending a debate "
                    + "that had run for more than three years.",
            "Construction of the six mile line to the university and the hospital is due to start next spring, "
                    + "and the first trams should run within four years.",
            "Opponents said the cost had doubled since the plan was first proposed and that buses would have "
                    + "served the same neighbourhoods for a fraction of the money.",
            "Supporters said the line would take thousands of cars off the ring road every day and cut journey "
                    + "times for students and hospital staff by half.",
            "The council will borrow most of the money and repay it from fares and a levy on city centre parking.",
            "Shops along the route will be offered grants to cover losses during the works.");

    private static final String FULL_WIND = article(
            "The largest offshore wind farm in the region opened on Tuesday, twenty miles off the northern coast, "
                    + "after four years of construction and several delays caused by storms.",
            "Its forty turbines will power two hundred thousand homes when fully running, the operator said, "
                    + "about a tenth of the homes in the region.",
            "The project cost one point two billion dollars and was paid for by a group of pension funds and a "
                    + "state investment bank.",
            "Fishing groups had opposed the farm, saying it would close waters their boats had used for "
                    + "generations, and a compensation fund was set up for them last year.",
            "Engineers will spend the next month testing the cable that brings the power ashore.",
            "A second farm of the same size is planned further east.");

    private static final String FULL_FLOODS = article(
            "Heavy rain flooded dozens of streets in the river town of Ashby on Sunday, forcing the evacuation of "
                    + "two care homes and a primary school.",
            "The river rose more than two metres in twelve hours, its highest level since records began, and "
                    + "broke through a temporary barrier near the old bridge.",
            "Firefighters used boats to reach families trapped on upper floors, and no one was seriously hurt, "
                    + "the county council said.",
            "Residents criticised the slow response, saying warnings came only after water had entered their "
                    + "homes and that sandbags ran out by mid afternoon.",
            "The environment agency said it would review its forecasts for the catchment and speed up work on a "
                    + "permanent flood wall.",
            "More rain is expected later in the week.");

    private NewsFixtures() {
    }

    /** RSS 2.0: two items with the article in content:encoded, two teasers linking to pages on {@code base}. */
    public static String rss(String base) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel>
                  <title>Lakeside Courier</title>
                  <link>%1$s/</link>
                  <description>News from the lakeside</description>
                  <item>
                    <title>Central bank holds rates</title>
                    <link>%1$s/news/rates</link>
                    <guid isPermaLink="false">courier-rates-1</guid>
                    <dc:creator>Ann Example</dc:creator>
                    <pubDate>Tue, 23 Sep 2025 08:00:00 GMT</pubDate>
                    <description>The central bank held rates.</description>
                    <content:encoded><![CDATA[%2$s]]></content:encoded>
                  </item>
                  <item>
                    <title>Council approves tram extension</title>
                    <link>%1$s/news/tram</link>
                    <guid isPermaLink="false">courier-tram-1</guid>
                    <pubDate>Tue, 23 Sep 2025 07:15:00 GMT</pubDate>
                    <content:encoded><![CDATA[%3$s]]></content:encoded>
                  </item>
                  <item>
                    <title>Dockworkers strike at Easthaven</title>
                    <link>%1$s/articles/harbour.html</link>
                    <guid>%1$s/articles/harbour.html</guid>
                    <pubDate>Tue, 23 Sep 2025 06:30:00 GMT</pubDate>
                    <description>Dockworkers walked out after pay talks collapsed. Read more&#8230;</description>
                  </item>
                  <item>
                    <title>Library reopens after renovation</title>
                    <link>%1$s/articles/library.html</link>
                    <guid>%1$s/articles/library.html</guid>
                    <pubDate>Tue, 23 Sep 2025 06:00:00 GMT</pubDate>
                    <description>Queues at dawn for the new reading rooms.</description>
                  </item>
                </channel>
                </rss>
                """.formatted(base, FULL_RATES, FULL_TRAM);
    }

    /** Atom 1.0: two entries with their article in content. */
    public static String atom(String base) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Coastal Times</title>
                  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
                  <updated>2025-09-23T09:00:00Z</updated>
                  <entry>
                    <title>Wind farm opens offshore</title>
                    <link href="%1$s/coast/wind"/>
                    <id>urn:coastal:wind</id>
                    <updated>2025-09-23T09:00:00Z</updated>
                    <author><name>Bo Example</name></author>
                    <content type="html"><![CDATA[%2$s]]></content>
                  </entry>
                  <entry>
                    <title>Floods force evacuations in Ashby</title>
                    <link href="%1$s/coast/floods"/>
                    <id>urn:coastal:floods</id>
                    <updated>2025-09-22T18:00:00Z</updated>
                    <content type="html"><![CDATA[%3$s]]></content>
                  </entry>
                </feed>
                """.formatted(base, FULL_WIND, FULL_FLOODS);
    }

    /** An article page as a news site serves it: the article inside navigation, banners, boxes and a footer. */
    public static String page(String title, List<String> paragraphs) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%1$s | Lakeside Courier</title>
                <meta property="og:site_name" content="Lakeside Courier"></head>
                <body>
                <div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience on our site.
                  <button>Accept all cookies</button> <a href="/privacy">Manage settings</a></div>
                <header class="site-header"><nav class="main-nav"><ul>
                  <li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport Weather Travel</a></li>
                  <li><a href="/business">Business</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>
                <main>
                <article class="story">
                  <h1>%1$s</h1>
                  <p class="byline">By Cas Example</p>
                  %2$s
                </article>
                <aside class="most-read sidebar"><h2>Most read</h2><ol>
                  <li><a href="/a">Celebrity chef opens a restaurant on the moon</a></li>
                  <li><a href="/b">Ten things you did not know about cheese</a></li>
                  <li><a href="/c">Why the town clock stopped at noon</a></li></ol></aside>
                </main>
                <footer class="site-footer"><p>Subscribe to our newsletter for the day's news.</p>
                  <p>&copy; 2025 Lakeside Courier. All rights reserved. <a href="/contact">Contact us</a></p></footer>
                </body></html>
                """.formatted(title, paragraphs.stream().map(p -> "<p>" + p + "</p>")
                .collect(Collectors.joining("\n  ")));
    }

    private static String article(String... paragraphs) {
        return java.util.Arrays.stream(paragraphs).map(p -> "<p>" + p + "</p>").collect(Collectors.joining("\n"));
    }
}
