package se.styrledger.command.accountability;

import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.command.support.Fields;
import se.styrledger.events.accountability.AuditorsDocument;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.platform.web.LedgerException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** What every step of the ansvarsprövning checks alike: the nämnd, its year, and the revisorer's document. */
final class AccountabilityChecks {

    private static final int EARLIEST_YEAR = 1971;
    private static final int MAX_CASE_NUMBER = 100;
    private static final int MAX_PARAGRAPH = 50;

    private AccountabilityChecks() {
    }

    /**
     * The ansvarsprövning concerns a nämnd (kommunstyrelsen is one too) that existed during the year; bolag have
     * lekmannarevisorer and a bolagsstämma instead (R-50, KL 12 kap).
     */
    static void requireNamndAndYear(UUID unitId, Integer year, UnitDirectory units, Clock clock, String rule) {
        if (unitId == null) {
            throw LedgerException.invalid("unitId", "Ange nämnden.");
        }
        UnitDirectory.Unit unit = units.find(unitId).orElseThrow(() -> LedgerException.ruleViolation(rule,
                "unitId", "Nämnden " + unitId + " finns inte i organisationen."));
        if (unit.kind() != UnitKind.COMMITTEE && unit.kind() != UnitKind.EXECUTIVE_BOARD) {
            throw LedgerException.ruleViolation(rule, "unitId", "Ansvarsprövningen gäller nämnder och"
                    + " kommunstyrelsen; en " + unit.kind().swedish() + " prövas inte av fullmäktige på detta sätt.");
        }
        int thisYear = LocalDate.now(clock).getYear();
        if (year == null || year < EARLIEST_YEAR || year > thisYear) {
            throw LedgerException.invalid("year", "Ange ett verksamhetsår mellan " + EARLIEST_YEAR + " och "
                    + thisYear + ".");
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (unit.establishedOn().isAfter(last) || (unit.dissolvedOn() != null && !unit.dissolvedOn().isAfter(first))) {
            throw LedgerException.ruleViolation(rule, "year", "Nämnden fanns inte under " + year + ".");
        }
    }

    /**
     * The revisorer's document: dated, not in the future and not before the year it concerns ({@code earliest}),
     * with its diarienummer. Its links are checked with every other decision's (DecisionLinks).
     */
    static AuditorsDocument requireDocument(AuditorsDocument document, LocalDate earliest, Clock clock,
                                            String earliestWhy) {
        if (document == null) {
            throw LedgerException.ruleViolation("R-50", "document",
                    "Ange revisorernas dokument: datum och diarienummer.");
        }
        if (document.issuedOn() == null) {
            throw LedgerException.ruleViolation("R-50", "document.issuedOn", "Datum saknas.");
        }
        if (document.issuedOn().isAfter(LocalDate.now(clock))) {
            throw LedgerException.ruleViolation("R-50", "document.issuedOn",
                    "Datumet " + document.issuedOn() + " ligger i framtiden; registrera dokumentet när det finns.");
        }
        if (document.issuedOn().isBefore(earliest)) {
            throw LedgerException.ruleViolation("R-50", "document.issuedOn", earliestWhy);
        }
        Fields.requireText(document.caseNumber(), "document.caseNumber", "Diarienummer", MAX_CASE_NUMBER);
        Fields.optionalText(document.paragraph(), "document.paragraph", "Paragraf (§)", MAX_PARAGRAPH);
        return document;
    }
}
