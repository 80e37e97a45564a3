package org.daybrief.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.apache.tika.metadata.Metadata;

/**
 * One child JVM that parses documents with Tika ({@link ParseServer}), for one caller at a time. A parser that runs
 * away (loops, or allocates until the heap is full, as Tika's OneNote parser does on some damaged files) does so in
 * the child, within the child's heap ({@value #CHILD_HEAP}), and the child is killed when the document's time is up:
 * the run's own heap and threads are never touched, and the next document gets a fresh child.
 *
 * <p>Wire format, both ways in {@link DataOutputStream} terms: the child first sends {@link #READY}. A request is
 * the name, then the bytes in chunks (length, bytes), a 0 length ending them. A reply is {@link #TEXT} with text,
 * media type and metadata, or {@link #SKIP} with the reason; then a boolean, true when the child ends after it (a
 * parse it had to abandon, or an Error, leaves it unfit for more).
 */
final class ParserProcess implements AutoCloseable {

    static final int READY = 'R';
    static final int TEXT = 'T';
    static final int SKIP = 'S';

    /** The child's heap: the largest real documents (20 MB PDFs, 2.6 MB OneNote) parse in a few hundred MB. */
    static final String CHILD_HEAP = "1g";

    /** A fresh child (JVM start and Tika's parser built) on a busy 2-core machine takes a few seconds. */
    private static final long START_MILLIS = 60_000;

    /** Beyond the child's own per-document timeout, before it is killed: a child thrashing in GC cannot answer. */
    private static final long KILL_GRACE_MILLIS = 5_000;

    /** The class path does not change while the process runs: its jar is looked into once, not at each child. */
    private static final List<String> MAIN_CLASS = mainClass(System.getProperty("java.class.path"));

    private final Process process;
    private final DataInputStream from;
    private final DataOutputStream to;
    private volatile boolean killed;

    private ParserProcess(Process process) {
        this.process = process;
        this.from = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        this.to = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
    }

    /** Starts a child and waits until its parser is built. */
    static ParserProcess start(IngestLimits limits, ScheduledExecutorService timer) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + CHILD_HEAP, "-XX:+UseSerialGC", "-Xshare:auto", "-XX:-UsePerfData",
                "-Djava.awt.headless=true"));
        command.addAll(MAIN_CLASS);
        command.add(String.valueOf(ProcessHandle.current().pid()));
        command.addAll(ParseServer.arguments(limits));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD) // parsers' warnings; replies carry what matters
                .start();
        ParserProcess child = new ParserProcess(process);
        ScheduledFuture<?> kill = timer.schedule(child::kill, START_MILLIS, TimeUnit.MILLISECONDS);
        try {
            if (child.from.read() != READY) {
                throw new IOException("the parser process did not start (exit code " + exitCode(process) + ")");
            }
        } catch (IOException e) {
            child.close();
            throw e;
        } finally {
            kill.cancel(false);
        }
        return child;
    }

    /**
     * How the child names its class path and main class. Started as {@code java -jar target/daybrief.jar}, the class
     * path is Spring Boot's executable jar, whose classes sit under {@code BOOT-INF/}: the child then goes through
     * Boot's {@code PropertiesLauncher} with {@code loader.main}. The launcher script's extracted jar, and the tests'
     * class folders, name {@link ParseServer} directly.
     */
    static List<String> mainClass(String classPath) {
        if (isBootJar(classPath)) {
            return List.of("-cp", classPath, "-Dloader.main=" + ParseServer.class.getName(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher");
        }
        return List.of("-cp", classPath, ParseServer.class.getName());
    }

    private static boolean isBootJar(String classPath) {
        if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            return jar.getEntry("BOOT-INF/classes/" + ParseServer.class.getName().replace('.', '/') + ".class")
                    != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the child can take another document. */
    boolean alive() {
        return !killed && process.isAlive();
    }

    /**
     * Parses one document in the child.
     *
     * @throws IOException reading the document's own stream failed (the child is then closed)
     * @throws UnreadableDocumentException the child skipped it, timed out, ran out of memory, or died
     */
    Extracted parse(InputStream stream, String name, IngestLimits limits, ScheduledExecutorService timer)
            throws IOException, UnreadableDocumentException {
        ScheduledFuture<?> kill = timer.schedule(this::kill,
                limits.perDocumentTimeout().toMillis() + KILL_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        boolean fit = false;
        try {
            send(stream, name);
            int kind = from.readUnsignedByte();
            Extracted extracted = null;
            String reason = null;
            if (kind == TEXT) {
                String text = readString(from);
                String type = readString(from);
                extracted = new Extracted(text, readMetadata(from), type);
            } else if (kind == SKIP) {
                reason = readString(from);
            } else {
                throw new IOException("unexpected reply " + kind);
            }
            fit = !from.readBoolean();
            if (reason != null) {
                throw new UnreadableDocumentException(name, reason, null);
            }
            return extracted;
        } catch (SourceException e) {
            throw e.getCause();
        } catch (IOException e) {
            String reason = killed ? "timed out after " + TikaExtractor.describe(limits.perDocumentTimeout())
                    : "the parser process ended (exit code " + exitCode(process) + ")";
            throw new UnreadableDocumentException(name, reason, e);
        } finally {
            kill.cancel(false);
            if (!fit) {
                close();
            }
        }
    }

    private void send(InputStream stream, String name) throws IOException {
        writeString(to, name);
        byte[] buffer = new byte[1 << 16];
        while (true) {
            int n;
            try {
                n = stream.read(buffer);
            } catch (IOException e) {
                throw new SourceException(e);
            }
            if (n < 0) {
                break;
            }
            if (n > 0) {
                to.writeInt(n);
                to.write(buffer, 0, n);
            }
        }
        to.writeInt(0);
        to.flush();
    }

    /** Reading the document failed, not talking to the child: the caller reports it as its own. */
    private static final class SourceException extends IOException {
        SourceException(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    private void kill() {
        killed = true;
        process.destroyForcibly();
    }

    private static String exitCode(Process process) {
        try {
            return process.waitFor(1, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "none yet";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    @Override
    public void close() {
        kill();
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new EOFException("bad length " + n);
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    static void writeMetadata(DataOutputStream out, Metadata metadata) throws IOException {
        String[] names = metadata.names();
        out.writeInt(names.length);
        for (String name : names) {
            writeString(out, name);
            String[] values = metadata.getValues(name);
            out.writeInt(values.length);
            for (String value : values) {
                writeString(out, value);
            }
        }
    }

    static Metadata readMetadata(DataInputStream in) throws IOException {
        Metadata metadata = new Metadata();
        int names = in.readInt();
        for (int i = 0; i < names; i++) {
            String name = readString(in);
            int values = in.readInt();
            for (int j = 0; j < values; j++) {
                metadata.add(name, readString(in));
            }
        }
        return metadata;
    }
}
