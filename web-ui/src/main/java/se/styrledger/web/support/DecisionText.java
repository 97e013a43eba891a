package se.styrledger.web.support;

import java.time.LocalDate;

/**
 * A beslut as a person reads it: the beslutsinstans by name, the meeting date, § and diarienummer, and the
 * date it took effect when that differs.
 */
public record DecisionText(String body, LocalDate date, String paragraph, String caseNumber, LocalDate effectiveFrom) {
}
