package se.styrledger.events;

import java.time.LocalDate;
import java.util.List;
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
 * @param links         where the protokoll and the beslutsunderlag are found (optional; never null). Events recorded
 *                      before links existed have none, and read back with an empty list (ADR 0110).
 */
public record Decision(UUID decidedBy, LocalDate decidedOn, String paragraph, String caseNumber,
                       LocalDate effectiveFrom, List<DecisionLink> links) {

    public Decision {
        if (effectiveFrom == null) {
            effectiveFrom = decidedOn;
        }
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** A decision without links: what every decision was before links existed, and still the common case. */
    public Decision(UUID decidedBy, LocalDate decidedOn, String paragraph, String caseNumber,
                    LocalDate effectiveFrom) {
        this(decidedBy, decidedOn, paragraph, caseNumber, effectiveFrom, List.of());
    }
}
