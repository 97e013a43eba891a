package se.styrledger.events.accountability;

import se.styrledger.events.DecisionLink;

import java.time.LocalDate;
import java.util.List;

/**
 * A document of the kommun's revisorer: when they issued it, its diarienummer, the paragraph of the revisorer's own
 * minutes (optional) and where it is found. It is no {@code Decision}: the revisorer are elected by KF and are no
 * beslutsinstans of the organisation; they examine and recommend, KF decides (R-50, KL 12 kap).
 *
 * @param issuedOn   the date the revisorer issued it
 * @param caseNumber its diarienummer, e.g. "REV 2020/0003"
 * @param paragraph  the paragraph of the revisorer's minutes, if they took it at a meeting (optional)
 * @param links      where it is found (optional; never null)
 */
public record AuditorsDocument(LocalDate issuedOn, String caseNumber, String paragraph, List<DecisionLink> links) {

    public AuditorsDocument {
        links = links == null ? List.of() : List.copyOf(links);
    }
}
