package se.styrledger.command.financialoutcomes;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.events.economy.FinancialOutcome;
import se.styrledger.events.indicators.Period;
import se.styrledger.events.indicators.PeriodKind;
import se.styrledger.platform.web.LedgerException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads utfall from the ledger's CSV layout (UTF-8, semicolons, a header {@code enhet;period;belopp}): the nämnd's
 * id, the period as {@code 2025-03} (month), {@code 2025-T1} (tertial) or {@code 2025} (year), and the
 * accumulated net cost with a decimal comma or point. A bad line refuses the whole file, naming its line.
 */
public final class CsvOutcomes {

    static final List<String> HEADER = List.of("enhet", "period", "belopp");

    private static final Logger log = LoggerFactory.getLogger(CsvOutcomes.class);
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(T?)(\\d{1,2}))?");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader()
            .setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

    private CsvOutcomes() {
    }

    public static List<FinancialOutcome> read(InputStream in, UnitDirectory units) {
        List<FinancialOutcome> outcomes = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), FORMAT)) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(name -> name.replace("\uFEFF", "").strip().toLowerCase()).toList();
            if (!header.equals(HEADER)) {
                throw OutcomeFileRefused.at(1, "rubrikraden ska vara ”enhet;period;belopp”.");
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.size() != HEADER.size()) {
                    throw OutcomeFileRefused.at(line, "raden ska ha tre fält: enhet;period;belopp.");
                }
                outcomes.add(new FinancialOutcome(unit(record.get(0), line, units), period(record.get(1), line),
                        amount(record.get(2), line)));
                if (outcomes.size() % 100_000 == 0) {
                    log.info("CSV-import: {} rader lästa", outcomes.size());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            throw LedgerException.invalid("file", "Filen kunde inte läsas som CSV: " + e.getCause().getMessage()
                    + " Inget ur filen registrerades.");
        }
        if (outcomes.isEmpty()) {
            throw OutcomeFileRefused.at(1, "filen har inga utfall.");
        }
        return outcomes;
    }

    private static UUID unit(String text, long line, UnitDirectory units) {
        UUID id;
        try {
            id = UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw OutcomeFileRefused.at(line, "enheten ”" + text + "” är inget id.");
        }
        if (units.find(id).isEmpty()) {
            throw OutcomeFileRefused.at(line, "enheten " + id + " finns inte i organisationen.");
        }
        return id;
    }

    private static Period period(String text, long line) {
        Matcher m = PERIOD.matcher(text);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            Period period = m.group(3) == null ? new Period(PeriodKind.YEAR, year, 1)
                    : new Period(m.group(2).isEmpty() ? PeriodKind.MONTH : PeriodKind.TERTIAL, year,
                    Integer.parseInt(m.group(3)));
            if (period.wellFormed()) {
                return period;
            }
        }
        throw OutcomeFileRefused.at(line, "perioden ”" + text + "” ska skrivas 2025-03, 2025-T1 eller 2025.");
    }

    private static BigDecimal amount(String text, long line) {
        String plain = text.replace(" ", "").replace("\u00A0", "").replace(',', '.');
        if (!plain.matches("-?[0-9]+(\\.[0-9]{1,2})?")) {
            throw OutcomeFileRefused.at(line, "beloppet ”" + text + "” ska skrivas som 1234,50.");
        }
        return new BigDecimal(plain);
    }
}
