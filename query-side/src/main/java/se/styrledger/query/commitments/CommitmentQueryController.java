package se.styrledger.query.commitments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.query.support.ReadAt;
import se.styrledger.query.support.ReadTime;
import se.styrledger.query.support.YearParam;

import java.util.UUID;

@RestController
@Tag(name = "Åtaganden (läsning)", description = "En nämnds eller ett bolags åtaganden mot kommunfullmäktige för ett"
        + " år: verksamhetsplan, effektmål, aktiviteter och indikatorer med målvärden. Öppen för alla.")
public class CommitmentQueryController {

    private final Commitments commitments;

    public CommitmentQueryController(Commitments commitments) {
        this.commitments = commitments;
    }

    @GetMapping(path = "/api/v1/units/{unitId}/commitments", produces = "application/json")
    @Operation(summary = "En nämnds åtaganden för ett år, t.ex. miljö- och byggnämndens effektmål 2024 \"Kommuninvånarna"
            + " får mindre nedskräpning och ökad materialåtervinning\" med verksamhetsplan, aktiviteter och indikatorer")
    public CommitmentsView commitments(
            @PathVariable UUID unitId,
            @Parameter(description = "Verksamhetsår; standard är året för asOf", example = "2024")
            @RequestParam(required = false) Integer year,
            @ReadAt ReadTime at) {
        int forYear = year == null ? at.asOf().getYear() : YearParam.checked(year);
        return commitments.of(unitId, forYear, at).orElseThrow(() ->
                LedgerException.notFound("Enheten " + unitId + " finns inte per det datumet."));
    }
}
