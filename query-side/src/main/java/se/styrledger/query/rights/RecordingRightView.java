package se.styrledger.query.rights;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One recording right as it stood on the asked date, as the ledger knew it then, with the decisions that granted
 * and (if so) revoked it. Names an account, which is personal data: served to AUDITOR and ADMIN only.
 */
public record RecordingRightView(
        UUID rightId,
        @Schema(description = "ACCOUNT (ett konto) eller GROUP (en grupp i inloggningen)") String granteeKind,
        @Schema(description = "Kontot eller gruppen") String grantee,
        @Schema(description = "Enheten behörigheten gäller; tom för hela kommunen (behörigheten från konfigurationen)")
        UUID unitId,
        @Schema(description = "Gäller också enheterna under enheten") boolean includesSubunits,
        @Schema(description = "Hur behörigheten gäller för den frågade enheten: UNIT (själva enheten), ABOVE (ges för"
                + " en överordnad enhet med enheterna under den) eller KOMMUN (hela kommunen)") String appliesAs,
        @Schema(description = "Satt för behörigheten från konfigurationen, som saknar beslut") String configuredAs,
        UUID decidedBy, LocalDate decidedOn, String paragraph, String caseNumber,
        @Schema(description = "Gäller från") LocalDate validFrom,
        @Schema(description = "Gäller till (exklusive); tom om den inte är återkallad") LocalDate validTo,
        UUID revokedBy, LocalDate revokedOn, String revokedParagraph, String revokedCaseNumber, String revokedReason,
        @Schema(description = "När liggaren fick veta detta") Instant recordedAt,
        long recordedPosition) {
}
