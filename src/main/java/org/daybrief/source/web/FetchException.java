package org.daybrief.source.web;

/** A URL that could not be fetched; the message is the reason as users see it ({@code HTTP 500}). */
public final class FetchException extends Exception {

    public FetchException(String reason) {
        super(reason);
    }
}
