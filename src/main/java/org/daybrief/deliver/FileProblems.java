package org.daybrief.deliver;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file-system failure in words for the person running Daybrief ("permission denied", "no space left on device"),
 * not Java's class names: the messages of {@code java.nio.file}'s exceptions are often only a path, and the type
 * says what went wrong. The caller says which file and what it was doing.
 */
public final class FileProblems {

    private FileProblems() {
    }

    /**
     * What went wrong, in lower case: "a file is in the way (PATH)" when a file stands where a folder on the way to
     * {@code subject} (the file or folder the caller is writing or making) must be; else what the exception's type
     * means, or the reason the operating system gave, followed by the path the exception names when that is not
     * {@code subject}; for an exception from outside {@code java.nio.file}, its own message.
     */
    public static String describe(IOException e, Path subject) {
        if (!(e instanceof FileSystemException fs)) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        Path blocker = subject == null ? null : fileInTheWay(subject);
        if (blocker != null) {
            // ENOTDIR or "already exists" name the path asked for; what to move is the file on its way.
            return "a file is in the way (" + blocker + ")";
        }
        String what;
        if (fs instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (fs instanceof NoSuchFileException) {
            what = "no such file or folder";
        } else if (fs instanceof FileAlreadyExistsException) {
            what = "a file is in the way";
        } else if (fs instanceof NotDirectoryException) {
            what = "not a folder";
        } else if (fs instanceof DirectoryNotEmptyException) {
            what = "a folder that is not empty is in the way";
        } else if ("Is a directory".equals(fs.getReason())) {
            what = "a folder is in the way"; // EISDIR: a file cannot be written or renamed over a folder
        } else {
            what = fs.getReason() == null ? "failed" : lowerFirst(fs.getReason());
        }
        String file = fs.getFile();
        boolean namesSubject = file == null || subject != null
                && Path.of(file).toAbsolutePath().normalize()
                        .equals(subject.toAbsolutePath().normalize());
        // A temporary file of AtomicFiles is a detail of how the subject is written: not named.
        boolean temporary = file != null && AtomicFiles.isTempFile(Path.of(file));
        return namesSubject || temporary ? what : what + " (" + file + ")";
    }

    /** The first existing path from {@code path}'s root down to {@code path} that is not a folder, if any. */
    private static Path fileInTheWay(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path at = absolute.getRoot();
        for (Path name : absolute) {
            at = at == null ? name : at.resolve(name);
            if (!Files.exists(at)) {
                return null;
            }
            if (!Files.isDirectory(at)) {
                return at.equals(absolute) ? null : at;
            }
        }
        return null;
    }

    private static String lowerFirst(String reason) {
        // "Operation not permitted", "No space left on device": lower-cased unless the first word is an acronym.
        return reason.length() > 1 && Character.isUpperCase(reason.charAt(1)) ? reason
                : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}
