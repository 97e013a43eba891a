package se.styrledger.command.kolada;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.styrledger.command.indicators.Indicator.DefineIndicator;
import se.styrledger.command.kolada.KoladaClient.Figure;
import se.styrledger.command.kolada.KoladaClient.KoladaException;
import se.styrledger.command.kolada.KoladaClient.Kpi;
import se.styrledger.command.kolada.KoladaRun.RecordKoladaImport;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.command.valuebatch.ValueBatch.Correct;
import se.styrledger.command.valuebatch.ValueBatch.RecordReference;
import se.styrledger.command.valuebatch.ValueBatch.RecordValueBatch;
import se.styrledger.command.valuebatch.ValueBatch.Report;
import se.styrledger.command.valuebatch.ValueBatch.ValueChange;
import se.styrledger.command.valuebatch.ValueBatch.Withdraw;
import se.styrledger.command.valuebatch.ValueBatch.WithdrawReference;
import se.styrledger.events.followup.GenderSplit;
import se.styrledger.events.indicators.IndicatorDirection;
import se.styrledger.events.indicators.IndicatorSource;
import se.styrledger.events.indicators.Period;
import se.styrledger.events.indicators.PeriodKind;
import se.styrledger.events.kolada.KoladaImportRecorded;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Imports the configured KPIs for the kommun and its comparison set. First everything is read from Kolada and
 * checked, so a bad answer stops the run before anything is recorded; then each KPI's indicator is defined if the
 * ledger has none, and the figures are compared with what the ledger holds: a new figure is reported, a changed one
 * corrected with the reason "Kolada reviderade värdet", a deleted one withdrawn, an unchanged or "Missing"
 * one left alone. The changes are recorded in batches, one transaction each, through the command path; a rerun
 * finds nothing changed and records nothing.
 */
@Component
public class KoladaImport {

    public static final String REVISED = "Kolada reviderade värdet";
    public static final String DELETED = "Kolada tog bort värdet";
    private static final Logger log = LoggerFactory.getLogger(KoladaImport.class);

    /** What a run did. */
    public record Outcome(UUID runId, long values, long reported, long corrected, long withdrawn, long references,
                          long missing, boolean recorded) {
    }

    /** One KPI's figures as read: by kommun and year, T/K/M together. */
    private record Series(Kpi kpi, IndicatorDirection direction, Map<String, Map<Integer, Year>> figures) {
    }

    private static final class Year {
        BigDecimal total;
        BigDecimal women;
        BigDecimal men;
        boolean deleted;
        boolean missing;
    }

    private final KoladaProperties properties;
    private final CommandExecutor commands;
    private final JdbcKoladaDirectory directory;
    private final KoladaProgress progress;
    private final ObjectMapper json;

    public KoladaImport(KoladaProperties properties, CommandExecutor commands, JdbcKoladaDirectory directory,
                        KoladaProgress progress, ObjectMapper json) {
        this.properties = properties;
        this.commands = commands;
        this.directory = directory;
        this.progress = progress;
        this.json = json;
    }

    public KoladaProgress progress() {
        return progress;
    }

    /** Runs the import once; {@code fromDate} null reads every figure, else only those changed since. */
    public Outcome run(LocalDate fromDate) {
        return run(properties, fromDate);
    }

    /** Runs the import once with these settings instead of the configured ones. */
    public Outcome run(KoladaProperties properties, LocalDate fromDate) {
        if (!properties.configured()) {
            throw new KoladaException("Kolada är inte konfigurerat: ange styrledger.kolada.base-url (t.ex."
                    + " https://api.kolada.se/v3/). Utan den kontaktar ledgern ingen extern värd.");
        }
        if (properties.municipalityId() == null || properties.unitId() == null || properties.kpis().isEmpty()) {
            throw new KoladaException("Ange styrledger.kolada.municipality-id, styrledger.kolada.unit-id och"
                    + " styrledger.kolada.kpis.");
        }
        if (!progress.start()) {
            throw new KoladaException("En Kolada-import pågår redan.");
        }
        try {
            Outcome outcome = runStarted(properties, fromDate);
            progress.end(true, outcome.recorded() ? "Registrerade " + (outcome.reported() + outcome.corrected()
                    + outcome.withdrawn() + outcome.references()) + " ändringar" : "Inget nytt att registrera");
            return outcome;
        } catch (RuntimeException e) {
            progress.end(false, e.getMessage());
            throw e;
        }
    }

