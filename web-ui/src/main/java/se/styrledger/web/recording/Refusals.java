package se.styrledger.web.recording;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.platform.web.Problems;

import java.util.Optional;

/**
 * A refused command, as the person at the form sees it: the API's refusal (problem+json's field, rule and Swedish
 * detail) placed next to the field it names. Refusals arrive as the same exceptions the API turns into problem+json,
 * often wrapped by Axon, hence the walk along the causes.
 */
final class Refusals {

    private Refusals() {
    }

    /** What went wrong and the HTTP status the page is answered with; empty for a failure that is not a refusal. */
    record Refusal(HttpStatus status, FieldError error, boolean keyUsed) {
    }

    static Optional<Refusal> of(RecordingForm<?> form, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LedgerException ledger) {
                boolean keyUsed = CommandExecutor.IDEMPOTENCY_KEY.equals(ledger.field());
                String message = keyUsed ? "Formuläret har redan skickats med andra uppgifter, som registrerades."
                        + " Kontrollera uppgifterna och skicka igen om du vill registrera även detta."
                        : ledger.getMessage();
                return Optional.of(new Refusal(Problems.status(ledger.kind()),
                        error(form, keyUsed ? null : ledger.field(), message, ledger.rule()), keyUsed));
            }
            if (t instanceof AggregateNotFoundException || t instanceof IncompatibleAggregateException) {
                return Optional.of(new Refusal(HttpStatus.NOT_FOUND, error(form, RecordingForm.TARGET,
                        "Det som valts finns inte i liggaren. Välj i listan.", null), false));
            }
            if (t instanceof ConcurrencyException) {
                return Optional.of(new Refusal(HttpStatus.CONFLICT, error(form, null, "En annan ändring av samma sak"
                        + " registrerades samtidigt. Kontrollera läget och skicka igen.", null), false));
            }
            if (t instanceof AggregateStreamCreationException) {
                return Optional.of(new Refusal(HttpStatus.CONFLICT, error(form, null,
                        "Det finns redan något registrerat med det id:t.", null), false));
            }
        }
        return Optional.empty();
    }

    /** An error on the field the API named, or on the nearest field of the form that answers for it. */
    static FieldError error(RecordingForm<?> form, String apiField, String message, String rule) {
        return fieldFor(form, apiField)
                .map(field -> new FieldError(field.name(), field.id(), message, rule))
                .orElseGet(() -> new FieldError(null, null, message, rule));
    }

    /**
     * The form's field for an API field name: the field itself; one that says it answers for it ("period" for the
     * period's kind, year and number); or the first field inside it ("decision" → "decision.decidedBy").
     */
    static Optional<FormField> fieldFor(RecordingForm<?> form, String apiField) {
        if (apiField == null || apiField.isBlank()) {
            return Optional.empty();
        }
        String name = apiField.replaceAll("\\[\\d*]?$", "");
        return form.field(name)
                .or(() -> form.fields().stream().filter(f -> f.alsoFor().contains(name)).findFirst())
                .or(() -> form.fields().stream().filter(f -> f.name().startsWith(name + ".")).findFirst());
    }
}
