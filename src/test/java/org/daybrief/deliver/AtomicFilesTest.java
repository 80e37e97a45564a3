package org.daybrief.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesNewFileAndReplacesExistingOne() throws IOException {
        Path target = dir.resolve("digest.txt");

        AtomicFiles.write(target, "first ü\n");
        assertThat(target).hasContent("first ü\n");
        AtomicFiles.write(target, "second".getBytes(StandardCharsets.UTF_8));

        assertThat(target).hasContent("second");
        assertThat(entries()).containsExactly("digest.txt");
    }

    @Test
    void failingWriterLeavesOldContentAndNoTempFile() throws IOException {
        Path target = dir.resolve("digest.html");
        Files.writeString(target, "old complete content");

        assertThatIOException()
                .isThrownBy(() -> AtomicFiles.write(target, out -> {
                    out.write("half of the new cont".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("No space left on device");
                }))
                .withMessageContaining(target.toString())
                .withMessageContaining("No space left on device");

        assertThat(target).hasContent("old complete content");
        assertThat(entries()).containsExactly("digest.html");
    }

    @Test
    void runtimeFailureInWriterIsReportedAsIOExceptionAndCleanedUp() throws IOException {
        Path target = dir.resolve("digest.json");

        assertThatIOException()
                .isThrownBy(() -> AtomicFiles.write(target, out -> {
                    out.write('{');
                    throw new UncheckedIOException(new IOException("renderer broke"));
                }))
                .withMessageContaining(target.toString());

        assertThat(target).doesNotExist();
        assertThat(entries()).isEmpty();
    }

    @Test
    void failingRenameLeavesTargetAndNoTempFile() throws IOException {
        Path target = dir.resolve("busy");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside.txt"), "keep me");

        assertThatIOException().isThrownBy(() -> AtomicFiles.write(target, "content"))
                .withMessageContaining(target.toString());

        assertThat(target.resolve("inside.txt")).hasContent("keep me");
        assertThat(entries()).containsExactly("busy");
    }

    @Test
    void missingDirectoryIsAnIOExceptionNamingTheTarget() {
        Path target = dir.resolve("no-such-dir").resolve("digest.md");

        assertThatIOException().isThrownBy(() -> AtomicFiles.write(target, "x"))
                .withMessageContaining(target.toString());
        assertThat(dir.resolve("no-such-dir")).doesNotExist();
    }

    @Test
    void concurrentWritersLeaveOneCompleteContent() throws Exception {
        Path target = dir.resolve("index.html");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String content = String.valueOf((char) ('a' + i)).repeat(50_000);
                writers.add(() -> {
                    AtomicFiles.write(target, content);
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(writers)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        String content = Files.readString(target);
        assertThat(content).hasSize(50_000);
        assertThat(content.chars().distinct().count()).isEqualTo(1);
        assertThat(entries()).containsExactly("index.html");
    }

    @Test
    void recognisesItsTempFiles() {
        assertThat(AtomicFiles.isTempFile(Path.of("out/.digest.html.k3j2h.tmp"))).isTrue();
        assertThat(AtomicFiles.isTempFile(Path.of("out/digest.html"))).isFalse();
    }

    private List<String> entries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