    private Outcome runStarted(KoladaProperties properties, LocalDate fromDate) {
        UUID runId = UUID.randomUUID();
        KoladaClient client = new KoladaClient(properties.baseUrl(), Duration.ofMillis(properties.timeoutMillis()),
                properties.maxAttempts(), Duration.ofMillis(properties.backoffMillis()), properties.perPage(), json);
        List<String> comparison = properties.comparisonSet().municipalityIds();
        List<String> all = new ArrayList<>();
        all.add(properties.municipalityId());
        all.addAll(comparison);

        // Everything is read and checked before anything is recorded.
        progress.phase("hämtar", properties.kpis().size());
        List<Series> read = new ArrayList<>();
        long values = 0;
        for (String entry : properties.kpis()) {
            String[] parts = entry.strip().split(":");
            IndicatorDirection direction = parts.length > 1 ? IndicatorDirection.valueOf(parts[1].strip())
                    : IndicatorDirection.HIGHER_IS_BETTER;
            Kpi kpi = client.kpi(parts[0].strip());
            Map<String, Map<Integer, Year>> figures = new TreeMap<>();
            for (Figure figure : client.data(kpi.id(), all, fromDate)) {
                if (!kpi.id().equals(figure.kpi()) || !all.contains(figure.municipality())) {
                    throw new KoladaException("Kolada svarade med värden som inte efterfrågades (" + figure.kpi() + ", "
                            + figure.municipality() + "). Ingenting från körningen har registrerats.");
                }
                Year year = figures.computeIfAbsent(figure.municipality(), m -> new TreeMap<>())
                        .computeIfAbsent(figure.year(), y -> new Year());
                year.deleted |= figure.deleted();
                switch (figure.gender()) {
                    case "T" -> {
                        year.total = figure.value();
                        year.missing = figure.value() == null;
                    }
                    case "K" -> year.women = figure.value();
                    default -> year.men = figure.value();
                }
            }
            values += figures.values().stream().mapToLong(Map::size).sum();
            read.add(new Series(kpi, direction, figures));
            progress.advance(1);
        }
        Map<String, String> names = comparison.isEmpty() ? Map.of() : client.municipalities(comparison);

        // Then the changes, compared with what the ledger holds.
        String source = "Kolada %s, hämtad " + LocalDate.now() + " (Kolada (RKA), CC BY 4.0)";
        long reported = 0, corrected = 0, withdrawn = 0, references = 0, missing = 0;
        List<ValueChange> changes = new ArrayList<>();
        for (Series series : read) {
            UUID indicator = indicatorFor(properties, series, runId);
            String kpiSource = source.formatted(series.kpi().id());
            Map<Integer, JdbcKoladaDirectory.Own> own = directory.currentYearValues(indicator, properties.unitId());
            Map<String, JdbcKoladaDirectory.Reference> refs = directory.currentReferences(indicator);
            for (Map.Entry<String, Map<Integer, Year>> kommun : series.figures().entrySet()) {
                boolean ours = kommun.getKey().equals(properties.municipalityId());
                for (Map.Entry<Integer, Year> entry : kommun.getValue().entrySet()) {
                    int year = entry.getKey();
                    Year figure = entry.getValue();
                    GenderSplit split = figure.women == null && figure.men == null ? null
                            : new GenderSplit(figure.women, figure.men);
                    if (ours) {
                        JdbcKoladaDirectory.Own now = own.get(year);
                        if (figure.deleted) {
                            if (now != null) {
                                changes.add(new Withdraw(now.valueId(), DELETED));
                                withdrawn++;
                            }
                        } else if (figure.missing || figure.total == null) {
                            missing++;
                        } else if (now == null) {
                            changes.add(new Report(UUID.randomUUID(), indicator, properties.unitId(),
                                    new Period(PeriodKind.YEAR, year, 1), figure.total, split, kpiSource));
                            reported++;
                        } else if (!same(now.value(), now.women(), now.men(), figure)) {
                            changes.add(new Correct(UUID.randomUUID(), now.valueId(), figure.total, split, kpiSource,
                                    REVISED));
                            corrected++;
                        }
                    } else {
                        JdbcKoladaDirectory.Reference now = refs.get(kommun.getKey() + "|" + year);
                        if (figure.deleted) {
                            if (now != null) {
                                changes.add(new WithdrawReference(now.valueId(), DELETED));
                                references++;
                            }
                        } else if (figure.missing || figure.total == null) {
                            missing++;
                        } else if (now == null || !same(now.value(), now.women(), now.men(), figure)) {
                            changes.add(new RecordReference(UUID.randomUUID(), indicator, kommun.getKey(),
                                    names.getOrDefault(kommun.getKey(), kommun.getKey()), year, figure.total, split,
                                    kpiSource, now == null ? null : now.valueId(), now == null ? null : REVISED));
                            references++;
                        }
                    }
                }
            }
        }

        progress.phase("registrerar", changes.size());
        long started = System.nanoTime();
        for (int from = 0; from < changes.size(); from += properties.batchSize()) {
            List<ValueChange> batch = changes.subList(from, Math.min(changes.size(), from + properties.batchSize()));
            commands.recordAs(properties.recordedBy(), runId.toString(), new RecordValueBatch(List.copyOf(batch)),
                    batch.get(batch.size() - 1).valueId());
            progress.advance(batch.size());
            KoladaProgress.Snapshot now = progress.snapshot();
            log.info("Kolada: {} av {} ändringar registrerade, {}/s, cirka {} s kvar", now.done(), now.total(),
                    now.perSecond(), now.secondsLeft() == null ? 0 : now.secondsLeft());
        }
        boolean recorded = !changes.isEmpty();
        if (recorded) {
            commands.recordAs(properties.recordedBy(), runId.toString(), new RecordKoladaImport(
                    new KoladaImportRecorded(runId, client.base().toString(), read.stream().map(s -> s.kpi().id())
                            .toList(), properties.municipalityId(), comparison, fromDate, values, reported, corrected,
                            withdrawn, references, missing)), runId);
        }
        log.info("Kolada-import {}: {} värden lästa; {} nya, {} korrigerade, {} tillbakadragna, {} referensvärden,"
                        + " {} saknas (Missing); {} ms för registreringen", runId, values, reported, corrected,
                withdrawn, references, missing, (System.nanoTime() - started) / 1_000_000);
        return new Outcome(runId, values, reported, corrected, withdrawn, references, missing, recorded);
    }

