package org.daybrief.ingest;

import org.apache.tika.metadata.Metadata;

/** What Tika extracted from one stream: its text, metadata and detected media type. */
record Extracted(String text, Metadata metadata, String mediaType) {
}
