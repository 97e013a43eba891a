package se.styrledger.command.migration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.platform.web.Problems;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/admin/migrations?source=…[&dryRun=true]}: a kommun's history from its earlier tool, as JSON Lines
 * or CSV (docs/migrering.md), recorded all or nothing by the administrator, whose recording rights are checked line by
 * line as for any command. Files larger than a request takes go through the task {@code migrate}.
 */
@RestController
@Tag(name = "Migrering (drift)", description = "Flytta in en kommuns historik från ett tidigare verktyg (ADMIN)")
public class MigrationController {

    static final String JSON_LINES = "application/jsonl";
    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    private static final int MAX_SOURCE = 200;

    private final Migration migration;

    public MigrationController(Migration migration) {
        this.migration = migration;
    }

    @PostMapping(path = "/api/v1/admin/migrations", consumes = {JSON_LINES, NDJSON, CSV},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Migrera historik ur en fil (JSON Lines eller CSV): allt eller inget. Med dryRun=true visas"
            + " vad som skulle registreras utan att något registreras. En rad som redan registrerats hoppas över.")
    @ApiResponse(responseCode = "201", description = "Historiken registrerad: varje rad med sitt utfall",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "Inget nytt registrerat: en provkörning (dryRun) eller en fil vars"
            + " rader redan registrerats", useReturnTypeSchema = true)
    public ResponseEntity<Migration.Result> migrate(
            @Parameter(description = "Varifrån historiken kommer, t.ex. \"Stratsys-export 2025-11-30\"")
            @RequestParam String source,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        String label = source.strip();
        if (label.isEmpty() || label.length() > MAX_SOURCE || label.indexOf('\0') >= 0) {
            throw LedgerException.invalid("source", "source ska vara 1–" + MAX_SOURCE + " tecken: varifrån historiken"
                    + " kommer.");
        }
        if (body == null || body.length == 0) {
            throw LedgerException.invalid("file", "Filen är tom.");
        }
        MigrationFile.Format format = request.getContentType() != null
                && MediaType.parseMediaType(request.getContentType()).isCompatibleWith(MediaType.parseMediaType(CSV))
                ? MigrationFile.Format.CSV : MigrationFile.Format.JSON_LINES;
        Authentication recorder = SecurityContextHolder.getContext().getAuthentication();
        Migration.Result result = migration.run(new Migration.Run(label, dryRun, recorder, recorder.getName()),
                List.of(new Migration.SourceFile("", format, new BufferedReader(new StringReader(utf8(body))))));
        if (result.refusedAny()) {
            throw new Refused(result);
        }
        return ResponseEntity.status(result.recorded() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(result);
    }

    /** A run with refused lines: nothing of it was recorded. */
    static final class Refused extends RuntimeException {

        private final transient Migration.Result result;

        Refused(Migration.Result result) {
            super(result.refused() + " refused lines", null, false, false);
            this.result = result;
        }
    }

    /** Every refused line with its line number, field and rule, beside the usual problem fields; nothing recorded. */
    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(Refused refused) {
        Migration.Result result = refused.result;
        Migration.Refusal first = result.refusals().get(0);
        boolean rule = result.refusals().stream().anyMatch(r -> r.rule() != null);
        HttpStatus status = rule ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = Problems.of(status, result.refused() + (result.refused() == 1 ? " rad" : " rader")
                        + " kan inte registreras; ingenting ur filen har registrerats. Första: rad " + first.line()
                        + (first.field() == null || first.field().isEmpty() ? "" : ", " + first.field()) + ": "
                        + first.detail(), first.field(),
                result.refusals().stream().map(Migration.Refusal::rule).filter(r -> r != null).findFirst().orElse(null));
        problem.setProperty("runId", result.runId());
        problem.setProperty("dryRun", result.dryRun());
        problem.setProperty("refused", result.refused());
        problem.setProperty("errors", result.refusals().stream().map(refusal -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("line", refusal.line());
            if (refusal.command() != null) {
                entry.put("command", refusal.command());
            }
            entry.put("field", refusal.field() == null ? "" : refusal.field());
            if (refusal.rule() != null) {
                entry.put("rule", refusal.rule());
            }
            entry.put("detail", refusal.detail());
            return entry;
        }).toList());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw LedgerException.invalid("file", "Filen ska vara kodad i UTF-8.");
        }
    }
}
