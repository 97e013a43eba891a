package se.styrledger.query.goals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.query.support.ReadAt;
import se.styrledger.query.support.ReadTime;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Vision och strategiska inriktningar (läsning)", description = "Kommunfullmäktiges vision och strategiska"
        + " inriktningar per ett datum (asOf), så som liggaren kände dem vid en tidpunkt (knownAt). Öppen för alla.")
public class VisionQueryController {

    private final GoalQueries queries;

    public VisionQueryController(GoalQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/visions")
    @Operation(summary = "Visionen per ett datum, t.ex. \"Trelleborg ska vara en framgångskommun med hög livskvalitet"
            + " och en långsiktigt hållbar tillväxt.\"; upphävda visas markerade")
    public List<VisionView> visions(@ReadAt ReadTime at) {
        return queries.visions(at);
    }

    @GetMapping("/visions/{visionId}/history")
    @Operation(summary = "Visionens alla versioner med besluten bakom dem")
    public List<VisionView> visionHistory(@PathVariable UUID visionId,
                                          @ReadAt(asOf = false) ReadTime at) {
        return nonEmpty(queries.visionHistory(visionId, at), "Visionen " + visionId);
    }

    @GetMapping("/strategic-directions")
    @Operation(summary = "De strategiska inriktningarna per ett datum, t.ex. Livskvalitet; Arbete; Långsiktig hållbar"
            + " tillväxt")
    public List<StrategicDirectionView> directions(
            @Parameter(description = "Bara inriktningar under denna vision") @RequestParam(required = false)
            UUID visionId,
            @ReadAt ReadTime at) {
        return queries.directions(at, visionId);
    }

    @GetMapping("/strategic-directions/{directionId}")
    @Operation(summary = "En strategisk inriktning per ett datum, med teman (t.ex. hälsa, trygghet, boende)")
    public StrategicDirectionView direction(@PathVariable UUID directionId,
                                            @ReadAt ReadTime at) {
        return queries.direction(directionId, at).orElseThrow(() -> LedgerException
                .notFound("Den strategiska inriktningen " + directionId + " finns inte per det datumet."));
    }

    @GetMapping("/strategic-directions/{directionId}/history")
    @Operation(summary = "En strategisk inriktnings alla versioner med besluten bakom dem")
    public List<StrategicDirectionView> directionHistory(@PathVariable UUID directionId,
                                                         @ReadAt(asOf = false) ReadTime at) {
        return nonEmpty(queries.directionHistory(directionId, at),
                "Den strategiska inriktningen " + directionId);
    }

    static <T> List<T> nonEmpty(List<T> versions, String what) {
        if (versions.isEmpty()) {
            throw LedgerException.notFound(what + " finns inte.");
        }
        return versions;
    }
}
