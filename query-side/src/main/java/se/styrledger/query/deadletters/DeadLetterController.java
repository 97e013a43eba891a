package se.styrledger.query.deadletters;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.platform.web.IdempotentOperations;
import se.styrledger.platform.web.LedgerException;

import java.util.List;

@RestController
@RequestMapping(path = "/api/v1/admin/dead-letters", produces = "application/json")
@Tag(name = "Drift: döda brev", description = "Händelser som en läsmodell inte kunde behandla. De ligger kvar i"
        + " händelseloggen; läsmodellen har parkerat dem och fortsatt med resten. Kräver rollen ADMIN.")
public class DeadLetterController {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterController.class);

    private final DeadLetters deadLetters;
    private final EventProcessingConfiguration processing;
    private final IdempotentOperations once;

    public DeadLetterController(DeadLetters deadLetters, EventProcessingConfiguration processing,
                                IdempotentOperations once) {
        this.deadLetters = deadLetters;
        this.processing = processing;
        this.once = once;
    }

    /** What a retry did: sequences that now went through, and letters still parked in the group. */
    public record RetryResult(String processingGroup, int sequencesProcessed, long lettersRemaining) {
    }

    @GetMapping
    @Operation(summary = "Lista parkerade händelser (döda brev) för alla läsmodeller, äldst först")
    public List<DeadLetters.DeadLetterView> list() {
        return deadLetters.all();
    }

    @PostMapping("/{processingGroup}/retry")
    @Operation(summary = "Försök behandla en läsmodells parkerade händelser igen, t.ex. efter en rättning")
    public ResponseEntity<RetryResult> retry(@PathVariable String processingGroup, HttpServletRequest request) {
        return once.once(request, RetryResult.class, () -> ResponseEntity.ok(retry(processingGroup)));
    }

    private RetryResult retry(String processingGroup) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing
                .sequencedDeadLetterProcessor(processingGroup)
                .orElseThrow(() -> LedgerException.notFound("Läsmodellen '" + processingGroup + "' finns inte"
                        + " eller har ingen kö för döda brev."));
        // Each attempt takes the sequence touched longest ago; one that fails again goes to the back of the queue,
        // so as many attempts as there are sequences try each of them once.
        long sequences = deadLetters.sequences(processingGroup);
        int processed = 0;
        for (long attempt = 0; attempt < sequences; attempt++) {
            if (processor.processAny()) {
                processed++;
            }
        }
        RetryResult result = new RetryResult(processingGroup, processed, deadLetters.count(processingGroup));
        log.info("Dead letters of projection {} retried: {} of {} sequences went through, {} letters remain parked",
                processingGroup, processed, sequences, result.lettersRemaining());
        return result;
    }
}
