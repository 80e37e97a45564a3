package org.daybrief.batch;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a remote worker is sent to summarise: the share {@code index} of {@code count} of a run's documents, those
 * whose path (a file's, or an archive member's {@code news.zip!/a.html}) hashes to {@code index}. Only this
 * description travels through the broker. The hash is CRC-32 of the path's UTF-8 bytes: the same on every JVM and
 * host, so a rerun, or another worker taking over, gets the same documents.
 *
 * @param edition whether the run is a later edition of a completed date (see {@link Filing})
 */
record SourcePartition(PartitionedRun run, boolean edition, int index, int count) {

    SourcePartition {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("partition " + index + " of " + count);
        }
    }

    /** Whether the document at {@code path} is this partition's. */
    boolean contains(String path) {
        return indexOf(path, count) == index;
    }

    static int indexOf(String path, int count) {
        CRC32 crc = new CRC32();
        crc.update(path.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % count);
    }

    ExecutionContext toContext() {
        ExecutionContext context = run.toContext();
        context.putString("edition", Boolean.toString(edition));
        context.putInt("partition", index);
        context.putInt("partitions", count);
        return context;
    }

    static SourcePartition of(ExecutionContext context) {
        return new SourcePartition(PartitionedRun.of(context), Boolean.parseBoolean(context.getString("edition")),
                context.getInt("partition"), context.getInt("partitions"));
    }

    @Override
    public String toString() {
        return "documents " + (index + 1) + "/" + count + " of " + run;
    }
}
