package org.daybrief.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SourcePartitionTest {

    private static final PartitionedRun RUN = new PartitionedRun(Path.of("/data/jobs/archive.yml"), Path.of("/data"),
            LocalDate.parse("2025-06-01"), LocalDate.parse("2025-06-06"));

    @Test
    void everyDocumentIsInExactlyOnePartitionAndTheSplitIsEven() {
        int count = 8;
        List<SourcePartition> partitions = IntStream.range(0, count)
                .mapToObj(i -> new SourcePartition(RUN, false, i, count)).toList();
        List<Integer> sizes = new ArrayList<>(Collections.nCopies(count, 0));
        for (int d = 0; d < 8_000; d++) {
            String path = d % 2 == 0 ? "in/" + d + ".txt" : "in/news.zip!/" + d + ".html";
            List<SourcePartition> holders = partitions.stream().filter(p -> p.contains(path)).toList();
            assertThat(holders).as(path).hasSize(1);
            sizes.set(holders.get(0).index(), sizes.get(holders.get(0).index()) + 1);
        }
        assertThat(sizes).allSatisfy(n -> assertThat(n).isBetween(800, 1200));
    }

    @Test
    void thePartitionOfAPathIsFixedByThePathAlone() {
        // CRC-32 of the UTF-8 bytes (as Python's zlib.crc32 gives them): the same on every JVM and host, unlike a
        // seeded or platform hash.
        assertThat(SourcePartition.indexOf("in/01/a000.txt", 1_000_000)).isEqualTo(417_319);
        assertThat(SourcePartition.indexOf("in/news.zip!/été.html", 7)).isEqualTo(6);
    }

    @Test
    void aDescriptionTravelsThroughItsExecutionContextUnchanged() {
        SourcePartition partition = new SourcePartition(RUN, true, 3, 5);
        assertThat(SourcePartition.of(partition.toContext())).isEqualTo(partition);
        DayPartition day = new DayPartition(RUN, LocalDate.parse("2025-06-02"), false);
        assertThat(DayPartition.of(day.toContext())).isEqualTo(day);
    }

    @Test
    void partitionsAreSizedBySourceBytesWithAFloor() {
        assertThat(RemoteSteps.partitionCount(0, 128L << 20)).isEqualTo(RemoteSteps.MIN_PARTITIONS);
        assertThat(RemoteSteps.partitionCount((128L << 20) * 40 + 1, 128L << 20)).isEqualTo(41);
        assertThatThrownBy(() -> new SourcePartition(RUN, false, 5, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
