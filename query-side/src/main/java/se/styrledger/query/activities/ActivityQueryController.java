package se.styrledger.query.activities;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.query.support.ReadAt;
import se.styrledger.query.support.ReadTime;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/activities", produces = "application/json")
@Tag(name = "Aktiviteter (läsning)", description = "Aktiviteter under effektmål: ansvarig, förfallodatum, status"
        + " (planerad, pågår, genomförd, inställd) med kommentar till varje ändring. Öppen för alla.")
public class ActivityQueryController {

    private final ActivityQueries queries;

    public ActivityQueryController(ActivityQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/{activityId}")
    @Operation(summary = "En aktivitet per ett datum, t.ex. \"Informationskampanj om källsortering\", med status,"
            + " kommentarer och flaggor (försenad)")
    public ActivityView get(@PathVariable UUID activityId,
                            @ReadAt ReadTime at) {
        return queries.one(activityId, at)
                .orElseThrow(() -> LedgerException.notFound(
                        "Aktiviteten " + activityId + " finns inte per det datumet."));
    }

    @GetMapping("/{activityId}/history")
    @Operation(summary = "En aktivitets alla versioner: varje revidering och statusändring med sin kommentar")
    public List<ActivityView> history(@PathVariable UUID activityId,
                                      @ReadAt(asOf = false) ReadTime at) {
        List<ActivityView> versions = queries.history(activityId, at);
        if (versions.isEmpty()) {
            throw LedgerException.notFound("Aktiviteten " + activityId + " finns inte.");
        }
        return versions;
    }
}
