package se.styrledger.query.redthread;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.query.organisation.UnitQueries;
import se.styrledger.query.support.ReadAt;
import se.styrledger.query.support.ReadTime;
import se.styrledger.query.support.YearParam;

import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/red-thread", produces = "application/json")
@Tag(name = "Röd tråd (läsning)", description = "Den röda tråden från vision till aktivitet per ett datum (asOf), så"
        + " som liggaren kände den vid en tidpunkt (knownAt). Öppen för alla.")
public class RedThreadQueryController {

    private static final String EXAMPLE = """
            {"asOf": "2024-06-30", "knownAt": "2024-07-01T08:00:00Z", "unitId": null, "year": 2024,
             "visions": [{"visionId": "6f1c…", "text": "Trelleborg ska vara en framgångskommun med hög livskvalitet \
            och en långsiktigt hållbar tillväxt.", "statusLabel": "gällande", "version": 1,
              "strategicDirections": [{"name": "Långsiktig hållbar tillväxt", "themes": ["miljö", "infrastruktur"],
               "directionGoals": [{"title": "Trelleborg ska ha en hållbar avfallshantering", "fromYear": 2023,
                "toYear": 2026, "statusLabel": "gällande", "indicators": [],
                "units": [{"unitName": "Miljö- och byggnämnden", "effectGoals": [{
                 "title": "Kommuninvånarna får mindre nedskräpning och ökad materialåtervinning", "year": 2024,
                 "targetGroup": "Kommuninvånarna", "intendedEffect": "Mindre nedskräpning och ökad materialåtervinning",
                 "originLabel": "eget åtagande", "statusLabel": "gällande", "version": 2,
                 "decision": {"paragraph": "§ 140", "caseNumber": "MBN 2023/0042", "decidedOn": "2023-11-20"},
                 "indicators": [{"name": "Andel hushållsavfall som samlas in för materialåtervinning",
                   "unitOfMeasure": "procent", "targetValue": 45, "period": {"kind": "YEAR", "kindLabel": "år",
                   "year": 2024, "number": 1}}],
                 "activities": [{"title": "Informationskampanj om källsortering", "responsible": "Avfallschefen",
                   "dueDate": "2024-05-31", "status": "IN_PROGRESS", "statusLabel": "pågår",
                   "flags": [{"kind": "ACTIVITY_OVERDUE", "label": "Aktiviteten är försenad"}]}],
                 "flags": []}]}]}]}]}],
             "unplacedEffectGoals": [],
             "flags": [{"kind": "ACTIVITY_OVERDUE", "label": "Aktiviteten är försenad",
               "title": "Informationskampanj om källsortering"}]}
            """;

    private final RedThreadQueries queries;
    private final UnitQueries units;

    public RedThreadQueryController(RedThreadQueries queries, UnitQueries units) {
        this.queries = queries;
        this.units = units;
    }

    @GetMapping
    @Operation(summary = "Den röda tråden: vision → strategiska inriktningar → inriktningsmål → effektmål per nämnd"
            + " och bolag → aktiviteter och indikatorer med målvärden, med flaggor",
            description = "Med unitId visas en nämnds eller ett bolags röda tråd: bara dess effektmål, med vägen upp"
                    + " till visionen. Upphävda mål visas markerade, aldrig dolda.",
            responses = @ApiResponse(responseCode = "200", description = "Trädet per asOf",
                    content = @Content(mediaType = "application/json",
                            examples = @ExampleObject(name = "Miljö- och byggnämnden 2024", value = EXAMPLE))))
    public RedThreadView tree(
            @Parameter(description = "Bara denna nämnds eller detta bolags röda tråd") @RequestParam(required = false)
            UUID unitId,
            @Parameter(description = "Bara effektmål för detta verksamhetsår", example = "2024")
            @RequestParam(required = false) Integer year,
            @ReadAt ReadTime at) {
        if (unitId != null && units.one(unitId, at).isEmpty()) {
            throw LedgerException.notFound("Enheten " + unitId + " finns inte per det datumet.");
        }
        return queries.tree(at, unitId, YearParam.checked(year));
    }
}
