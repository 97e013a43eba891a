package se.styrledger.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.net.URI;

/** Builds the ledger's problem+json answers, so every error has the same shape and Swedish titles. */
public final class Problems {

    private static final String TYPE_BASE = "https://styrledger.se/problem/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String detail, String field, String rule) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title(status, rule));
        problem.setType(URI.create(TYPE_BASE + (rule != null ? rule : String.valueOf(status.value()))));
        if (field != null) {
            problem.setProperty("field", field);
        }
        if (rule != null) {
            problem.setProperty("rule", rule);
        }
        return problem;
    }

    public static ProblemDetail of(LedgerException e) {
        return of(status(e.kind()), e.getMessage(), e.field(), e.rule());
    }

    /** The one place a kind of refusal becomes an HTTP status (ADR 0130). */
    public static HttpStatus status(LedgerException.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case RULE_BROKEN, KEY_REUSED -> HttpStatus.UNPROCESSABLE_ENTITY;
            case NOT_PERMITTED -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case BUSY -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    /** For answers written outside Spring MVC: security refusals and oversized bodies. */
    public static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    static String title(HttpStatus status, String rule) {
        if (rule != null) {
            // A refused recording right is about the recorder, not about the decision being recorded.
            return status == HttpStatus.FORBIDDEN ? "Behörighet saknas enligt regel " + rule
                    : "Beslutet bryter mot regel " + rule;
        }
        return switch (status) {
            case BAD_REQUEST -> "Ogiltig begäran";
            case UNAUTHORIZED -> "Inloggning krävs";
            case FORBIDDEN -> "Behörighet saknas";
            case NOT_FOUND -> "Finns inte";
            case METHOD_NOT_ALLOWED -> "Metoden stöds inte";
            case NOT_ACCEPTABLE -> "Svarsformatet stöds inte";
            case CONFLICT -> "Konflikt med en samtidig ändring";
            case PAYLOAD_TOO_LARGE -> "Begäran är för stor";
            case UNSUPPORTED_MEDIA_TYPE -> "Innehållstypen stöds inte";
            case UNPROCESSABLE_ENTITY -> "Begäran kan inte genomföras";
            case TOO_MANY_REQUESTS -> "För många samtidiga förfrågningar";
            case SERVICE_UNAVAILABLE -> "Tjänsten är inte tillgänglig just nu";
            default -> status.is5xxServerError() ? "Internt fel" : "Begäran kan inte genomföras";
        };
    }
}
