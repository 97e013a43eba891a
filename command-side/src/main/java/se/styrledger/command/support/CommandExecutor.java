package se.styrledger.command.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.styrledger.platform.eventstore.EventStoreProperties;
import se.styrledger.platform.web.CorrelationIdFilter;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.platform.eventstore.AxonTables;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sends one command in one database transaction: the Idempotency-Key claim, the events, the command side's lookups
 * and the stored answer commit together or not at all. A failed command therefore leaves nothing behind, and a
 * retried key finds the first answer. The transaction has a deadline (styrledger.event-store.write-timeout-millis): one
 * that runs past it is rolled back, never committed, so an event cannot appear later than the projections wait for
 * a gap in the stream.
 */
@Component
public class CommandExecutor {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern WELL_FORMED_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final CommandGateway commandGateway;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final RecordingRights rights;
    private final TransactionTemplate nested;
    private final AxonTables axonTables;

    public CommandExecutor(CommandGateway commandGateway, JdbcTemplate jdbc,
                           PlatformTransactionManager transactionManager, ObjectMapper json,
                           EventStoreProperties eventStore, RecordingRights rights, AxonTables axonTables) {
        this.commandGateway = commandGateway;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setTimeout(eventStore.writeTimeoutSeconds());
        this.json = json;
        this.rights = rights;
        this.nested = new TransactionTemplate(transactionManager);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.axonTables = axonTables;
    }

    /**
     * Records a command that creates something: 201 Created. {@code body} is the request as the client sent it; a
     * retry is recognised by it, since the command may hold an id generated for this attempt.
     */
    public ResponseEntity<CommandResult> create(HttpServletRequest request, Object body, RecordsForUnits command,
                                                UUID id) {
        return execute(request, body, command, id, HttpStatus.CREATED);
    }

    /** Records a command that changes something that exists: 200 OK. */
    public ResponseEntity<CommandResult> change(HttpServletRequest request, Object body, RecordsForUnits command,
                                                UUID id) {
        return execute(request, body, command, id, HttpStatus.OK);
    }

