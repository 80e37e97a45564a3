package org.daybrief.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.daybrief.eval.ClusterEvaluation;
import org.daybrief.text.NlpModels;
import org.junit.jupiter.api.Test;

/**
 * How well grouping finds the events of real news, by how much of each text it reads: Multi-News clusters (articles
 * on one event, {@code <cluster>/<n>.txt}) mixed into one day with single articles ({@code <id>.txt}, each its own
 * event), the pairs of clustered articles scored as links found or missed, and every link from a clustered article
 * to another event as a wrong one. Prints pairwise precision, recall and F1, the largest groups and the grouping
 * time for whole texts and several lead lengths. Articles are read as Daybrief reads text files (the clusters as
 * {@code eval --clusters} reads them). Run only when given the data:
 * <pre>
 * mvn -q -B -o test -Dtest=GroupingLeadEvalTest -Ddaybrief.grouping.clusters=../shared/eval/multinews-dev/clusters \
 *     -Ddaybrief.grouping.singles=../shared/eval/cnndm-dev/docs,../shared/eval/bbc-dev/docs,../shared/eval/cnndm-raw-dev/docs
 * </pre>
 */
class GroupingLeadEvalTest {

    private record Article(String event, StoryGrouper.Item item) {
    }

    /** Pairwise scores of one grouping against the events. */
    private record Scores(long found, long wrong, long missed, int[] largest) {

        double precision() {
            return found / (double) Math.max(1, found + wrong);
        }

        double recall() {
            return found / (double) Math.max(1, found + missed);
        }

        double f1() {
            return 2 * precision() * recall() / Math.max(1e-9, precision() + recall());
        }
    }

    @Test
    void leadAgainstWholeTexts() {
        String clusters = System.getProperty("daybrief.grouping.clusters");
        assumeTrue(clusters != null, "an evaluation: give -Ddaybrief.grouping.clusters=DIR (see the class comment)");
        NlpModels nlp = NlpModels.load();
        // The clusters as `eval --clusters` reads them (titles and language as Daybrief finds them).
        List<Article> articles = new ArrayList<>();
        for (ClusterEvaluation.Cluster cluster : ClusterEvaluation.load(nlp, Path.of(clusters))) {
            for (StorySummarizer.Source a : cluster.articles()) {
                articles.add(new Article("c:" + cluster.id(), item(a)));
            }
        }
        for (String dir : System.getProperty("daybrief.grouping.singles", "").split(",")) {
            if (!dir.isBlank()) {
                articles.addAll(singles(nlp, Path.of(dir.strip())));
            }
        }
        Collections.shuffle(articles, new Random(7)); // a fixed mix, so that every run scores the same day
        List<StoryGrouper.Item> items = articles.stream().map(Article::item).toList();
        TextTools tools = TextTools.of(nlp);
        System.out.printf("%d articles, %d of them in %d clusters%n", articles.size(),
                articles.stream().filter(a -> a.event().startsWith("c:")).count(),
                articles.stream().map(Article::event).filter(e -> e.startsWith("c:")).distinct().count());
        new StoryGrouper(items, items.size(), tools, Integer.MAX_VALUE).group(); // compiled before any is timed
        Scores whole = null;
        Scores lead = null;
        for (int chars : new int[] {Integer.MAX_VALUE, 5_000, 4_000, StoryGrouper.LEAD_CHARS, 2_000}) {
            long[] times = new long[3];
            StoryGrouper.Grouping grouping = null;
            for (int run = 0; run < times.length; run++) {
                long start = System.nanoTime();
                grouping = new StoryGrouper(items, items.size(), tools, chars).group();
                times[run] = System.nanoTime() - start;
            }
            Arrays.sort(times);
            Scores s = score(grouping, articles);
            System.out.printf("%-6s precision %.3f recall %.3f F1 %.3f (%d found, %d wrong, %d missed); largest groups "
                            + "%s; grouping %d ms (median of 3)%n",
                    chars == Integer.MAX_VALUE ? "whole" : String.valueOf(chars), s.precision(), s.recall(), s.f1(),
                    s.found(), s.wrong(), s.missed(), Arrays.toString(s.largest()), times[1] / 1_000_000);
            if (chars == Integer.MAX_VALUE) {
                whole = s;
            } else if (chars == StoryGrouper.LEAD_CHARS) {
                lead = s;
            }
        }
        // What the lead is for: fewer wrong links, at no loss of F1.
        assertThat(lead.precision()).isGreaterThan(whole.precision());
        assertThat(lead.f1()).isGreaterThanOrEqualTo(whole.f1());
    }

    private static Scores score(StoryGrouper.Grouping grouping, List<Article> articles) {
        int[] group = new int[articles.size()];
        for (int g = 0; g < grouping.groups().size(); g++) {
            for (int i : grouping.groups().get(g)) {
                group[i] = g;
            }
        }
        long found = 0;
        long wrong = 0;
        long missed = 0;
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                String a = articles.get(i).event();
                String b = articles.get(j).event();
                if (!a.startsWith("c:") && !b.startsWith("c:")) {
                    continue; // two single articles: nothing says they are not on one event
                }
                boolean together = group[i] == group[j];
                if (a.equals(b)) {
                    found += together ? 1 : 0;
                    missed += together ? 0 : 1;
                } else if (together) {
                    wrong++;
                }
            }
        }
        int[] sizes = grouping.groups().stream().mapToInt(g -> g.length).sorted().toArray();
        int[] largest = new int[Math.min(5, sizes.length)];
        for (int k = 0; k < largest.length; k++) {
            largest[k] = sizes[sizes.length - 1 - k];
        }
        return new Scores(found, wrong, missed, largest);
    }

    private static StoryGrouper.Item item(StorySummarizer.Source article) {
        return new StoryGrouper.Item(article.title(), article.body(), article.language());
    }

    /** Each {@code .txt} file under {@code dir} as an event of its own, read as Daybrief reads a text file. */
    private static List<Article> singles(NlpModels nlp, Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Article> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(new Article("s:" + dir + "/" + p.getFileName(), item(ClusterEvaluation.article(nlp, p))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
