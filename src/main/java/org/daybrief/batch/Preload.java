package org.daybrief.batch;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apache.tika.mime.MimeTypes;
import org.daybrief.digest.TextTools;
import org.daybrief.text.NlpModels;
import org.slf4j.LoggerFactory;

/**
 * What a run reads once per process and can read in the background: the digest's language tools (their POS model,
 * about half a second) and Tika's registry of media types (read from its XML when the first document is opened,
 * 0.1-0.2 s). {@code run} and {@code backfill} start both before the Spring shell, whose start (2-3 s) keeps
 * mostly one core busy; a run that finds them not read yet waits only for the rest.
 */
public final class Preload {

    private static NlpModels models;
    private static CompletableFuture<TextTools> textTools;

    private Preload() {
    }

    /** Starts reading, in daemon threads, what a run that builds its digests here needs. */
    public static void forDigests() {
        // SLF4J starts here, on the caller's thread: started by the first log call of the threads below, it would
        // queue the calls made meanwhile by the other and replay them with a three-line "SLF4J(W)" warning.
        LoggerFactory.getILoggerFactory();
        textTools(nlpModels());
        // Kept by Tika for the process; synchronized there, so the first document waits for this read, not another.
        inBackground("daybrief-preload-media-types", MimeTypes::getDefaultMimeTypes);
    }

    /** The process's OpenNLP models (the shell's bean): read on first need and shared, as they are meant to be. */
    static synchronized NlpModels nlpModels() {
        if (models == null) {
            models = NlpModels.load();
        }
        return models;
    }

    /**
     * The digest's language tools over {@code nlp}, read in a thread of their own: once per process for its
     * models, again after a read that failed, and each time for other models (a test's own).
     */
    static synchronized CompletableFuture<TextTools> textTools(NlpModels nlp) {
        if (nlp != models) {
            return inBackground("daybrief-pos-model", () -> TextTools.of(nlp));
        }
        if (textTools == null || textTools.isCompletedExceptionally()) {
            textTools = inBackground("daybrief-pos-model", () -> TextTools.of(nlp));
        }
        return textTools;
    }

    private static <T> CompletableFuture<T> inBackground(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }
}
