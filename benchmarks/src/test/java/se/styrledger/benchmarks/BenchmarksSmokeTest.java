package se.styrledger.benchmarks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps every benchmark working: the whole run on a tiny dataset, with a fresh ledger and database, then the query
 * run again on the same data directory without generating. Nothing is timed or asserted about speed; what is asserted
 * is that the dataset was recorded whole, each table was produced, and both rebuilds left the read tables as they were.
 */
class BenchmarksSmokeTest {

    @TempDir
    Path data;

    @Test
    void everyBenchmarkRunsOnATinyDatasetAndAgainOnTheSameData() throws Exception {
        Path postgres = data.resolve("postgres");
        String report = Benchmarks.run("all", Map.of("size", "TINY", "clients", "2", "samples", "3",
                "limit-seconds", "0.2", "data", postgres.toString(), "out", "none"));

        // TINY: 3 owning units × 3 years × 2 effektmål, each with 2 aktiviteter started, and finished in all but
        // the last year; 3 assessments per effektmål; 4 styrdokument per unit in the first year, one revised in the
        // second and one confirmed as current in the third; 3 reports a year.
        assertThat(report).contains("| EffectGoalAdopted | 18 |", "| IndicatorAttached | 18 |",
                "| ActivityPlanned | 36 |", "| ActivityStatusChanged | 60 |", "| OperationalPlanAdopted | 9 |",
                "| AssessmentRecorded | 54 |", "| FollowUpReportOpened | 9 |", "| DocumentAdopted | 12 |",
                "| DocumentRevised | 3 |", "| DocumentConfirmedCurrent | 3 |",
                "| IndicatorValueReported | " + monthlyValues() + " |");
        DatasetGenerator generator = new DatasetGenerator(DatasetSize.TINY, 42);
        assertThat(report).contains("(planned: " + generator.plannedCommands() + ")")
                .containsPattern("Commands sent: (\\d+) \\(planned: \\1\\)");
        assertThat(report).contains("### Append", "Limit, the same event rows", "### Queries",
                "| 100% | whole-kommun delårsrapport, random asOf/knownAt | 3 |",
                "| 100% | effektmål audit trail, random asOf/knownAt | 3 |", "#### Rebuild",
                "| limit: JDBC read + Jackson |", "| peer: tracking, batch 1 |", "peak heap", "Embedded PostgreSQL",
                "#### Web UI pages", "| nämnd page, historical | 3 |", "| goal page, current | 3 |",
                "| whole röd tråd, current | 3 |");
        assertThat(report).as("a nämnd's part, and a frozen report sent and then revalidated with its ETag (304)")
                .contains("| 100% | one nämnd's part of the delårsrapport, random asOf/knownAt | 3 |")
                .containsPattern("\\| 100% \\| closed delårsrapport, frozen bytes sent \\| 3 \\|( [0-9.]+ \\|){3}  \\| 0 \\|")
                .containsPattern("\\| 100% \\| closed delårsrapport, If-None-Match with its ETag \\(304\\) \\| 3 \\|"
                        + "( [0-9.]+ \\|){3}  \\| 0 \\|");
        assertThat(report).as("the live projection lag is sampled in every append phase with many clients")
                .contains("#### Live projection lag while appending")
                .containsPattern("\\| 10→50% \\| 2 \\| ([0-9.]+|—) \\| ([0-9.]+|—) \\|");
        assertThat(report).as("every page answered 200").containsPattern("\\| whole röd tråd, historical \\| 3 \\|"
                + "( [0-9.]+ \\|){6} 0 \\|");
        // Both rebuilds give back the read tables byte for byte: what the live projections wrote while commands
        // arrived concurrently, and the frozen delårsrapporter.
        assertThat(report)
                .containsPattern("\\| ours \\(shared replay, batch 2000\\) \\|[^\\n]*\\| rows and checksums equal before and after"
                        + " in all \\d+ read tables")
                .containsPattern("\\| peer: tracking, batch 1 \\|[^\\n]*\\| rows and checksums equal before and after"
                        + " in all \\d+ read tables");
        assertThat(report).doesNotContain("NaN", "DIFFERENT");

        String again = Benchmarks.run("queries", Map.of("size", "TINY", "samples", "2", "reuse", "true",
                "data", postgres.toString(), "out", "none"));
        assertThat(again).contains("reusing", "| 100% | whole-kommun delårsrapport, random asOf/knownAt | 2 |",
                "| EffectGoalAdopted | 18 |").doesNotContain("### Append", "10%");
    }

    /** Every month that has begun, for each of the 6 effektmål a year. */
    private static int monthlyValues() {
        DatasetGenerator generator = new DatasetGenerator(DatasetSize.TINY, 42);
        int values = 0;
        for (int year = generator.firstYear(); year <= DatasetGenerator.LAST_YEAR; year++) {
            values += 6 * generator.monthsReported(year);
        }
        return values;
    }

    @Test
    void theSameSeedGeneratesTheSameIds() {
        DatasetGenerator one = new DatasetGenerator(DatasetSize.TINY, 7);
        DatasetGenerator two = new DatasetGenerator(DatasetSize.TINY, 7);
        DatasetGenerator other = new DatasetGenerator(DatasetSize.TINY, 8);

        assertThat(one.id("effect-goal:0:2026:1")).isEqualTo(two.id("effect-goal:0:2026:1"))
                .isNotEqualTo(other.id("effect-goal:0:2026:1"));
        assertThat(one.workItems()).isEqualTo(two.workItems()).hasSize(9);
        assertThat(one.owners()).isEqualTo(two.owners()).hasSize(3);
    }

    @Test
    void sizeLIsAboutAMillionEventsMostlyIndicatorValuesAndActivities() {
        DatasetGenerator large = new DatasetGenerator(DatasetSize.L, 42, LocalDate.of(2026, 11, 28));

        // One command records one event here; L must be ≥ 1,000,000 and still generate in about half an hour.
        assertThat(large.plannedCommands()).isBetween(1_000_000L, 1_100_000L);
    }
}
