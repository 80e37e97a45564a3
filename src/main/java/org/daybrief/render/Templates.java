package org.daybrief.render;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads and compiles the Mustache templates under {@code templates/} on the class path. A template or partial
 * named {@code html/story} is the resource {@code templates/html/story.mustache}. Partials and parent
 * templates ({@code {{>html/story}}}, {@code {{<html/layout}}}) resolve through the same loader and the
 * caller's escaper, so a layout used by an HTML page is always HTML-escaped.
 *
 * <p>Missing variables are errors (a typo in a template fails the first render, in tests), empty strings and
 * empty lists are false in sections, and {@code null} renders as nothing.
 */
final class Templates {

    static final String ROOT = "templates/";

    private Templates() {
    }

    static Mustache.Compiler compiler(Mustache.Escaper escaper) {
        return Mustache.compiler()
                .withEscaper(escaper)
                .withLoader(Templates::reader)
                .emptyStringIsFalse(true)
                .nullValue("");
    }

    static Template compile(Mustache.Escaper escaper, String name) {
        try (Reader reader = reader(name)) {
            return compiler(escaper).compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read template " + name, e);
        }
    }

    private static Reader reader(String name) {
        String resource = ROOT + name + ".mustache";
        InputStream in = Templates.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("template not found on the class path: " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
