package org.daybrief.batch;

import java.util.function.Consumer;
import org.daybrief.config.JobSettings;
import org.daybrief.ingest.DocumentParser;
import org.daybrief.summarize.Summarizer;
import org.daybrief.text.NlpModels;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A worker's summarize step: for each partition request, the local summarize step (same reader, processor, writer
 * and skip rules) over the partition's share of the job's documents, run on the request's step execution. A
 * request redelivered after its worker died finds its execution STARTED and resumes it from the last committed
 * chunk; a request whose execution is no longer to run (completed, or failed and replaced by a rerun) is passed
 * over. Spring Batch's request handler finds this step by its bean name.
 */
@Component(SummarizePartitionStep.NAME)
@Profile(RemoteWorker.PROFILE)
class SummarizePartitionStep implements Step {

    static final String NAME = "summarizePartition";

    private final JobRepository repository;
    private final StateStore store;
    private final NlpModels nlp;
    private final SummarizeSteps steps;
    private final RemoteWorker worker;

    SummarizePartitionStep(JobRepository repository, StateStore store, NlpModels nlp, SummarizeSteps steps,
            RemoteWorker worker) {
        this.repository = repository;
        this.store = store;
        this.nlp = nlp;
        this.steps = steps;
        this.worker = worker;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void execute(StepExecution execution) throws JobInterruptedException {
        SourcePartition partition = SourcePartition.of(execution.getExecutionContext());
        Consumer<String> say = worker::say;
        if (execution.getStatus() != BatchStatus.STARTING && execution.getStatus() != BatchStatus.STARTED) {
            say.accept(partition + ": passed over (" + execution.getStatus() + ")");
            return;
        }
        PartitionedRun run = partition.run();
        JobSettings settings = run.settings();
        StageTimes times = new StageTimes();
        long started = System.nanoTime();
        try (DocumentParser parser = new DocumentParser(settings.limits(), settings.schedule().zone());
                RemoteWorker.Running running = worker.running(execution)) {
            Summarizer summarizer = Summarizer.create(nlp, settings.summary().method(), settings.language());
            Filing filing = new Filing(settings, run.from(), run.to(), store, partition.edition());
            RawDocumentReader reader = new RawDocumentReader(run.workDir(), settings.sources(),
                    settings.limits(), Progress.forConsole(settings.name() + " " + (partition.index() + 1) + "/"
                            + partition.count()), null, partition::contains); // files only: see RemoteMode
            steps.build(new StepBuilder(NAME, repository), settings, reader, filing, run.from(), parser,
                    summarizer, times, () -> { }).execute(execution);
        }
        say.accept(String.format("%s: %s, %d read, %d written in %.1f s", partition, execution.getStatus(),
                execution.getReadCount(), execution.getWriteCount(), (System.nanoTime() - started) / 1e9));
    }
}
