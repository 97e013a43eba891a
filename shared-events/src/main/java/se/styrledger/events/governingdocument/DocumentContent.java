package se.styrledger.events.governingdocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * What one version of a styrdokument says about itself.
 *
 * @param caseNumber             the document's diarienummer
 * @param owner                  the dokumentansvarig: a person or a role, e.g. "Kommundirektör"
 * @param validUntil             the last day it applies; empty means tills vidare
 * @param reviewDue              the date of its next aktualitetsprövning; empty when none is set
 * @param parentDocumentId       the styrdokument it is derived from, e.g. a riktlinje under a policy
 * @param statedDirectionGoalIds the inriktningsmål the document states
 * @param publishedText          link and/or checksum of the published text; empty when not given
 */
public record DocumentContent(String title, String caseNumber, String owner, DocumentScope scope,
                              LocalDate validUntil, LocalDate reviewDue, UUID parentDocumentId,
                              List<UUID> statedDirectionGoalIds, PublishedText publishedText) {

    public DocumentContent {
        statedDirectionGoalIds = statedDirectionGoalIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(statedDirectionGoalIds));
    }
}
