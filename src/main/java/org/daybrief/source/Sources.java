package org.daybrief.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.daybrief.source.imap.MailboxEntry;
import org.daybrief.source.imap.MailboxSource;
import org.daybrief.source.web.WebSource;

/**
 * Where every kind of source that is not a path is opened: one place that names each kind and what it is built
 * from. A new kind adds its entry record, its {@link Source}, what it needs to {@link SourceContext}, and one
 * branch here.
 */
public final class Sources {

    private final SourceContext context;
    private final List<Source> opened = new ArrayList<>();

    public Sources(SourceContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** The source of an entry that is not a {@link PathEntry}. */
    public Source open(SourceEntry entry) {
        Source source;
        if (entry instanceof WebEntry web) {
            source = new WebSource(web, context);
        } else if (entry instanceof MailboxEntry mailbox && context.mailboxes() != null) {
            source = new MailboxSource(mailbox, context.mailboxes(), context);
        } else {
            throw new IllegalArgumentException("no reader for sources of kind " + entry.getClass().getSimpleName());
        }
        opened.add(source);
        return source;
    }

    /** The run has filed every document of the sources opened: each may now keep its place ({@link Source#committed}). */
    public void committed() {
        for (Source source : opened) {
            source.committed();
        }
        opened.clear();
    }
}
