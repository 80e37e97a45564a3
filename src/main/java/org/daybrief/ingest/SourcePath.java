package org.daybrief.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Where a document came from, kept in parts: the file on disk, then the entry names inside archives or
 * mailboxes that lead to it, outermost first. A file name is never cut at a {@code !}, so {@code Wow! big.txt}
 * or a folder named {@code Breaking!} stay what they are; the {@code !/} of {@link #toString()}
 * ({@code news.zip!/dir/b.html}) is only for showing and storing the path.
 *
 * @param file    the file as shown to users, relative to the working folder where possible
 * @param entries the entry names inside archives, outermost first; empty for a file of its own. Entry names
 *                are shown as the archive gives them ({@code ../../x} included) and never resolved on disk.
 */
public record SourcePath(String file, List<String> entries) {

    /** Separates an archive from the name of one of its entries in the shown path. */
    public static final String ENTRY_SEPARATOR = "!/";

    public SourcePath {
        Objects.requireNonNull(file, "file");
        entries = List.copyOf(entries);
    }

    public static SourcePath of(String file) {
        return new SourcePath(file, List.of());
    }

    /** The path of an entry of this archive or mailbox. */
    public SourcePath entry(String name) {
        List<String> longer = new ArrayList<>(entries);
        longer.add(name);
        return new SourcePath(file, longer);
    }

    public boolean inArchive() {
        return !entries.isEmpty();
    }

    /** The document's own name: the last part of the innermost entry's name, or the file's name. */
    public String name() {
        if (entries.isEmpty()) {
            return file.substring(file.lastIndexOf('/') + 1);
        }
        // Entry names made on Windows may separate folders with a backslash.
        String entry = entries.get(entries.size() - 1).replace('\\', '/').replaceAll("/+$", "");
        return entry.substring(entry.lastIndexOf('/') + 1);
    }

    /** {@code file!/entry!/inner-entry}: the form shown to users and stored. */
    @Override
    public String toString() {
        return entries.isEmpty() ? file : file + ENTRY_SEPARATOR + String.join(ENTRY_SEPARATOR, entries);
    }

    /**
     * The file on disk of a path stored as text ({@link #toString()}): the shortest part before a {@code !/} that
     * is a file, or the whole path when there is none, so a folder or file whose name has {@code !/} in it is not
     * mistaken for an archive.
     *
     * @param isFile whether a path, as shown, is a regular file
     */
    public static String fileOf(String shown, Predicate<String> isFile) {
        for (int bang = shown.indexOf(ENTRY_SEPARATOR); bang >= 0; bang = shown.indexOf(ENTRY_SEPARATOR, bang + 1)) {
            String candidate = shown.substring(0, bang);
            if (isFile.test(candidate)) {
                return candidate;
            }
        }
        return shown;
    }
}
