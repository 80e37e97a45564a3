package org.daybrief.ingest;

import java.nio.file.Path;

/**
 * A file found under a job's sources, or a failure to list one (unreadable folder, broken link).
 *
 * @param displayPath the path shown to users, relative to the working folder where possible
 * @param file        the file, or null when {@code failure} is set
 * @param failure     why the file cannot be read, or null
 */
public record SourceFile(String displayPath, Path file, String failure) {
}
