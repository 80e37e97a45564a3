package org.daybrief.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileProblemsTest {

    @TempDir
    Path dir;

    @Test
    void aFileWhereAFolderMustGoIsNamedInWords() throws IOException {
        Path inTheWay = Files.writeString(dir.resolve("out"), "a file");
        Path folder = inTheWay.resolve("2025-09-22");

        IOException e = catchIo(() -> Files.createDirectories(folder));

        // Java says FileAlreadyExistsException or "Not a directory", naming the file in the way, not the folder.
        assertThat(FileProblems.describe(e, folder)).doesNotContain("Exception").contains(inTheWay.toString());
    }

    @Test
    void theOperatingSystemsReasonIsKeptInLowerCase() {
        FileSystemException e = new FileSystemException("/x/a.txt", null, "Operation not permitted");

        assertThat(FileProblems.describe(e, Path.of("/x/a.txt"))).isEqualTo("operation not permitted");
        assertThat(FileProblems.describe(e, Path.of("/x/b.txt"))).isEqualTo("operation not permitted (/x/a.txt)");
        assertThat(FileProblems.describe(new FileSystemException("/x/a.txt", null, "ENOSPC"), Path.of("/x/a.txt")))
                .isEqualTo("ENOSPC");
    }

    @Test
    void typesWithoutAReasonSayWhatTheyMean() {
        assertThat(FileProblems.describe(new AccessDeniedException("/x/a"), Path.of("/x/a")))
                .isEqualTo("permission denied");
        assertThat(FileProblems.describe(new NoSuchFileException("/x/a"), Path.of("/x/b")))
                .isEqualTo("no such file or folder (/x/a)");
        assertThat(FileProblems.describe(new IOException("disk on fire"), Path.of("/x/a"))).isEqualTo("disk on fire");
        assertThat(FileProblems.describe(new FileSystemException("/x/a", null, "Is a directory"), Path.of("/x/a")))
                .isEqualTo("a folder is in the way");
    }

    @Test
    void aTemporaryFileOfAnAtomicWriteIsNotNamed() {
        FileSystemException e = new FileSystemException("/x/.index.html.39rkor.tmp", null, "Operation not permitted");

        assertThat(FileProblems.describe(e, Path.of("/x/index.html"))).isEqualTo("operation not permitted");
    }

    @Test
    void anAtomicWriteSaysWhichFileAndWhyWithoutJavasTypes() throws IOException {
        Path inTheWay = Files.writeString(dir.resolve("out"), "a file");

        assertThatThrownBy(() -> AtomicFiles.write(inTheWay.resolve("index.html"), "x"))
                .hasMessageStartingWith("could not write " + inTheWay.resolve("index.html") + ": ")
                .hasMessageNotContaining("Exception");
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static IOException catchIo(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            return e;
        }
        throw new AssertionError("no IOException");
    }
}
