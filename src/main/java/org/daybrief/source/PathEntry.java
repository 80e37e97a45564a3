package org.daybrief.source;

import java.util.Objects;

/**
 * A folder, file, glob or archive, relative to the working folder: read by the file scanner, all path entries of a
 * job together (so files named by two entries are read once).
 *
 * @param location the path or glob as written in the job file
 */
public record PathEntry(String location) implements SourceEntry {

    public PathEntry {
        Objects.requireNonNull(location, "location");
    }
}
