package org.daybrief.deliver;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader (or a crash) only ever sees the old content or the complete new content: the
 * bytes go to a temporary file in the target's directory ({@code .<name>.<random>.tmp}), are forced to disk,
 * and the temporary file is renamed over the target with {@link StandardCopyOption#ATOMIC_MOVE}; the
 * directory is then synced where the platform allows it. On any failure the temporary file is deleted, the
 * target is left as it was, and an {@link IOException} names the target.
 *
 * <p>The temporary file is created like any new file (the process umask applies), so the result has ordinary
 * permissions. The target's directory must exist. Stateless and thread-safe; two concurrent writes to one
 * target leave one of the two complete contents.
 */
public final class AtomicFiles {

    /** Streams the new content; may throw to abort the write, leaving the target untouched. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /** Writes {@code content} as UTF-8. */
    public static void write(Path target, String content) throws IOException {
        Objects.requireNonNull(content, "content");
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) throws IOException {
        Objects.requireNonNull(content, "content");
        write(target, out -> out.write(content));
    }

    /** Writes whatever {@code content} streams; if it throws, the target keeps its old content. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    /**
     * Like {@link #write(Path, String)}: never half-written, but not forced to disk. For bulk output (thousands of
     * summary files) that a rerun rebuilds, where a sync per file would cost more than the work itself.
     */
    public static void writeUnsynced(Path target, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes), false);
    }

    private static void write(Path target, Content content, boolean durable) throws IOException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(content, "content");
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || absolute.getFileName() == null) {
            throw new IOException("cannot write " + target + ": not a file path");
        }
        Path temp = null;
        try {
            Temp created = createTemp(dir, absolute.getFileName().toString());
            temp = created.path();
            try (FileChannel channel = created.channel()) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                if (durable) {
                    channel.force(true);
                }
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            if (durable) {
                syncDirectory(dir);
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException("could not write " + target + ": " + describe(e, absolute), e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /** Whether a file name is one of this class's temporary files (for cleaning up after a crash). */
    public static boolean isTempFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
    }

    /** A new temporary file, open for writing: created and opened in one call, as bulk output makes many. */
    private record Temp(Path path, FileChannel channel) {
    }

    private static Temp createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            Path temp = dir.resolve("." + truncate(name) + "." + random + TEMP_SUFFIX);
            try {
                // CREATE_NEW: never follow or reuse an existing file or link of the same name
                return new Temp(temp, FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    /** Keeps the temporary name within common file-name limits (255 bytes). */
    private static String truncate(String name) {
        if (name.length() <= 120) {
            return name;
        }
        return name.substring(0, Character.isHighSurrogate(name.charAt(119)) ? 119 : 120);
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // not supported on every platform (e.g. Windows); the rename itself is already atomic
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // nothing more we can do; the name marks it as a temporary file
        }
    }

    private static String describe(Exception e, Path target) {
        if (e instanceof IOException io) {
            return FileProblems.describe(io, target);
        }
        String message = e.getMessage(); // a bug rather than the file system: its type helps a report
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
