package org.daybrief.source;

import java.util.Objects;
import org.daybrief.source.web.WebSource;

/**
 * Where every kind of source that is not a path is opened: one place that names each kind and what it is built
 * from. A new kind adds its entry record, its {@link Source}, what it needs to {@link SourceContext}, and one
 * branch here.
 */
public final class Sources {

    private final SourceContext context;

    public Sources(SourceContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** The source of an entry that is not a {@link PathEntry}. */
    public Source open(SourceEntry entry) {
        if (entry instanceof WebEntry web) {
            return new WebSource(web, context);
        }
        throw new IllegalArgumentException("no reader for sources of kind " + entry.getClass().getSimpleName());
    }
}
