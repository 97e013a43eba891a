package se.styrledger.command.migration;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.command.support.CommandLookups;
import se.styrledger.command.support.LedgerMetadata;

import java.util.UUID;

/**
 * The lines migrations have recorded, by key, kept from the events' own metadata by the command side's subscribing
 * processor in the command's transaction like every lookup: a rerun finds its lines here and records them not again,
 * also in a ledger imported from an export, whose events carry the same metadata.
 */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
class MigratedLines {

    private final JdbcTemplate jdbc;

    MigratedLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> event) {
        Object key = event.getMetaData().get(LedgerMetadata.MIGRATION_KEY);
        if (key == null) {
            return;
        }
        jdbc.update("INSERT INTO cmd_migrated_line (line_key, run_id, source, line_number, aggregate_id)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (line_key) DO NOTHING", key.toString(),
                UUID.fromString(String.valueOf(event.getMetaData().get(LedgerMetadata.MIGRATION_RUN))),
                String.valueOf(event.getMetaData().get(LedgerMetadata.MIGRATION_SOURCE)),
                Long.parseLong(String.valueOf(event.getMetaData().get(LedgerMetadata.MIGRATION_LINE))),
                event.getAggregateIdentifier());
    }
}
