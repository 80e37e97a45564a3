package org.daybrief.batch;

import java.time.LocalDate;
import org.daybrief.digest.DocumentSummary;

/** A summarised document and the run date whose digest it belongs to. */
record FiledSummary(LocalDate runDate, DocumentSummary document) {
}
