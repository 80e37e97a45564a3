package org.daybrief.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.daybrief.config.JobSettings;
import org.daybrief.deliver.DigestFiles;
import org.daybrief.digest.Digest;
import org.daybrief.digest.DigestAssembler;
import org.daybrief.digest.TextTools;
import org.daybrief.render.DigestRenderer;
import org.daybrief.render.RelativeLinks;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A worker's digest step: builds and writes one day's digest of a backfill, exactly as the local digest step
 * writes that day (the same {@link DigestTasklet} code on the same stored documents), so the bytes do not depend
 * on which worker built which day. Rebuilding a day writes the same files again (atomically).
 */
@Component
@Profile(RemoteWorker.PROFILE)
class DigestPartitionTasklet implements Tasklet {

    private final StateStore store;
    private final ObjectProvider<TextTools> textTools;
    private final RemoteWorker worker;
    private final DigestRenderer renderer = new DigestRenderer();

    DigestPartitionTasklet(StateStore store, ObjectProvider<TextTools> textTools, RemoteWorker worker) {
        this.store = store;
        this.textTools = textTools;
        this.worker = worker;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        ExecutionContext context = chunk.getStepContext().getStepExecution().getExecutionContext();
        DayPartition day = DayPartition.of(context);
        PartitionedRun run = day.run();
        JobSettings settings = run.settings();
        DigestTasklet digest = new DigestTasklet(settings, run.from(), run.to(), true, store,
                () -> new DigestAssembler(new RelativeLinks(run.workDir()), textTools.getObject()),
                new DigestFiles(settings.output().dir(), renderer), new StageTimes());
        List<Path> paths = new ArrayList<>();
        Digest written = digest.writeDigest(day.date(), day.first(), paths);
        int stories = written.stories().size();
        context.putInt("stories", stories);
        context.putInt(DigestTasklet.STORIES_NOT_SHOWN, written.notShown().stories());
        worker.say(day + ": " + stories + " stories");
        return RepeatStatus.FINISHED;
    }
}
