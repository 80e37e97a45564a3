package org.daybrief.batch;

import java.time.LocalDate;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a remote worker is sent to build: the digest of one day of a backfill. Days are independent once every
 * document is stored (a day's digest reads the store, never another day's digest), so any worker can build any
 * day, in any order, and write the same bytes.
 *
 * @param first whether {@code date} is the run's first day with documents: it lists the skipped documents (which
 *              have no date of their own)
 */
record DayPartition(PartitionedRun run, LocalDate date, boolean first) {

    ExecutionContext toContext() {
        ExecutionContext context = run.toContext();
        context.putString("date", date.toString());
        context.putString("first", Boolean.toString(first));
        return context;
    }

    static DayPartition of(ExecutionContext context) {
        return new DayPartition(PartitionedRun.of(context), LocalDate.parse(context.getString("date")),
                Boolean.parseBoolean(context.getString("first")));
    }

    @Override
    public String toString() {
        return "digest of " + run.jobFile().getFileName() + " " + date;
    }
}
