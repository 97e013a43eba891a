package se.styrledger.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.query.support.ProjectionProgress;

import java.util.List;
import java.util.UUID;

/** The migrations a revisor can see: which runs recorded what, from which source and line, and when (AUDITOR, ADMIN). */
@RestController
@Tag(name = "Ansvarsutkrävande (revision)")
public class MigrationAuditController {

    private static final int MAX_LIMIT = 10_000;

    private final MigrationRuns runs;
    private final ProjectionProgress progress;

    public MigrationAuditController(MigrationRuns runs, ProjectionProgress progress) {
        this.runs = runs;
        this.progress = progress;
    }

    /** A run and a page of its events. */
    public record RunEvents(MigrationRuns.Run run, List<MigrationRuns.MigratedEvent> events) {
    }

    @GetMapping(path = "/api/v1/audit/migrations", produces = "application/json")
    @Operation(summary = "Migreringar: vilka körningar som förde in historik, ur vilken källa, av vem och när")
    public List<MigrationRuns.Run> list(@RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        return runs.runs();
    }

    @GetMapping(path = "/api/v1/audit/migrations/{runId}", produces = "application/json")
    @Operation(summary = "En migrerings händelser i ordning, var och en med källa och rad (högst limit efter"
            + " afterPosition)")
    public RunEvents run(@PathVariable UUID runId, @RequestParam(defaultValue = "0") long afterPosition,
                         @RequestParam(defaultValue = "1000") int limit,
                         @RequestParam(required = false) Long minPosition) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw LedgerException.invalid("limit", "limit ska vara mellan 1 och " + MAX_LIMIT + ".");
        }
        progress.await(minPosition);
        MigrationRuns.Run run = runs.run(runId).orElseThrow(() -> LedgerException.notFound(
                "Ingen migrering med id " + runId + " har registrerat något."));
        return new RunEvents(run, runs.events(runId, afterPosition, limit));
    }
}
