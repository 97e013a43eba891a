package se.styrledger.command.kolada;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * {@code styrledger.kolada.*}: where Kolada is and what to import. Without {@code base-url} the ledger contacts no
 * outside host: the import refuses to run and no schedule starts.
 *
 * @param baseUrl        Kolada's API, e.g. https://api.kolada.se/v3/ (no default)
 * @param municipalityId the kommun's own Kolada id, e.g. 1287 for Trelleborg
 * @param unitId         the unit whose utfall the kommun's figures are, usually kommunfullmäktige
 * @param kpis           the KPIs, e.g. N00945; "N00945:LOWER_IS_BETTER" when lower is better
 * @param comparison     the comparison set: Kolada ids of the kommuner to compare with ("liknande kommuner")
 * @param schedule       a cron expression (Spring's six fields) for regular runs; empty: none
 * @param recordedBy     the account the import records as
 */
@ConfigurationProperties("styrledger.kolada")
public record KoladaProperties(URI baseUrl, String municipalityId, UUID unitId, List<String> kpis,
                               List<String> comparison, Integer perPage, Integer timeoutMillis, Integer maxAttempts,
                               Integer backoffMillis, Integer batchSize, String schedule, String recordedBy) {

    public KoladaProperties {
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
        comparison = comparison == null ? List.of() : List.copyOf(comparison);
        perPage = perPage == null ? 5000 : perPage;
        timeoutMillis = timeoutMillis == null ? 30_000 : timeoutMillis;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        backoffMillis = backoffMillis == null ? 1_000 : backoffMillis;
        batchSize = batchSize == null ? 1_000 : Math.min(batchSize, 5_000);
        recordedBy = recordedBy == null || recordedBy.isBlank() ? "kolada-import" : recordedBy;
    }

    public boolean configured() {
        return baseUrl != null;
    }

    /** The comparison set: the kommuner whose figures are kept as reference values, never as the kommun's own. */
    public ComparisonSet comparisonSet() {
        return new ComparisonSet(comparison.stream().map(String::strip).filter(id -> !id.isEmpty()
                && !id.equals(municipalityId)).distinct().toList());
    }

    public record ComparisonSet(List<String> municipalityIds) {
    }
}