    private ResponseEntity<CommandResult> execute(HttpServletRequest request, Object body, RecordsForUnits command,
                                                  UUID id, HttpStatus status) {
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key != null && !WELL_FORMED_KEY.matcher(key).matches()) {
            throw LedgerException.invalid(IDEMPOTENCY_KEY,
                    "Idempotency-Key ska vara 1–200 synliga ASCII-tecken utan blanksteg.");
        }
        DecisionLinks.requireValidIn(command);
        // Only a keyed request is ever compared with an earlier one; hashing every body cost CPU on every command.
        String fingerprint = key == null ? null : fingerprint(request, body);
        String account = recordedBy();
        return transaction.execute(tx -> {
            WriteOrder.enterAsWriter(jdbc);
            // Checked inside the transaction, before a replayed answer is given: a revocation committed before this
            // command started counts, and nobody learns another recorder's answer without a right of their own.
            Authentication recorder = SecurityContextHolder.getContext().getAuthentication();
            List<UUID> grants = rights.authorise(recorder, command);
            if (key != null) {
                ResponseEntity<CommandResult> earlier = claim(account, key, fingerprint);
                if (earlier != null) {
                    return earlier;
                }
            }
            String commandId = UUID.randomUUID().toString();
            CommandResult result = send(command, id, commandId, metadata(request, account, commandId, grants));
            if (key != null) {
                jdbc.update("UPDATE idempotency_key SET status = ?, resource_id = ?, position = ?"
                        + " WHERE account = ? AND key = ?", status.value(), id, result.position(), account, key);
            }
            return ResponseEntity.status(status).body(result);
        });
    }

    /**
     * Records a command for an operator's task, which has no HTTP request: the same transaction, deadline, lookups
     * and metadata as a request's command, recorded by {@code recordedBy}.
     */
    public CommandResult recordAs(String recordedBy, String correlationId, Object command, UUID id) {
        return transaction.execute(tx -> {
            WriteOrder.enterAsWriter(jdbc);
            String commandId = UUID.randomUUID().toString();
            return send(command, id, commandId, Map.of(LedgerMetadata.RECORDED_BY, recordedBy,
                    LedgerMetadata.COMMAND_ID, commandId, LedgerMetadata.CORRELATION_ID, correlationId));
        });
    }

    /**
     * Records one command of a migration inside the migration's own transaction, which holds the whole order of writers
     * (ADR 0160), in a savepoint: a refused command leaves nothing behind and the migration goes on to check its next
     * line. The recorder's recording rights are checked as for a request's command when there is a recorder (the
     * API); an operator's task has none, as for {@link #recordAs}. {@code provenance} is added to the metadata.
     */
    public CommandResult recordMigrated(Authentication recorder, String recordedBy, String correlationId,
                                        RecordsForUnits command, UUID id, Map<String, String> provenance) {
        return nested.execute(tx -> {
            List<UUID> grants = recorder == null ? List.of() : rights.authorise(recorder, command);
            String commandId = UUID.randomUUID().toString();
            Map<String, String> metadata = new HashMap<>(provenance);
            metadata.put(LedgerMetadata.RECORDED_BY, recordedBy);
            metadata.put(LedgerMetadata.COMMAND_ID, commandId);
            metadata.put(LedgerMetadata.CORRELATION_ID, correlationId);
            metadata.put(LedgerMetadata.RECORDING_RIGHT, grants.stream().map(UUID::toString).sorted()
                    .collect(Collectors.joining(",")));
            return send(command, id, commandId, metadata);
        });
    }

    /** Sends the command in the caller's transaction; the position is that of the last event of aggregate {@code id}. */
    private CommandResult send(Object command, UUID id, String commandId, Map<String, String> metadata) {
        commandGateway.sendAndWait(new GenericCommandMessage<>(new GenericMessage<>(commandId, command, metadata),
                command.getClass().getName()));
        return new CommandResult(id, axonTables.lastPositionOf(id.toString()).orElse(0L));
    }

    /**
     * Claims the account's key, or returns the answer it already has. A concurrent request with the same key waits
     * here on the unique index until the first one commits or rolls back. Keys are per account: another account's
     * request never sees this one's answer, nor learns that the key was used (review finding 7).
     */
    private ResponseEntity<CommandResult> claim(String account, String key, String fingerprint) {
        int claimed = jdbc.update("INSERT INTO idempotency_key (account, key, fingerprint) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", account, key, fingerprint);
        if (claimed == 1) {
            return null;
        }
        List<ResponseEntity<CommandResult>> earlier = jdbc.query(
                "SELECT fingerprint, status, resource_id, position FROM idempotency_key WHERE account = ? AND key = ?",
                (rs, row) -> {
                    if (!rs.getString("fingerprint").equals(fingerprint)) {
                        throw new LedgerException(LedgerException.Kind.KEY_REUSED, null, IDEMPOTENCY_KEY,
                                "Idempotency-Key har redan använts för en annan begäran.");
                    }
                    return ResponseEntity.status(rs.getInt("status")).header("Idempotent-Replayed", "true")
                            .body(new CommandResult(rs.getObject("resource_id", UUID.class), rs.getLong("position")));
                }, account, key);
        return earlier.get(0);
    }

    private static String recordedBy() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null ? user.getName() : "anonymous";
    }

    private static Map<String, String> metadata(HttpServletRequest request, String account, String commandId,
                                                List<UUID> grants) {
        return Map.of(
                LedgerMetadata.RECORDED_BY, account,
                LedgerMetadata.COMMAND_ID, commandId,
                LedgerMetadata.CORRELATION_ID, CorrelationIdFilter.of(request),
                LedgerMetadata.RECORDING_RIGHT, grants.stream().map(UUID::toString).sorted()
                        .collect(Collectors.joining(",")));
    }

    private String fingerprint(HttpServletRequest request, Object body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(json.writeValueAsBytes(body));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
