package se.styrledger.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Collectors;

/**
 * Turns every failure into problem+json with Swedish text. Client mistakes never become 5xx; unexpected failures
 * become a 500 without a stack trace (it goes to the log, not to the client).
 */
@RestControllerAdvice
public class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(LedgerException.class)
    ResponseEntity<ProblemDetail> ledger(LedgerException e) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(Problems.status(e.kind())).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (e instanceof RetryLaterException retry) {
            builder.header(HttpHeaders.RETRY_AFTER, String.valueOf(retry.retryAfterSeconds()));
        }
        return builder.body(Problems.of(e));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException tooLarge) {
                return ledger(tooLarge);
            }
        }
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return problem(HttpStatus.BAD_REQUEST, "Fältet '" + path(unknown) + "' finns inte i den här begäran.",
                    path(unknown));
        }
        if (cause instanceof InvalidFormatException invalid
                && invalid.getOriginalMessage().contains(TextWithoutNul.NUL_MESSAGE)) {
            return problem(HttpStatus.BAD_REQUEST, TextWithoutNul.refusal("Fältet", path(invalid)), path(invalid));
        }
        if (cause instanceof InvalidFormatException invalid) {
            return problem(HttpStatus.BAD_REQUEST, "Fältet '" + path(invalid) + "' har fel format: '"
                    + abbreviate(String.valueOf(invalid.getValue())) + "'.", path(invalid));
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "Fältet '" + path(mismatched) + "' har fel typ.", path(mismatched));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "Fältet '" + path(mapping) + "' har ett ogiltigt värde.",
                    path(mapping));
        }
        return problem(HttpStatus.BAD_REQUEST, "Begärans innehåll är inte giltig JSON eller saknas.", null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Parametern '" + e.getName() + "' har fel format: '"
                + abbreviate(String.valueOf(e.getValue())) + "'.", e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "Parametern '" + e.getParameterName() + "' saknas.",
                e.getParameterName());
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return problem(HttpStatus.BAD_REQUEST, "Huvudet '" + e.getHeaderName() + "' saknas.", e.getHeaderName());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        String supported = e.getSupportedMediaTypes().stream().map(MediaType::toString)
                .collect(Collectors.joining(", "));
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Innehållstypen '" + e.getContentType() + "' stöds inte här; använd " + supported + ".", null);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return problem(HttpStatus.NOT_ACCEPTABLE, "Inget av de begärda svarsformaten kan levereras.", null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "Metoden " + e.getMethod() + " stöds inte för den här adressen.",
                null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Adressen finns inte: /" + abbreviate(e.getResourcePath()), null);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> aggregateNotFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Det finns inget med id " + abbreviate(String.valueOf(e.getAggregateIdentifier()))
                + " att ändra.", null);
    }

    /**
     * A command aimed at the id of another kind of thing (an effektmål's id in a vision's address): Axon finds the
     * stream but not an aggregate of the type asked for. For the client that thing does not exist here.
     */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ResponseEntity<ProblemDetail> otherKind(IncompatibleAggregateException e) {
        return problem(HttpStatus.NOT_FOUND, "Det finns inget av det slaget med det id:t att ändra.", null);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrency(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT,
                "En annan ändring av samma sak registrerades samtidigt. Läs om läget och försök igen.", null);
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> idTaken(AggregateStreamCreationException e) {
        return problem(HttpStatus.CONFLICT, "Det finns redan något registrerat med det id:t.", null);
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class, CannotCreateTransactionException.class,
            TransactionTimedOutException.class, TransactionSystemException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        log.warn("Database unavailable: {}", e.getMessage());
        // A connection lost during the commit leaves it unknown whether the command was recorded: the retry with the
        // same Idempotency-Key tells, and records nothing twice.
        return ledger(new RetryLaterException("Databasen kan inte nås just nu. Försök igen om en stund, med samma"
                + " Idempotency-Key, så registreras inget två gånger.", 5));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof LedgerException ledger) {
                return ledger(ledger);
            }
            if (t instanceof ConcurrencyException concurrency) {
                return concurrency(concurrency);
            }
            if (t instanceof CannotGetJdbcConnectionException || t instanceof java.net.ConnectException
                    || t instanceof SQLTransientConnectionException || t instanceof TransactionTimedOutException
                    || lostDatabase(t)) {
                return databaseUnavailable(e);
            }
        }
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Ett oväntat fel inträffade. Inget har registrerats. Felet är loggat.", null);
    }

    /**
     * SQLSTATE class 08 (connection exception) and 57P (the server shut down or is starting): the database went away
     * under a command, which then was not recorded. Axon wraps these in its own exceptions, hence the cause walk.
     */
    private static boolean lostDatabase(Throwable t) {
        return t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, String field) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, detail, field, null));
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** User input echoed in an answer is cut short, so a huge value never comes back whole. */
    static String abbreviate(String value) {
        return value == null ? "" : value.length() > 80 ? value.substring(0, 80) + "…" : value;
    }
}
