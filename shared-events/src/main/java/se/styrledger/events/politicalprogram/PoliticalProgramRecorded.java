package se.styrledger.events.politicalprogram;

import se.styrledger.events.governingdocument.PublishedText;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A politiskt program was recorded as a reference: it states the will of one or more parties, e.g. a
 * majority's programme for the mandatperiod, and is no decision of the kommun, so it names no beslutsinstans, no
 * paragraf and no diarienummer. The ledger keeps where its text is published and when it was presented, so goals
 * and styrdokument can be read beside it.
 *
 * @param parties     the party or parties behind it, as they name themselves
 * @param presentedOn the day the parties presented it
 */
public record PoliticalProgramRecorded(UUID programId, String title, String parties, LocalDate presentedOn,
                                       PublishedText publishedText) {
}
