package se.styrledger.command.governingdocument;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.command.governingdocument.DocumentCommands.AdoptDocument;
import se.styrledger.command.governingdocument.DocumentCommands.ChangeDocumentOwner;
import se.styrledger.command.governingdocument.DocumentCommands.ConfirmDocumentCurrent;
import se.styrledger.command.governingdocument.DocumentCommands.RepealDocument;
import se.styrledger.command.governingdocument.DocumentCommands.ReplaceDocument;
import se.styrledger.command.governingdocument.DocumentCommands.ReviseDocument;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.command.support.CommandResult;
import se.styrledger.events.Decision;
import se.styrledger.events.governingdocument.DocumentContent;
import se.styrledger.events.governingdocument.DocumentScope;
import se.styrledger.events.governingdocument.DocumentType;
import se.styrledger.events.governingdocument.PublishedText;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/governing-documents", consumes = "application/json", produces = "application/json")
@Tag(name = "Styrdokument (kommando)", description = "Anta, revidera, aktualitetspröva, byta dokumentansvarig för,"
        + " upphäva och ersätta styrdokument — policy, strategi, riktlinje, reglemente, ägardirektiv … — genom beslut."
        + " Vilken instans som får anta vilken typ följer kommunens regler (styrledger.governing-documents.adoption-rules).")
public class GoverningDocumentCommandController {

    private final CommandExecutor commands;

    public GoverningDocumentCommandController(CommandExecutor commands) {
        this.commands = commands;
    }

    @Schema(description = "Vilka enheter styrdokumentet gäller: antingen hela kommunen eller uppräknade enheter")
    public record ScopeRequest(Boolean wholeMunicipality, List<UUID> unitIds) {

        DocumentScope toScope() {
            return new DocumentScope(Boolean.TRUE.equals(wholeMunicipality), unitIds);
        }
    }

    public record AdoptDocumentRequest(
            @Schema(description = "Valfritt id; ett nytt skapas om det saknas") UUID documentId,
            DocumentType type, String title,
            @Schema(description = "Dokumentets diarienummer; beslutets om det saknas") String caseNumber,
            @Schema(description = "Dokumentansvarig: en person eller en roll") String owner,
            ScopeRequest scope,
            @Schema(description = "Sista giltighetsdag; saknas den gäller dokumentet tills vidare") LocalDate validUntil,
            @Schema(description = "Datum för nästa aktualitetsprövning") LocalDate reviewDue,
            UUID parentDocumentId,
            @Schema(description = "De inriktningsmål dokumentet anger (id)") List<UUID> statedDirectionGoalIds,
            @Schema(description = "Länk till och/eller SHA-256-summa för den publicerade texten") PublishedText publishedText,
            Decision decision) {
    }

    public record ReviseDocumentRequest(String title, String caseNumber, String owner, ScopeRequest scope,
                                        LocalDate validUntil, LocalDate reviewDue, UUID parentDocumentId,
                                        List<UUID> statedDirectionGoalIds, PublishedText publishedText,
                                        Decision decision) {
    }

    public record ConfirmCurrentRequest(
            @Schema(description = "Datum för nästa aktualitetsprövning") LocalDate reviewDue, Decision decision) {
    }

    public record ChangeOwnerRequest(String owner, Decision decision) {
    }

    public record RepealRequest(Decision decision) {
    }

    public record ReplaceRequest(@Schema(description = "Det redan antagna styrdokument som ersätter detta") UUID replacedBy,
                                 Decision decision) {
    }

    @PostMapping
    @Operation(summary = "Anta ett styrdokument (version 1)")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> adopt(@RequestBody AdoptDocumentRequest body, HttpServletRequest request) {
        UUID documentId = body.documentId() != null ? body.documentId() : UUID.randomUUID();
        DocumentContent content = new DocumentContent(body.title(), body.caseNumber(), body.owner(), scope(body.scope()),
                body.validUntil(), body.reviewDue(), body.parentDocumentId(), body.statedDirectionGoalIds(),
                body.publishedText());
        return commands.create(request, body, new AdoptDocument(documentId, body.type(), content, body.decision()),
                documentId);
    }

    @PostMapping("/{documentId}/revise")
    @Operation(summary = "Revidera ett styrdokument: hela den nya versionen anges, tidigare versioner finns kvar")
    public ResponseEntity<CommandResult> revise(@PathVariable UUID documentId, @RequestBody ReviseDocumentRequest body,
                                                HttpServletRequest request) {
        DocumentContent content = new DocumentContent(body.title(), body.caseNumber(), body.owner(), scope(body.scope()),
                body.validUntil(), body.reviewDue(), body.parentDocumentId(), body.statedDirectionGoalIds(),
                body.publishedText());
        return commands.change(request, body, new ReviseDocument(documentId, content, body.decision()), documentId);
    }

    @PostMapping("/{documentId}/confirm-current")
    @Operation(summary = "Aktualitetspröva utan ändring: dokumentet är fortfarande aktuellt, nästa prövning flyttas")
    public ResponseEntity<CommandResult> confirmCurrent(@PathVariable UUID documentId,
                                                        @RequestBody ConfirmCurrentRequest body,
                                                        HttpServletRequest request) {
        return commands.change(request, body,
                new ConfirmDocumentCurrent(documentId, body.reviewDue(), body.decision()), documentId);
    }

    @PostMapping("/{documentId}/change-owner")
    @Operation(summary = "Byt dokumentansvarig")
    public ResponseEntity<CommandResult> changeOwner(@PathVariable UUID documentId, @RequestBody ChangeOwnerRequest body,
                                                     HttpServletRequest request) {
        return commands.change(request, body, new ChangeDocumentOwner(documentId, body.owner(), body.decision()),
                documentId);
    }

    @PostMapping("/{documentId}/repeal")
    @Operation(summary = "Upphäv ett styrdokument; dess historik finns kvar")
    public ResponseEntity<CommandResult> repeal(@PathVariable UUID documentId, @RequestBody RepealRequest body,
                                                HttpServletRequest request) {
        return commands.change(request, body, new RepealDocument(documentId, body.decision()), documentId);
    }

    @PostMapping("/{documentId}/replace")
    @Operation(summary = "Ersätt ett styrdokument med ett annat, redan antaget")
    public ResponseEntity<CommandResult> replace(@PathVariable UUID documentId, @RequestBody ReplaceRequest body,
                                                 HttpServletRequest request) {
        return commands.change(request, body, new ReplaceDocument(documentId, body.replacedBy(), body.decision()),
                documentId);
    }

    private static DocumentScope scope(ScopeRequest scope) {
        return scope == null ? null : scope.toScope();
    }
}
