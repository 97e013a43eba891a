package se.styrledger.benchmarks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps every benchmark working: the whole run on a tiny dataset, with a fresh ledger and database. Nothing is timed
 * or asserted about speed; what is asserted is that the dataset was recorded whole and each table was produced.
 */
class BenchmarksSmokeTest {

    @TempDir
    Path data;

    @Test
    void everyBenchmarkRunsOnATinyDataset() throws Exception {
        String report = Benchmarks.run("all", Map.of("size", "TINY", "clients", "2", "samples", "3",
                "limit-seconds", "0.2", "data", data.resolve("postgres").toString(), "out", "none"));

        // TINY: 3 owning units × 3 years × 2 effektmål, each with 2 aktiviteter started, and finished in all but
        // the last year.
        assertThat(report).contains("| EffectGoalAdopted | 18 |", "| IndicatorAttached | 18 |",
                "| ActivityPlanned | 36 |", "| ActivityStatusChanged | 60 |", "| OperationalPlanAdopted | 9 |");
        assertThat(report).contains("### Append", "Limit, the same event rows", "### Queries", "| 100% | effektmål audit trail, random asOf/knownAt | 3 |",
                "peak heap");
        assertThat(report).doesNotContain("NaN");
    }

    @Test
    void theSameSeedGeneratesTheSameIds() {
        DatasetGenerator one = new DatasetGenerator(DatasetSize.TINY, 7);
        DatasetGenerator two = new DatasetGenerator(DatasetSize.TINY, 7);
        DatasetGenerator other = new DatasetGenerator(DatasetSize.TINY, 8);

        assertThat(one.id("effect-goal:0:2026:1")).isEqualTo(two.id("effect-goal:0:2026:1"))
                .isNotEqualTo(other.id("effect-goal:0:2026:1"));
        assertThat(one.workItems()).isEqualTo(two.workItems()).hasSize(9);
    }
}
