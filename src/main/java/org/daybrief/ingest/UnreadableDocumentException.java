package org.daybrief.ingest;

/** A document that cannot be read. The message is the one-line reason shown to the user. */
public final class UnreadableDocumentException extends Exception {

    private final String path;

    public UnreadableDocumentException(String path, String reason, Throwable cause) {
        super(reason, cause);
        this.path = path;
    }

    public String path() {
        return path;
    }

    public SkippedDocument toSkipped() {
        return new SkippedDocument(path, getMessage());
    }
}
