package se.styrledger.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A beslut: which body decided (beslutsinstans), at which meeting (sammanträdesdatum), under which paragraph (§)
 * and diarienummer, and from which date it takes effect. Every event that records a decision carries one.
 *
 * @param decidedBy     the unit whose board decided: KF, KS, a nämnd or a bolagsstyrelse
 * @param decidedOn     the meeting date
 * @param paragraph     the paragraph of the minutes, e.g. "§ 90"
 * @param caseNumber    the diarienummer, e.g. "KS 2019/0458"
 * @param effectiveFrom the date the decision takes effect; the meeting date unless the decision says otherwise
 */
public record Decision(UUID decidedBy, LocalDate decidedOn, String paragraph, String caseNumber,
                       LocalDate effectiveFrom) {

    public Decision {
        if (effectiveFrom == null) {
            effectiveFrom = decidedOn;
        }
    }
}
