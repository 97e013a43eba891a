package se.styrledger.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A whole ledger started the way an operator starts it, for tests of start-up, restart and configuration. */
final class RunningLedger implements AutoCloseable {

    final ConfigurableApplicationContext context;

    private RunningLedger(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static RunningLedger start(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--server.port=0";
        System.arraycopy(args, 0, all, 1, args.length);
        return new RunningLedger(new SpringApplicationBuilder(StyrledgerApplication.class).run(all));
    }

    HttpApi api() {
        return new HttpApi("http://localhost:" + context.getEnvironment().getProperty("local.server.port"),
                context.getBean(ObjectMapper.class));
    }

    @Override
    public void close() {
        context.close();
    }
}
