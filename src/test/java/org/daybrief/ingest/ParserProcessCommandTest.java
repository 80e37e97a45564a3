package org.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parser child starts from Spring Boot's executable jar as well as from a plain class path. */
class ParserProcessCommandTest {

    @TempDir
    Path dir;

    @Test
    void anExecutableBootJarStartsTheChildThroughBootsLauncher() throws Exception {
        Path boot = jar("daybrief.jar", "BOOT-INF/classes/org/daybrief/ingest/ParseServer.class");

        assertThat(ParserProcess.mainClass(boot.toString())).containsExactly("-cp", boot.toString(),
                "-Dloader.main=org.daybrief.ingest.ParseServer",
                "org.springframework.boot.loader.launch.PropertiesLauncher");
    }

    @Test
    void aPlainJarOrClassPathNamesTheChildsMainClass() throws Exception {
        Path plain = jar("app.jar", "org/daybrief/ingest/ParseServer.class");
        String folders = dir + File.pathSeparator + plain;

        assertThat(ParserProcess.mainClass(plain.toString())).containsExactly("-cp", plain.toString(),
                "org.daybrief.ingest.ParseServer");
        assertThat(ParserProcess.mainClass(folders)).containsExactly("-cp", folders, "org.daybrief.ingest.ParseServer");
    }

    private Path jar(String name, String entry) throws Exception {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            zip.putNextEntry(new JarEntry(entry));
            zip.closeEntry();
        }
        return jar;
    }
}
