package se.styrledger.benchmarks.ledger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.nio.file.Path;

/** The ledger under test, on an embedded PostgreSQL whose data directory the benchmark owns. */
public final class BenchmarkLedger implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private BenchmarkLedger(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts a ledger on {@code dataDirectory} (fresh or kept from an earlier run) with extra Spring arguments. */
    public static BenchmarkLedger start(Path dataDirectory, String... settings) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        String[] all = new String[settings.length + 3];
        all[0] = "--server.port=0";
        all[1] = "--styrledger.embedded-postgres.data-directory=" + dataDirectory.toAbsolutePath();
        all[2] = "--logging.level.root=WARN";
        System.arraycopy(settings, 0, all, 3, settings.length);
        return new BenchmarkLedger(new SpringApplicationBuilder(BenchmarkLedgerApplication.class).run(all));
    }

    public String baseUrl() {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    public DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    /**
     * The same database as its owner, for the limit measurements that bypass the ledger: the ledger's own role may
     * create no table.
     */
    public String ownerJdbcUrl() {
        return context.getBean(EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres");
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
