package se.styrledger.command.kolada;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import se.styrledger.platform.task.LedgerTaskRunner;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Runs the import on {@code styrledger.kolada.schedule} (cron), off by default and never in a task node. Each
 * scheduled run after the first asks only for what changed since the day before the previous run started.
 */
@Component
public class KoladaSchedule implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KoladaSchedule.class);

    private final KoladaImport koladaImport;
    private final KoladaProperties properties;
    private final Environment environment;
    private ThreadPoolTaskScheduler scheduler;
    private volatile LocalDate lastStarted;

    public KoladaSchedule(KoladaImport koladaImport, KoladaProperties properties, Environment environment) {
        this.koladaImport = koladaImport;
        this.properties = properties;
        this.environment = environment;
    }

    @EventListener(ContextRefreshedEvent.class)
    public synchronized void start() {
        if (scheduler != null || properties.schedule() == null || properties.schedule().isBlank()
                || !properties.configured() || LedgerTaskRunner.requested(environment)) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("kolada-");
        scheduler.initialize();
        scheduler.schedule(this::runOnce, new CronTrigger(properties.schedule(), ZoneId.of("Europe/Stockholm")));
        log.info("Kolada import scheduled: {}", properties.schedule());
    }

    private void runOnce() {
        LocalDate from = lastStarted == null ? null : lastStarted.minusDays(1);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        try {
            koladaImport.run(from);
            lastStarted = today;
        } catch (RuntimeException e) {
            log.error("Scheduled Kolada import failed: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        if (scheduler != null) {
            scheduler.shutdown();
        }
    }
}
