package org.daybrief.deliver.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stories of a digest page or of a mail's HTML part, as a reader sees them: both are rendered through
 * {@code templates/html/story}, so each story is one block that starts with the same {@code <div>}.
 */
public final class HtmlStories {

    /** What a reader reads of one story; tags removed, entities left as they are. */
    public record Shown(String title, String update, String summary, String keywords) {
    }

    private static final String START = "<div style=\"margin:28px 0 0 0;padding:24px 0 0 0;border-top:1px solid "
            + "#eceef1;\">";
    private static final Pattern TITLE = Pattern.compile("<h2[^>]*>(.*?)</h2>", Pattern.DOTALL);
    private static final Pattern UPDATE = Pattern.compile("<p style=\"[^\"]*color:#b45309;\">(.*?)</p>");
    private static final Pattern SUMMARY = Pattern.compile("<p style=\"margin:0;font-size:16px[^\"]*\">(.*?)</p>");
    private static final Pattern KEYWORDS = Pattern.compile(
            "<p style=\"margin:8px 0 0 0;font-size:13px;line-height:1.4;color:#6b7280;\">(.*?)</p>", Pattern.DOTALL);

    private HtmlStories() {
    }

    public static List<Shown> of(String html) {
        List<Shown> stories = new ArrayList<>();
        int at = html.indexOf(START);
        while (at >= 0) {
            int end = html.indexOf("</div>", at);
            String block = html.substring(at, end);
            stories.add(new Shown(find(TITLE, block), find(UPDATE, block), find(SUMMARY, block),
                    find(KEYWORDS, block)));
            at = html.indexOf(START, end);
        }
        return stories;
    }

    private static String find(Pattern pattern, String block) {
        Matcher m = pattern.matcher(block);
        return m.find() ? m.group(1).replaceAll("<[^>]+>", "").strip() : "";
    }
}
