package org.daybrief.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import org.apache.tika.io.TikaInputStream;

/**
 * The child side of {@link ParserProcess}: reads documents from stdin, parses each in this JVM with the
 * {@link TikaExtractor} that runs in-process, and writes the text or the reason to stdout. It ends when stdin
 * closes, when the JVM that started it ends (even by {@code kill -9}), and after a parse it had to abandon or an
 * Error (a heap or stack exhausted), as neither leaves it fit for the next document.
 */
public final class ParseServer {

    private ParseServer() {
    }

    /** The limits, as the child's arguments after the parent's process id. */
    static List<String> arguments(IngestLimits limits) {
        return List.of(String.valueOf(limits.maxFileBytes()), String.valueOf(limits.maxTextChars()),
                String.valueOf(limits.maxNestingDepth()), String.valueOf(limits.maxArchiveEntries()),
                String.valueOf(limits.maxExpandedBytes()), String.valueOf(limits.perDocumentTimeout().toMillis()));
    }

    public static void main(String[] args) throws IOException {
        // Replies own stdout: whatever a parser or logger prints goes to stderr.
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        ProcessHandle.of(Long.parseLong(args[0])).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(3)),
                () -> Runtime.getRuntime().halt(3));
        IngestLimits limits = new IngestLimits(Long.parseLong(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]), Integer.parseInt(args[4]), Long.parseLong(args[5]),
                Duration.ofMillis(Long.parseLong(args[6])));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        try (TikaExtractor tika = TikaExtractor.inProcess(limits)) {
            tika.warmUp();
            out.write(ParserProcess.READY);
            out.flush();
            boolean fit = true;
            while (fit) {
                String name;
                try {
                    name = ParserProcess.readString(in);
                } catch (EOFException e) {
                    return; // the parent is done with this child
                }
                byte[] bytes = readDocument(in, limits.maxFileBytes());
                try {
                    Extracted extracted = tika.extract(TikaInputStream.get(bytes), name);
                    out.write(ParserProcess.TEXT);
                    ParserProcess.writeString(out, extracted.text());
                    ParserProcess.writeString(out, extracted.mediaType());
                    ParserProcess.writeMetadata(out, extracted.metadata());
                } catch (UnreadableDocumentException e) {
                    out.write(ParserProcess.SKIP);
                    ParserProcess.writeString(out, e.getMessage());
                    fit = TikaExtractor.stuckParses() == 0 && !causedByError(e);
                } catch (RuntimeException | Error e) {
                    out.write(ParserProcess.SKIP);
                    ParserProcess.writeString(out, TikaExtractor.reason(e, name));
                    fit = false;
                }
                out.writeBoolean(!fit);
                out.flush();
            }
        }
        Runtime.getRuntime().halt(0); // an abandoned parse's thread must not keep this JVM alive
    }

    private static byte[] readDocument(DataInputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int n = in.readInt(); n != 0; n = in.readInt()) {
            if (n < 0 || bytes.size() + (long) n > maxBytes + (1 << 16)) {
                throw new IOException("bad chunk length " + n);
            }
            bytes.write(in.readNBytes(n));
        }
        return bytes.toByteArray();
    }

    private static boolean causedByError(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof Error) {
                return true;
            }
        }
        return false;
    }
}
