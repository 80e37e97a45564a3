package org.daybrief.ingest;

import java.util.Locale;
import java.util.Map;

/** Short, user-facing names of document formats, for messages such as "corrupt PDF: …". */
final class FormatNames {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", "PDF"), Map.entry("docx", "DOCX"), Map.entry("doc", "DOC"), Map.entry("odt", "ODT"),
            Map.entry("rtf", "RTF"), Map.entry("html", "HTML"), Map.entry("htm", "HTML"), Map.entry("eml", "email"),
            Map.entry("epub", "EPUB"), Map.entry("txt", "text"), Map.entry("zip", "ZIP"), Map.entry("gz", "gzip"),
            Map.entry("tgz", "tar.gz"), Map.entry("tar", "tar"), Map.entry("mbox", "mbox"),
            Map.entry("bz2", "bzip2"), Map.entry("tbz2", "tar.bz2"), Map.entry("xz", "xz"), Map.entry("txz", "tar.xz"),
            Map.entry("xlsx", "XLSX"), Map.entry("pptx", "PPTX"), Map.entry("md", "text"));

    private FormatNames() {
    }

    /** The format name of a file extension ({@code zip} → {@code ZIP}; none → {@code file}). */
    static String ofExtension(String extension) {
        if (extension.isEmpty()) {
            return "file";
        }
        String ext = extension.toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(ext, ext.toUpperCase(Locale.ROOT));
    }

    static String fromName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String file = name.substring(slash + 1);
        int dot = file.lastIndexOf('.');
        if (dot < 0) {
            return "file";
        }
        return ofExtension(file.substring(dot + 1));
    }
}
