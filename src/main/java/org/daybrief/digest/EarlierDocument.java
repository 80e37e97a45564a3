package org.daybrief.digest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A document that an earlier digest of the same job already showed: today's stories that match it are
 * marked as updates ("Update: first reported 2025-09-22").
 *
 * @param runDate  the date of the digest that showed it
 * @param document the document, with its body when the job kept it
 */
public record EarlierDocument(LocalDate runDate, DocumentSummary document) {

    public EarlierDocument {
        Objects.requireNonNull(runDate, "runDate");
        Objects.requireNonNull(document, "document");
    }
}
