package org.daybrief.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Generated and mutated documents for the fuzzed pipeline: random bytes, truncations and byte flips of the seed
 * files, giant fields, deep nesting, odd encodings, injected markup, and archives of all of these. Every input is
 * a pure function of the random generator it is given, so one seed gives the same inputs on every machine.
 */
public final class FuzzInputs {

    /** One generated file: its name (the extension chooses the parser) and bytes, and how it was made. */
    public record Input(String name, byte[] bytes, String recipe) {
    }

    /** Markup a document may carry that must never reach a page as markup. */
    static final String[] HOSTILE = {
        "<script>alert('fz')</script>", "<SCRIPT SRC=//x.example/fz.js></SCRIPT>", "<a href=\"javascript:alert(1)\">fz</a>",
        "<img src=x onerror=alert(1)>", "<fz-evil>", "</title><fz-evil>", "\"><fz-evil x=\"", "]]><fz-evil>",
        "<![CDATA[<fz-evil>]]>", "&lt;fz-evil&gt;", "<svg onload=alert(1)>", "<iframe src=javascript:alert(1)>",
        "\u202Egnp.exe", "e\u0301\u0301\u0301\u0301\u0301\u0301", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\0\0\0",
        "\r\n\r\nInjected-Header: fz", "javascript:alert(1)", "data:text/html,<fz-evil>", "\uFEFF\u200B\u2028\u2029",
    };

    private static final String[] EXTENSIONS = {
        "txt", "html", "xhtml", "pdf", "docx", "odt", "rtf", "eml", "epub", "zip", "tar.gz", "mbox", "json", "xml",
        "md", "csv", "dat", "",
    };

    private static final String SENTENCES = "The council approved the new budget on Monday after a long debate. "
            + "Officials said the plan would be reviewed again next month. Residents were invited to comment "
            + "before the final vote. The mayor thanked volunteers for their work during the flood. ";

    private final List<Input> seeds;

    private FuzzInputs(List<Input> seeds) {
        this.seeds = seeds;
    }

    /** The files of {@code dir} (the repository's {@code seeds/}) as the corpus to mutate. */
    static FuzzInputs fromSeeds(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Input> seeds = new ArrayList<>();
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                seeds.add(new Input(f.getFileName().toString(), Files.readAllBytes(f), "seed"));
            }
            return new FuzzInputs(List.copyOf(seeds));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One input; {@code giants} allows the rare multi-megabyte ones. */
    Input next(SplittableRandom r, boolean giants) {
        int kind = r.nextInt(100);
        if (kind < 30) {
            return mutatedSeed(r);
        }
        if (kind < 38) {
            return randomBytes(r);
        }
        if (kind < 50) {
            return injected(r);
        }
        if (kind < 60) {
            return encoded(r);
        }
        if (kind < 70) {
            return nested(r, giants);
        }
        if (kind < 78) {
            return giantField(r, giants);
        }
        return archive(r, giants);
    }

    private Input pick(SplittableRandom r) {
        return seeds.get(r.nextInt(seeds.size()));
    }

