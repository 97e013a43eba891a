package se.styrledger.benchmarks.ledger;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import se.styrledger.command.CommandSideConfiguration;
import se.styrledger.query.QuerySideConfiguration;
import se.styrledger.web.WebUiConfiguration;

/**
 * Both sides and the web UI in one process, as the assembly runs them. In its own package so that component scanning sees none of
 * the benchmark code.
 */
@SpringBootApplication
@Import({CommandSideConfiguration.class, QuerySideConfiguration.class, WebUiConfiguration.class})
public class BenchmarkLedgerApplication {
}
