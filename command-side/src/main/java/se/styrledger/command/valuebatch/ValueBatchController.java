package se.styrledger.command.valuebatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.command.support.CommandResult;
import se.styrledger.command.valuebatch.ValueBatch.Correct;
import se.styrledger.command.valuebatch.ValueBatch.ItemError;
import se.styrledger.command.valuebatch.ValueBatch.RecordValueBatch;
import se.styrledger.command.valuebatch.ValueBatch.Report;
import se.styrledger.command.valuebatch.ValueBatch.ValueChange;
import se.styrledger.events.followup.GenderSplit;
import se.styrledger.events.indicators.Period;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.platform.web.Problems;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Many utfall in one request, recorded all or nothing in one transaction: a JSON array, or JSON Lines (one item per
 * line). An item with {@code supersedesValueId} and {@code reason} is a correction (R-23). A refusal lists every
 * item at fault with its index, field and rule.
 */
@RestController
@Tag(name = "Uppföljning: utfall (kommando)")
public class ValueBatchController {

    public static final int MAX_ITEMS = 1_000;
    private static final String JSON_LINES = "application/jsonl";
    private static final String NDJSON = "application/x-ndjson";

    private final CommandExecutor commands;
    private final ObjectReader itemReader;
    private final ObjectReader arrayReader;

    public ValueBatchController(CommandExecutor commands, ObjectMapper json) {
        this.commands = commands;
        this.itemReader = json.readerFor(BatchItem.class);
        this.arrayReader = json.readerForListOf(BatchItem.class);
    }

    public record BatchItem(UUID valueId, UUID indicatorId, UUID unitId, Period period, BigDecimal value,
                            GenderSplit genderSplit, String source, UUID supersedesValueId, String reason) {
    }

    public record BatchResult(int count, long position, List<UUID> valueIds) {
    }

    @PostMapping(path = "/api/v1/indicator-values/batch", consumes = {MediaType.APPLICATION_JSON_VALUE, JSON_LINES,
            NDJSON}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rapportera och korrigera många utfall i en begäran (JSON-array eller JSON Lines, högst "
            + MAX_ITEMS + " poster): allt eller inget")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<BatchResult> record(@RequestBody byte[] body, HttpServletRequest request) {
        List<BatchItem> items = parse(body, request.getContentType());
        if (items.isEmpty()) {
            throw LedgerException.invalid("items", "Batchen är tom.");
        }
        if (items.size() > MAX_ITEMS) {
            throw LedgerException.invalid("items", "En batch får ha högst " + MAX_ITEMS + " poster; dela upp den.");
        }
        String key = request.getHeader(CommandExecutor.IDEMPOTENCY_KEY);
        List<ValueChange> changes = new ArrayList<>(items.size());
        List<UUID> ids = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            BatchItem item = items.get(i);
            if (item == null) {
                throw new BatchRefused(List.of(new ItemError(i, "", null, "Posten saknas.")));
            }
            // A retry with the same key must name the same values, so ids the client left out come from the key.
            UUID id = item.valueId() != null ? item.valueId() : key == null ? UUID.randomUUID()
                    : UUID.nameUUIDFromBytes((key + "#" + i).getBytes(StandardCharsets.UTF_8));
            ids.add(id);
            changes.add(item.supersedesValueId() == null && item.reason() == null
                    ? new Report(id, item.indicatorId(), item.unitId(), item.period(), item.value(),
                    item.genderSplit(), item.source())
                    : new Correct(id, item.supersedesValueId(), item.value(), item.genderSplit(), item.source(),
                    item.reason()));
        }
        ResponseEntity<CommandResult> recorded;
        try {
            recorded = commands.create(request, items, new RecordValueBatch(changes), ids.get(ids.size() - 1));
        } catch (RuntimeException e) {
            throw unwrap(e);
        }
        return ResponseEntity.status(recorded.getStatusCode()).headers(recorded.getHeaders())
                .body(new BatchResult(items.size(), recorded.getBody().position(), ids));
    }

    /** Every item at fault, with index, field and rule, beside the usual problem fields. */
    @ExceptionHandler(BatchRefused.class)
    ResponseEntity<ProblemDetail> refused(BatchRefused e) {
        ProblemDetail problem = Problems.of(e);
        problem.setProperty("errors", e.errors().stream().map(error -> {
            Map<String, Object> entry = new java.util.LinkedHashMap<>();
            entry.put("index", error.index());
            entry.put("field", error.field());
            if (error.rule() != null) {
                entry.put("rule", error.rule());
            }
            entry.put("detail", error.detail());
            return entry;
        }).toList());
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private List<BatchItem> parse(byte[] body, String contentType) {
        boolean lines = contentType != null && (contentType.startsWith(JSON_LINES) || contentType.startsWith(NDJSON));
        if (!lines) {
            try {
                List<BatchItem> items = arrayReader.readValue(body);
                return items == null ? List.of() : items;
            } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
                if (e.getPath().size() > 1) {
                    throw new BatchRefused(List.of(new ItemError(e.getPath().get(0).getIndex(),
                            e.getPath().get(1).getFieldName(), null, "Posten är inte giltig: " + shortMessage(e))));
                }
                throw LedgerException.invalid("items", "Kroppen ska vara en JSON-array av poster: " + shortMessage(e));
            } catch (java.io.IOException e) {
                throw LedgerException.invalid("items", "Kroppen ska vara en JSON-array av poster: "
                        + shortMessage(e));
            }
        }
        List<BatchItem> items = new ArrayList<>();
        List<ItemError> errors = new ArrayList<>();
        String[] text = new String(body, StandardCharsets.UTF_8).split("\n");
        for (String line : text) {
            if (line.isBlank()) {
                continue;
            }
            try {
                items.add(itemReader.readValue(line));
            } catch (JsonProcessingException e) {
                String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                        && !mapping.getPath().isEmpty() ? mapping.getPath().get(0).getFieldName() : "";
                errors.add(new ItemError(items.size() + errors.size(), field == null ? "" : field, null,
                        "Raden är inte en giltig post: " + shortMessage(e)));
                if (errors.size() >= 100) {
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new BatchRefused(errors);
        }
        return items;
    }

    private static String shortMessage(Exception e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        return message == null ? "" : message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    private static RuntimeException unwrap(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BatchRefused refused) {
                return refused;
            }
        }
        return e;
    }
}
