package se.styrledger.command.kolada;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;
import se.styrledger.events.kolada.KoladaImportRecorded;

import java.util.List;

/** Records that a run of the import changed the ledger, as its own stream: what was asked for and what changed. */
@Component
public class KoladaRun {

    public record RecordKoladaImport(KoladaImportRecorded run) {
    }

    private final EventBus events;

    public KoladaRun(EventBus events) {
        this.events = events;
    }

    @CommandHandler
    public void handle(RecordKoladaImport command) {
        events.publish(List.of(new GenericDomainEventMessage<>("KoladaImportRun", command.run().runId().toString(),
                0, command.run(), CurrentUnitOfWork.get().getCorrelationData())));
    }
}
