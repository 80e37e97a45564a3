package org.daybrief.source;

/**
 * What each source did in the runs of a job, so one that keeps failing is called out. A source is named as
 * {@link SourceEntry#location()} gives it. Implementations keep this in the job database.
 */
public interface SourceHealth {

    /** The source was read in this run: its count of failed runs in a row starts again at 0. */
    void succeeded(String job, String source);

    /**
     * The source could not be read in this run.
     *
     * @return the runs in a row it has failed, this one included
     */
    int failed(String job, String source, String reason);

    /** Keeps nothing: for callers that do not track health (tests, one-off commands). */
    SourceHealth NONE = new SourceHealth() {
        @Override
        public void succeeded(String job, String source) {
        }

        @Override
        public int failed(String job, String source, String reason) {
            return 1;
        }
    };
}
