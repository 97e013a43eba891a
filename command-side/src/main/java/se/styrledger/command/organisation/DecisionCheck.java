package se.styrledger.command.organisation;

import se.styrledger.events.Decision;
import se.styrledger.platform.web.LedgerException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * every decision names the body that decided, the meeting date, the paragraph (§) and the diarienummer, and
 * the body must exist on that date and be one that takes decisions (KF, KS, a nämnd, a bolagsstyrelse).
 */
public final class DecisionCheck {

    /** Kommunreformen 1971 made today's kommuner; older decisions are carried over, never meetings before 1900. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final int LATEST_EFFECT_YEARS_AHEAD = 10;
    private static final int MAX_PARAGRAPH = 50;
    private static final int MAX_CASE_NUMBER = 100;

    private DecisionCheck() {
    }

    /** Checks the decision's own fields and returns the body that took it. */
    public static UnitDirectory.Unit requireValid(Decision decision, UnitDirectory directory, Clock clock) {
        requireComplete(decision, clock);
        UnitDirectory.Unit body = directory.find(decision.decidedBy())
                .orElseThrow(() -> LedgerException.ruleViolation("R-31", "decision.decidedBy",
                        "Beslutsinstansen " + decision.decidedBy() + " finns inte i organisationen."));
        requireBodyInOffice(body, decision);
        return body;
    }

    /** The decision's fields alone, for KF's founding decision, which has no earlier body to name. */
    public static void requireComplete(Decision decision, Clock clock) {
        if (decision == null) {
            throw LedgerException.ruleViolation("R-31", "decision",
                    "Beslut saknas: ange beslutsinstans, sammanträdesdatum, paragraf och diarienummer.");
        }
        LocalDate today = LocalDate.now(clock);
        if (decision.decidedOn() == null) {
            throw LedgerException.ruleViolation("R-31", "decision.decidedOn", "Sammanträdesdatum saknas.");
        }
        if (decision.decidedOn().isBefore(EARLIEST) || decision.decidedOn().isAfter(today)) {
            throw LedgerException.ruleViolation("R-31", "decision.decidedOn",
                    "Sammanträdesdatum " + decision.decidedOn() + " är orimligt: det ska ligga mellan "
                            + EARLIEST + " och i dag (" + today + "). Ett beslut registreras efter mötet.");
        }
        if (decision.effectiveFrom().isBefore(EARLIEST)
                || decision.effectiveFrom().isAfter(today.plusYears(LATEST_EFFECT_YEARS_AHEAD))) {
            throw LedgerException.ruleViolation("R-31", "decision.effectiveFrom",
                    "Datumet beslutet gäller från (" + decision.effectiveFrom() + ") är orimligt.");
        }
        requireText(decision.paragraph(), "decision.paragraph", "Paragraf (§)", MAX_PARAGRAPH);
        requireText(decision.caseNumber(), "decision.caseNumber", "Diarienummer", MAX_CASE_NUMBER);
    }

    private static void requireBodyInOffice(UnitDirectory.Unit body, Decision decision) {
        if (!body.kind().isDecisionBody()) {
            throw LedgerException.ruleViolation("R-31", "decision.decidedBy",
                    "En " + body.kind().swedish() + " fattar inga beslut; ange kommunfullmäktige, kommunstyrelsen,"
                            + " en nämnd eller en bolagsstyrelse.");
        }
        if (!body.existsOn(decision.decidedOn())) {
            throw LedgerException.ruleViolation("R-31", "decision.decidedBy",
                    "Beslutsinstansen fanns inte den " + decision.decidedOn() + ".");
        }
    }

    private static void requireText(String value, String field, String name, int max) {
        if (value == null || value.isBlank()) {
            throw LedgerException.ruleViolation("R-31", field, name + " saknas.");
        }
        if (value.length() > max) {
            throw LedgerException.ruleViolation("R-31", field, name + " får vara högst " + max + " tecken.");
        }
    }

    /** The same decision with KF as its own body: used when KF itself is established. */
    public static Decision decidedBySelf(Decision decision, UUID self) {
        return new Decision(self, decision.decidedOn(), decision.paragraph(), decision.caseNumber(),
                decision.effectiveFrom());
    }
}
