package org.daybrief.source.imap;

import java.util.Locale;

/**
 * What happens to a message once its run has filed it ({@code after:} of a mailbox entry).
 *
 * @param action what to do
 * @param folder the folder messages move to, for {@link Action#MOVE} only
 */
public record AfterReading(Action action, String folder) {

    public enum Action { LEAVE, MARK_SEEN, MOVE }

    /** The default: a mailbox is only read, never changed. */
    public static final AfterReading LEAVE = new AfterReading(Action.LEAVE, "");

    public AfterReading {
        folder = folder == null ? "" : folder.strip();
        if ((action == Action.MOVE) == folder.isEmpty()) {
            throw new IllegalArgumentException("a folder goes with move, and only with move");
        }
    }

    /**
     * Reads {@code leave}, {@code mark-seen} or {@code move:Folder}.
     *
     * @throws IllegalArgumentException naming what may be written
     */
    public static AfterReading parse(String value) {
        String v = value.strip();
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.equals("leave")) {
            return LEAVE;
        }
        if (lower.equals("mark-seen")) {
            return new AfterReading(Action.MARK_SEEN, "");
        }
        if (lower.startsWith("move:") && !v.substring(5).isBlank()) {
            return new AfterReading(Action.MOVE, v.substring(5));
        }
        throw new IllegalArgumentException("'" + value + "' is not an after-reading action");
    }

    @Override
    public String toString() {
        return switch (action) {
            case LEAVE -> "leave";
            case MARK_SEEN -> "mark-seen";
            case MOVE -> "move:" + folder;
        };
    }
}
