package se.styrledger.query.accountability;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.query.support.ProjectionProgress;
import se.styrledger.query.support.ReadTime;
import se.styrledger.query.support.YearParam;

import java.time.Clock;
import java.util.UUID;

@RestController
@Tag(name = "Ansvarsprövning (läsning)", description = "En nämnds ansvarsprövning för ett år per ett datum:"
        + " presidiet, revisorernas granskningsrapporter, bedömning och revisionsberättelse, och fullmäktiges beslut om"
        + " ansvarsfrihet. Offentliga handlingar, öppna för alla (R-32); inga konton visas (R-34).")
public class AccountabilityQueryController {

    private final AccountabilityQueries queries;
    private final AccountabilityReports reports;
    private final ProjectionProgress progress;
    private final Clock clock;

    public AccountabilityQueryController(AccountabilityQueries queries, AccountabilityReports reports,
                                         ProjectionProgress progress, Clock clock) {
        this.queries = queries;
        this.reports = reports;
        this.progress = progress;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/accountability", produces = "application/json")
    @Operation(summary = "En nämnds ansvarsprövning för ett år, per ett datum (asOf) och som känt vid en tidpunkt"
            + " (knownAt)")
    public AccountabilityView get(@Parameter(description = "Nämnden") @RequestParam UUID unitId,
                                  @Parameter(description = "Verksamhetsåret", example = "2019") @RequestParam int year,
                                  @RequestParam(required = false) String asOf,
                                  @RequestParam(required = false) String knownAt,
                                  @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        return queries.of(unitId, YearParam.checked(year), ReadTime.of(asOf, knownAt, clock)).orElseThrow(() ->
                LedgerException.notFound("Nämnden " + unitId + " finns inte per det datumet."));
    }

    @GetMapping(path = "/api/v1/audit/units/{unitId}/accountability", produces = "application/json")
    @Operation(summary = "Revisorns sammanställning av en nämnds år: åtaganden med måluppfyllelse, iakttagelser med"
            + " underlag, presidiet, revisorernas bedömning och fullmäktiges beslut om ansvarsfrihet (AUDITOR, ADMIN)")
    public AccountabilityReport report(@PathVariable UUID unitId,
                                       @Parameter(example = "2019") @RequestParam int year,
                                       @RequestParam(required = false) String asOf,
                                       @RequestParam(required = false) String knownAt,
                                       @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        return report(unitId, year, ReadTime.of(asOf, knownAt, clock));
    }

    @GetMapping(path = "/api/v1/audit/units/{unitId}/accountability.csv")
    @Operation(summary = "Samma sammanställning som CSV för Excel: UTF-8 med BOM, semikolon (AUDITOR, ADMIN)")
    public ResponseEntity<byte[]> reportCsv(@PathVariable UUID unitId, @RequestParam int year,
                                            @RequestParam(required = false) String asOf,
                                            @RequestParam(required = false) String knownAt,
                                            @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        return AccountabilityCsv.of(report(unitId, year, ReadTime.of(asOf, knownAt, clock)))
                .response("ansvarsprovning-" + year + ".csv");
    }

    /** The report for a page or a download: 404 when the nämnd does not exist on the date. */
    public AccountabilityReport report(UUID unitId, int year, ReadTime at) {
        return reports.of(unitId, YearParam.checked(year), at).orElseThrow(() ->
                LedgerException.notFound("Nämnden " + unitId + " finns inte per det datumet."));
    }
}
