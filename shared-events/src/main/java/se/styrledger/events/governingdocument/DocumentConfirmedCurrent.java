package se.styrledger.events.governingdocument;

import se.styrledger.events.Decision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An aktualitetsprövning found the styrdokument still current without change; its next review is due on
 * {@code reviewDue}.
 */
public record DocumentConfirmedCurrent(UUID documentId, LocalDate reviewDue, Decision decision) {
}
