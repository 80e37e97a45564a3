package org.daybrief.render;

import com.samskivert.mustache.Template;
import java.util.Objects;
import org.daybrief.digest.Digest;

/**
 * Renders a {@link Digest} as {@code digest.html}, {@code digest.md}, {@code digest.txt} and
 * {@code digest.json}.
 *
 * <p>Every text format goes through a Mustache template ({@code templates/html/digest},
 * {@code templates/md/digest}, {@code templates/txt/digest}); values are escaped by the engine with the
 * format's escaper, never concatenated into markup. Links are limited to http(s) and relative links
 * ({@link Links}). Output depends only on the digest: no rendering time, no default locale, fixed key order.
 *
 * <p>Templates are compiled once, in the constructor; an instance is immutable and thread-safe.
 */
public final class DigestRenderer {

    /** Column at which {@code digest.txt} is wrapped. */
    public static final int TEXT_WIDTH = 78;

    private final Template html;
    private final Template markdown;
    private final Template text;
    private final DigestJson json;

    public DigestRenderer() {
        this.html = Templates.compile(Escaping.HTML, "html/digest");
        this.markdown = Templates.compile(Escaping.MARKDOWN, "md/digest");
        this.text = Templates.compile(Escaping.TEXT, "txt/digest");
        this.json = new DigestJson();
    }

    /** A complete HTML page with inline CSS only, usable as an email body. */
    public String html(Digest digest) {
        return html.execute(view(digest));
    }

    /** CommonMark with every document-supplied value escaped. */
    public String markdown(Digest digest) {
        return markdown.execute(view(digest));
    }

    /** Plain text wrapped at {@value #TEXT_WIDTH} columns, LF line ends, no control characters. */
    public String text(Digest digest) {
        return TextWrap.wrap(text.execute(view(digest)), TEXT_WIDTH);
    }

    /** Pretty-printed JSON with a fixed key order and a final newline. */
    public String json(Digest digest) {
        return json.write(Objects.requireNonNull(digest, "digest"));
    }

    public String render(Digest digest, Format format) {
        return switch (format) {
            case HTML -> html(digest);
            case MARKDOWN -> markdown(digest);
            case TEXT -> text(digest);
            case JSON -> json(digest);
        };
    }

    private static DigestView view(Digest digest) {
        return DigestView.of(Objects.requireNonNull(digest, "digest"));
    }
}
