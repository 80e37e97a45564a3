package org.daybrief.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.daybrief.config.JobSettings;
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
    private final LocalDate runDate;
    private final StateStore store;
    private final DigestAssembler assembler;
    private final DigestFiles files;
    private final StageTimes times;
    private volatile List<Path> written = List.of();

    DigestTasklet(JobSettings job, LocalDate runDate, StateStore store, DigestAssembler assembler, DigestFiles files,
            StageTimes times) {
        this.job = job;
        this.runDate = runDate;
        this.store = store;
        this.assembler = assembler;
        this.files = files;
        this.times = times;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Digest digest = times.time(StageTimes.RENDER, () -> assembler.assemble(job.name(), runDate,
                job.titleFor(runDate), files.digestDirectory(job.name(), runDate),
                store.documentsWithText(job.name(), runDate),
                store.earlierDocuments(job.name(), runDate, DigestAssembler.HISTORY_DAYS),
                store.skipped(job.name(), runDate), job.maxStories()));
        List<Format> formats = job.output().formats().stream().map(Format::fromExtension).toList();
        written = times.time(StageTimes.WRITE, () -> {
            List<Path> paths = new java.util.ArrayList<>(files.write(digest, formats));
            // The job's index page and Atom feed list every digest so far, this one included.
            paths.addAll(files.writeArchive(job.name(), job.feedTitle(), ""));
            return paths;
        });
        chunkContext.getStepContext().getStepExecution().getExecutionContext()
                .putInt("stories", digest.stories().size());
        return RepeatStatus.FINISHED;
    }

    List<Path> written() {
        return written;
    }
}
