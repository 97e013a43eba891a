package se.styrledger.query.flags;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.query.support.ReadAt;
import se.styrledger.query.support.ReadTime;
import se.styrledger.query.support.YearParam;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/flags", produces = "application/json")
@Tag(name = "Flaggor (läsning)", description = "Det som behöver uppmärksammas i den röda tråden, aldrig dolt:"
        + " effektmål vars inriktningsmål alla är upphävda, effektmål utan indikator och försenade aktiviteter."
        + " Öppen för alla.")
public class FlagQueryController {

    private final Flags flags;

    public FlagQueryController(Flags flags) {
        this.flags = flags;
    }

    @GetMapping
    @Operation(summary = "Flaggorna per ett datum, t.ex. \"Effektmålet saknar indikator\" eller \"Aktiviteten är"
            + " försenad\" (förfallodatum passerat per asOf och varken genomförd eller inställd)")
    public List<FlagView> list(
            @Parameter(description = "Bara denna nämnds eller detta bolags effektmål och aktiviteter")
            @RequestParam(required = false) UUID unitId,
            @Parameter(description = "Verksamhetsår", example = "2024") @RequestParam(required = false) Integer year,
            @ReadAt ReadTime at) {
        return flags.find(at, Flags.Scope.of(unitId, YearParam.checked(year)));
    }
}
