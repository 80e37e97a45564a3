package org.daybrief.deliver.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.daybrief.digest.Digest;
import org.daybrief.digest.Story;
import org.daybrief.render.DigestRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mail is built from the digest read back from JSON: it must be the digest that was written. */
class DigestJsonReaderTest {

    @TempDir
    Path dir;

    private final DigestRenderer renderer = new DigestRenderer();

    @Test
    void aDigestReadBackRendersExactlyAsTheOneWritten() throws Exception {
        Digest written = MailFixtures.fullDigest();
        Digest read = DigestJsonReader.read(Files.writeString(dir.resolve("digest.json"), renderer.json(written)));

        Story bridge = read.stories().get(0);
        assertThat(bridge.keywords()).containsExactly("halvorsen bridge", "cable repairs");
        assertThat(bridge.update()).isEqualTo(written.stories().get(0).update());
        assertThat(bridge.summarySources()).containsExactly(0, 1);
        assertThat(bridge.score()).isEqualTo(new Story.StoryScore(2.5, 2, 0.9, 0.8));
        assertThat(read.topics()).isEqualTo(written.topics());
        assertThat(read.keywords()).isEqualTo(written.keywords());
        assertThat(read.overview()).isEqualTo(written.overview());
        assertThat(read.skipped()).isEqualTo(written.skipped());
        // every format rendered from what was read is the one rendered from the digest itself
        assertThat(renderer.html(read)).isEqualTo(renderer.html(written)).contains("Update: first reported 2025-09-22");
        assertThat(renderer.text(read)).isEqualTo(renderer.text(written));
        assertThat(renderer.markdown(read)).isEqualTo(renderer.markdown(written));
        assertThat(renderer.json(read)).isEqualTo(renderer.json(written));
        assertThat(read.notShown()).isEqualTo(Digest.NotShown.NONE);
    }

    @Test
    void storiesLeftOutByMaxStoriesAreReadBack() throws Exception {
        Digest full = MailFixtures.fullDigest();
        Digest written = new Digest(full.job(), full.date(), full.title(), full.stories(), full.skipped(),
                full.overview(), full.topics(), full.keywords(), new Digest.NotShown(1, java.util.List.of("in/z.txt")));
        Digest read = DigestJsonReader.read(Files.writeString(dir.resolve("digest.json"), renderer.json(written)));

        assertThat(read.notShown()).isEqualTo(written.notShown());
        assertThat(renderer.json(read)).isEqualTo(renderer.json(written));
    }
}
