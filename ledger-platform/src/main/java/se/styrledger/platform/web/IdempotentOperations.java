package se.styrledger.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The Idempotency-Key of an operator's command that records no event (start a rebuild or a Kolada import, retry dead
 * letters): a repeated request with the same key gets the first answer and starts nothing again. Unlike a ledger
 * command (CommandExecutor) the work is not one database transaction, so the key is claimed first, the answer stored
 * after, and the claim given back if the work fails, so that a retry can do it.
 */
@Component
public class IdempotentOperations {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern WELL_FORMED_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public IdempotentOperations(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Runs {@code operation} unless this account's key already has an answer, which is then given again. */
    public <T> ResponseEntity<T> once(HttpServletRequest request, Class<T> answerType,
                                      Supplier<ResponseEntity<T>> operation) {
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key == null) {
            return operation.get();
        }
        if (!WELL_FORMED_KEY.matcher(key).matches()) {
            throw LedgerException.invalid(IDEMPOTENCY_KEY,
                    "Idempotency-Key ska vara 1–200 synliga ASCII-tecken utan blanksteg.");
        }
        String account = account();
        String fingerprint = fingerprint(request);
        int claimed = jdbc.update("INSERT INTO idempotency_key (account, key, fingerprint) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", account, key, fingerprint);
        if (claimed == 0) {
            return earlier(account, key, fingerprint, answerType);
        }
        ResponseEntity<T> answer;
        try {
            answer = operation.get();
        } catch (RuntimeException e) {
            jdbc.update("DELETE FROM idempotency_key WHERE account = ? AND key = ?", account, key);
            throw e;
        }
        jdbc.update("UPDATE idempotency_key SET status = ?, answer = ? WHERE account = ? AND key = ?",
                answer.getStatusCode().value(), write(answer.getBody()), account, key);
        return answer;
    }

    private <T> ResponseEntity<T> earlier(String account, String key, String fingerprint, Class<T> answerType) {
        List<ResponseEntity<T>> earlier = jdbc.query(
                "SELECT fingerprint, status, answer FROM idempotency_key WHERE account = ? AND key = ?",
                (rs, row) -> {
                    if (!rs.getString("fingerprint").equals(fingerprint)) {
                        throw new LedgerException(LedgerException.Kind.KEY_REUSED, null, IDEMPOTENCY_KEY,
                                "Idempotency-Key har redan använts för en annan begäran.");
                    }
                    if (rs.getObject("status") == null || rs.getString("answer") == null) {
                        throw LedgerException.conflict("En begäran med samma Idempotency-Key pågår. Försök igen"
                                + " om en stund.");
                    }
                    return ResponseEntity.status(rs.getInt("status")).header("Idempotent-Replayed", "true")
                            .body(read(rs.getString("answer"), answerType));
                }, account, key);
        if (earlier.isEmpty()) {
            // The first request failed and gave its claim back between our insert and this read.
            throw LedgerException.conflict("En begäran med samma Idempotency-Key avbröts just. Försök igen.");
        }
        return earlier.get(0);
    }

    private static String account() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null ? user.getName() : "anonymous";
    }

    /** The method, address and query: an operator's command has no body. */
    private static String fingerprint(HttpServletRequest request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " " + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String answer, Class<T> type) {
        try {
            return json.readValue(answer, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
