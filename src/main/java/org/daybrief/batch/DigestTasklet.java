package org.daybrief.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.daybrief.ingest.SkippedDocument;
import org.daybrief.config.JobSettings;
import org.daybrief.config.PublicUrl;
import org.daybrief.deliver.DigestFiles;
import org.daybrief.digest.Digest;
import org.daybrief.digest.DigestAssembler;
import org.daybrief.render.Format;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Builds the day's digest from the stored summaries and texts (with the documents of the job's digests of the
 * previous {@value DigestAssembler#HISTORY_DAYS} days, so a story already reported is marked as an update) and
 * writes each format atomically.
 */
class DigestTasklet implements Tasklet {

    private final JobSettings job;
    private final LocalDate from;
    private final LocalDate to;
    private final boolean onlyDatesWithDocuments;
    private final StateStore store;
    private final DigestAssembler assembler;
    private final DigestFiles files;
    private final StageTimes times;
    private volatile List<Path> written = List.of();

    /**
     * @param onlyDatesWithDocuments true for a backfill: days without documents get no digest; false for a run of
     *                               one date, whose digest is written even when nothing is new
     */
    DigestTasklet(JobSettings job, LocalDate from, LocalDate to, boolean onlyDatesWithDocuments, StateStore store,
            DigestAssembler assembler, DigestFiles files, StageTimes times) {
        this.job = job;
        this.from = from;
        this.to = to;
        this.onlyDatesWithDocuments = onlyDatesWithDocuments;
        this.store = store;
        this.assembler = assembler;
        this.files = files;
        this.times = times;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        List<LocalDate> dates = onlyDatesWithDocuments ? store.runDates(job.name(), from, to) : List.of(from);
        List<Path> paths = new ArrayList<>();
        int stories = 0;
        for (LocalDate date : dates) {
            // Documents that could not be read have no date: the run's first digest lists them.
            boolean first = date.equals(dates.get(0));
            stories += writeDigest(date, first, paths);
        }
        if (!dates.isEmpty()) {
            // The job's index page and Atom feed list every digest so far, these included; feed links are absolute on
            // DAYBRIEF_PUBLIC_URL when it is set (serve publishes the job's folder at <url>/<job>/).
            paths.addAll(times.time(StageTimes.WRITE, () -> files.writeArchive(job.name(), job.feedTitle(),
                    PublicUrl.jobBase(job.name()))));
        }
        written = List.copyOf(paths);
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putInt("stories", stories);
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putInt("digests", dates.size());
        return RepeatStatus.FINISHED;
    }

    /** Writes one day's digest (a remote worker's digest step writes its day with it); returns its story count. */
    int writeDigest(LocalDate date, boolean withSkipped, List<Path> paths) throws Exception {
        List<SkippedDocument> skipped = new ArrayList<>(store.skipped(job.name(), date));
        if (withSkipped && !date.equals(from)) {
            skipped.addAll(store.skipped(job.name(), from));
        }
        Digest digest = times.time(StageTimes.RENDER, () -> assembler.assemble(job.name(), date,
                job.titleFor(date), files.digestDirectory(job.name(), date),
                store.documentsWithText(job.name(), date),
                store.earlierDocuments(job.name(), date, DigestAssembler.HISTORY_DAYS), skipped, job.maxStories()));
        List<Format> formats = job.output().formats().stream().map(Format::fromExtension).toList();
        paths.addAll(times.time(StageTimes.WRITE, () -> files.write(digest, formats)));
        return digest.stories().size();
    }

    List<Path> written() {
        return written;
    }
}