    /** The KPI's indicator: the one the ledger has for it, or a new one defined from Kolada's metadata. */
    private UUID indicatorFor(KoladaProperties properties, Series series, UUID runId) {
        return directory.indicatorFor(series.kpi().id()).orElseGet(() -> {
            UUID id = UUID.randomUUID();
            Kpi kpi = series.kpi();
            commands.recordAs(properties.recordedBy(), runId.toString(), new DefineIndicator(id,
                    kpi.title().length() > 300 ? kpi.title().substring(0, 300) : kpi.title(), unitOf(kpi.title()),
                    series.direction(), IndicatorSource.KOLADA, kpi.id(),
                    kpi.description().isBlank() ? null : kpi.description(), kpi.dividedByGender()), id);
            return id;
        });
    }

    /** Kolada's titles end with the unit after the last comma ("Invånare totalt, antal"; "…, kr/inv"). */
    static String unitOf(String title) {
        int comma = title.lastIndexOf(',');
        String unit = comma < 0 ? "" : title.substring(comma + 1).strip();
        if (unit.isEmpty() || unit.length() > 50) {
            return "enligt Kolada";
        }
        return unit;
    }

    private static boolean same(BigDecimal value, BigDecimal women, BigDecimal men, Year figure) {
        return equal(value, figure.total) && equal(women, figure.women) && equal(men, figure.men);
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }
}
