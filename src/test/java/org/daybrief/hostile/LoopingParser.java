package org.daybrief.hostile;

import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;

/**
 * A test-only Tika parser that never returns, for files that start with {@value #MAGIC} (found by {@link Magic}):
 * it stands in for a PDF that sends a real parser into a loop. Like a real loop it ignores interruption; unlike
 * one it does not burn CPU, and tests {@link #release()} it when they are done. Parser and detector are
 * registered through {@code META-INF/services} on the test class path only.
 */
public final class LoopingParser extends MagicParser {

    public static final String TYPE = "application/x-daybrief-loop";
    public static final String MAGIC = "DAYBRIEF-LOOP";

    /** Detects {@value #MAGIC} at the start of a stream; says nothing (octet-stream) otherwise. */
    public static final class Magic extends MagicDetector {
        public Magic() {
            super(MAGIC, TYPE);
        }
    }

    private static volatile CountDownLatch release = new CountDownLatch(1);
    private static final AtomicInteger RUNNING = new AtomicInteger();

    public LoopingParser() {
        super(TYPE);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
        CountDownLatch latch = release;
        RUNNING.incrementAndGet();
        try {
            while (true) {
                try {
                    latch.await();
                    return;
                } catch (InterruptedException e) {
                    // a stuck parser does not listen: keep "looping"
                }
            }
        } finally {
            RUNNING.decrementAndGet();
        }
    }

    /** Parsers currently stuck. */
    public static int running() {
        return RUNNING.get();
    }

    /** Lets every stuck parse return, and arms the next ones to get stuck again. */
    public static void release() {
        CountDownLatch old = release;
        release = new CountDownLatch(1);
        old.countDown();
    }
}
