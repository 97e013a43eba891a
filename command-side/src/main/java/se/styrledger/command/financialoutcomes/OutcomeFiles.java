package se.styrledger.command.financialoutcomes;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import se.styrledger.command.financialoutcomes.FinancialOutcomeImport.RecordFinancialOutcomes;
import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.events.economy.FinancialOutcome;
import se.styrledger.events.economy.OutcomeSource;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** Turns the bytes of a SIE 4 or CSV file into one command recording all its utfall, for the endpoint and the task. */
@Component
@EnableConfigurationProperties(OutcomeMapping.class)
public class OutcomeFiles {

    private final OutcomeMapping mapping;
    private final UnitDirectory units;

    public OutcomeFiles(OutcomeMapping mapping, UnitDirectory units) {
        this.mapping = mapping;
        this.units = units;
    }

    public RecordFinancialOutcomes read(OutcomeSource format, String fileName, byte[] bytes) {
        List<FinancialOutcome> outcomes = format == OutcomeSource.SIE4
                ? SieFile.read(new ByteArrayInputStream(bytes), mapping)
                : CsvOutcomes.read(new ByteArrayInputStream(bytes), units);
        return new RecordFinancialOutcomes(UUID.randomUUID(), format, fileName, sha256(bytes), outcomes);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
