package se.styrledger.command.valuebatch;

import se.styrledger.command.valuebatch.ValueBatch.ItemError;
import se.styrledger.platform.web.LedgerException;

import java.util.List;

/** A batch refused as a whole: nothing of it is recorded. A broken rule when one is, else invalid. */
public class BatchRefused extends LedgerException {

    private final transient List<ItemError> errors;

    public BatchRefused(List<ItemError> errors) {
        super(errors.stream().anyMatch(e -> e.rule() != null) ? Kind.RULE_BROKEN : Kind.INVALID,
                errors.stream().map(ItemError::rule).filter(r -> r != null).findFirst().orElse(null),
                "items[" + errors.get(0).index() + "]." + errors.get(0).field(),
                errors.size() + (errors.size() == 1 ? " post" : " poster") + " i batchen kan inte registreras;"
                        + " ingenting i den har registrerats. Första: post " + errors.get(0).index() + ", "
                        + errors.get(0).field() + ": " + errors.get(0).detail());
        this.errors = List.copyOf(errors);
    }

    public List<ItemError> errors() {
        return errors;
    }
}