    private static String extensionOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tar.gz")) {
            return "tar.gz";
        }
        int dot = lower.lastIndexOf('.');
        return dot < 0 ? "" : lower.substring(dot + 1);
    }

    private static String named(SplittableRandom r, String stem, String extension) {
        return stem + "-" + Integer.toHexString(r.nextInt(1 << 20)) + (extension.isEmpty() ? "" : "." + extension);
    }

    /** A seed with 1-6 mutations: truncation, byte flips, inserted or deleted ranges, markup, repeats. */
    Input mutatedSeed(SplittableRandom r) {
        Input seed = pick(r);
        byte[] b = seed.bytes().clone();
        StringBuilder recipe = new StringBuilder("mutated " + seed.name() + ":");
        int mutations = 1 + r.nextInt(6);
        for (int m = 0; m < mutations; m++) {
            int op = r.nextInt(6);
            switch (op) {
                case 0 -> {
                    int at = r.nextInt(b.length + 1);
                    b = Arrays.copyOf(b, at);
                    recipe.append(" truncate@").append(at);
                }
                case 1 -> {
                    int flips = 1 + r.nextInt(64);
                    for (int i = 0; i < flips && b.length > 0; i++) {
                        b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                    }
                    recipe.append(" flip×").append(flips);
                }
                case 2 -> {
                    byte[] noise = new byte[r.nextInt(512)];
                    r.nextBytes(noise);
                    b = insert(b, r.nextInt(b.length + 1), noise);
                    recipe.append(" noise+").append(noise.length);
                }
                case 3 -> {
                    if (b.length > 1) {
                        int from = r.nextInt(b.length);
                        int to = Math.min(b.length, from + r.nextInt(4096));
                        b = concat(Arrays.copyOf(b, from), Arrays.copyOfRange(b, to, b.length));
                        recipe.append(" delete ").append(from).append("..").append(to);
                    }
                }
                case 4 -> {
                    byte[] markup = HOSTILE[r.nextInt(HOSTILE.length)].getBytes(StandardCharsets.UTF_8);
                    b = insert(b, r.nextInt(b.length + 1), markup);
                    recipe.append(" markup");
                }
                default -> {
                    if (b.length > 1) {
                        int from = r.nextInt(b.length);
                        int to = Math.min(b.length, from + 1 + r.nextInt(256));
                        byte[] piece = Arrays.copyOfRange(b, from, to);
                        int times = 1 + r.nextInt(200);
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        out.write(b, 0, from);
                        for (int i = 0; i < times; i++) {
                            out.writeBytes(piece);
                        }
                        out.write(b, from, b.length - from);
                        b = out.toByteArray();
                        recipe.append(" repeat×").append(times);
                    }
                }
            }
        }
        // Mostly the seed's own extension; sometimes another, so a parser meets a format it does not expect.
        String ext = r.nextInt(5) == 0 ? EXTENSIONS[r.nextInt(EXTENSIONS.length)] : extensionOf(seed.name());
        return new Input(named(r, "mut", ext), b, recipe.toString());
    }

    private Input randomBytes(SplittableRandom r) {
        byte[] b = new byte[r.nextInt(4) == 0 ? r.nextInt(200_000) : r.nextInt(2048)];
        r.nextBytes(b);
        if (r.nextBoolean() && b.length > 8) {
            // a real magic number in front of the noise: PDF, zip, gzip, OLE, RTF
            byte[][] magic = {"%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), {'P', 'K', 3, 4},
                {(byte) 0x1f, (byte) 0x8b, 8}, {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
                "{\\rtf1 ".getBytes(StandardCharsets.US_ASCII), "From x@y Mon\n".getBytes(StandardCharsets.US_ASCII)};
            byte[] m = magic[r.nextInt(magic.length)];
            System.arraycopy(m, 0, b, 0, Math.min(m.length, b.length));
        }
        return new Input(named(r, "random", EXTENSIONS[r.nextInt(EXTENSIONS.length)]), b, "random " + b.length);
    }

    /** Text, HTML or mail whose title, links and body carry hostile markup. */
    private Input injected(SplittableRandom r) {
        String a = HOSTILE[r.nextInt(HOSTILE.length)];
        String b = HOSTILE[r.nextInt(HOSTILE.length)];
        String c = HOSTILE[r.nextInt(HOSTILE.length)];
        return switch (r.nextInt(5)) {
            case 0 -> text("inj", "txt", a + " Council " + b + "\n\n" + SENTENCES + c + " " + SENTENCES, r);
            case 1 -> text("inj", "md", "---\ntitle: \"" + a + "\"\nsource: " + b + "\nurl: " + c + "\n---\n"
                    + SENTENCES + SENTENCES, r);
            case 2 -> text("inj", "eml", "From: " + a + " <x@example.com>\nSubject: " + b + "\nDate: Mon, 1 Sep 2025"
                    + " 10:00:00 +0000\nContent-Type: text/html; charset=utf-8\n\n<html><body><p>" + c
                    + SENTENCES + "</p><a href=\"javascript:alert(1)\">" + SENTENCES + "</a></body></html>\n", r);
            case 3 -> text("inj", "html", "<html><head><title>" + a + "</title><meta property=\"og:title\" content=\""
                    + b.replace("\"", "&quot;") + "\"><meta property=\"og:url\" content=\"javascript:alert(1)\">"
                    + "<meta name=\"author\" content=\"" + c + "\"></head><body><h1>" + b + "</h1><p>" + SENTENCES
                    + a + SENTENCES + "</p><script>document.write('<fz-evil>')</script></body></html>", r);
            default -> text("inj", "html", "<html><head><title>" + "A".repeat(r.nextInt(5000)) + c
                    + "</title></head><body><p>" + SENTENCES + "</p><p>" + "&lt;fz-evil&gt; " + SENTENCES
                    + "</p></body></html>", r);
        };
    }

    private static Input text(String stem, String extension, String content, SplittableRandom r) {
        return new Input(named(r, stem, extension), content.getBytes(StandardCharsets.UTF_8), stem + " " + extension);
    }

    /** Readable text in an encoding the file does not declare, or broken on purpose. */
    private Input encoded(SplittableRandom r) {
        String body = "Stadtrat beschließt Haushalt. 市議会は予算を承認した。 " + SENTENCES
                + "Le conseil a voté le budget. \u05D4\u05DE\u05D5\u05E2\u05E6\u05D4 \u0627\u0644\u0645\u062C\u0644\u0633 "
                + SENTENCES;
        String ext = r.nextBoolean() ? "txt" : EXTENSIONS[r.nextInt(EXTENSIONS.length)];
        byte[] b;
        String recipe;
        switch (r.nextInt(7)) {
            case 0 -> {
                b = body.getBytes(StandardCharsets.UTF_16LE);
                recipe = "utf-16le without BOM";
            }
            case 1 -> {
                b = body.getBytes(StandardCharsets.UTF_16BE);
                recipe = "utf-16be without BOM";
            }
            case 2 -> {
                b = ("東京都議会は新しい予算を承認した。" + SENTENCES + "住民は意見を述べた。").getBytes(Charset.forName("Shift_JIS"));
                recipe = "shift-jis";
            }
            case 3 -> {
                b = body.getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 1 + r.nextInt(40); i++) {
                    b[r.nextInt(b.length)] = (byte) (0x80 | r.nextInt(0x80)); // stray continuation / lead bytes
                }
                recipe = "invalid utf-8";
            }
            case 4 -> {
                byte[] text = body.getBytes(StandardCharsets.UTF_8);
                b = concat(new byte[1 + r.nextInt(100_000)], text); // a NUL flood, then text
                recipe = "nul flood";
            }
            case 5 -> {
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < 200; i++) {
                    s.append('a').append("\u0301\u0302\u0303\u0304\u0305".repeat(1 + r.nextInt(50)))
                            .append(i % 7 == 0 ? "\u202E" : "").append(' ');
                }
                b = (s + "\n\n" + SENTENCES).getBytes(StandardCharsets.UTF_8);
                recipe = "combining / rtl";
            }
            default -> {
                b = body.getBytes(Charset.forName(r.nextBoolean() ? "windows-1252" : "ISO-8859-5"));
                recipe = "legacy 8-bit";
            }
        }
        return new Input(named(r, "enc", ext), b, recipe);
    }

    /** Markup or structure nested deep: HTML, XHTML, XML, JSON, RTF. */
    private Input nested(SplittableRandom r, boolean giants) {
        int depth = giants && r.nextInt(4) == 0 ? 60_000 : 100 + r.nextInt(5000);
        return switch (r.nextInt(5)) {
            case 0 -> text("deep", "html", "<html><body>" + "<div>".repeat(depth) + SENTENCES
                    + "</div>".repeat(r.nextBoolean() ? depth : 0) + "</body></html>", r);
            case 1 -> text("deep", "xhtml", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
                    + "<div>".repeat(depth) + SENTENCES + "</div>".repeat(depth) + "</body></html>", r);
            case 2 -> text("deep", "xml", "<a>".repeat(depth) + SENTENCES + "</a>".repeat(depth), r);
            case 3 -> text("deep", "json", "[".repeat(depth) + "\"" + SENTENCES + "\"" + "]".repeat(depth), r);
            default -> text("deep", "rtf", "{\\rtf1 " + "{".repeat(depth) + SENTENCES + "}".repeat(depth) + "}", r);
        };
    }

    /** A giant first line (the title candidate), a giant single line, or a giant metadata title. */
    private Input giantField(SplittableRandom r, boolean giants) {
        int size = giants && r.nextInt(10) == 0 ? 5 * 1024 * 1024 : 10_000 + r.nextInt(20_000);
        String word = r.nextBoolean() ? "word " : "x";
        String line = word.repeat(size / word.length());
        return switch (r.nextInt(4)) {
            case 0 -> text("giant", "txt", line + "\n\n" + SENTENCES, r);
            case 1 -> text("giant", "txt", line, r);
            case 2 -> text("giant", "html", "<html><head><title>" + line + "</title></head><body><p>" + SENTENCES
                    + "</p></body></html>", r);
            default -> text("giant", "eml", "Subject: " + line + "\nFrom: " + line.substring(0, 3000)
                    + "@example.com\n\n" + SENTENCES, r);
        };
    }

    /** A zip, tar.gz or mbox of a few generated entries, some named to climb out of any folder. */
    private Input archive(SplittableRandom r, boolean giants) {
        int n = 1 + r.nextInt(4);
        List<Input> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Input e = r.nextBoolean() ? pick(r) : next(r, false);
            String name = switch (r.nextInt(6)) {
                case 0 -> "../../" + e.name();
                case 1 -> "/abs/" + e.name();
                case 2 -> "dir/../../../" + e.name();
                default -> "in/" + e.name();
            };
            entries.add(new Input(name, e.bytes(), e.recipe()));
        }
        String recipe = entries.stream().map(e -> e.name() + " (" + e.recipe() + ")").toList().toString();
        try {
            return switch (r.nextInt(3)) {
                case 0 -> new Input(named(r, "arc", "zip"), zip(entries), "zip " + recipe);
                case 1 -> new Input(named(r, "arc", "tar.gz"), tarGz(entries), "tar.gz " + recipe);
                default -> new Input(named(r, "arc", "mbox"), mbox(entries), "mbox " + recipe);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] zip(List<Input> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            List<String> names = new ArrayList<>();
            for (Input e : entries) {
                String name = names.contains(e.name()) ? e.name() + names.size() : e.name();
                names.add(name);
                zip.putNextEntry(new ZipEntry(name));
                zip.write(e.bytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    public static byte[] tarGz(List<Input> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Input e : entries) {
                TarArchiveEntry entry = new TarArchiveEntry(e.name(), true); // keep a leading '/' as it is
                entry.setSize(e.bytes().length);
                tar.putArchiveEntry(entry);
                tar.write(e.bytes());
                tar.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] mbox(List<Input> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Input e : entries) {
            out.writeBytes(("From fuzz@example.com Mon Sep  1 10:00:00 2025\nSubject: " + e.name()
                    + "\nContent-Type: text/plain; charset=utf-8\n\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(e.bytes());
            out.writeBytes("\n\n".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] insert(byte[] b, int at, byte[] piece) {
        return concat(concat(Arrays.copyOf(b, at), piece), Arrays.copyOfRange(b, at, b.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
