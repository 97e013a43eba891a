package se.styrledger.app.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/**
 * Loads the demo kommun (Trelleborg, from the source policy) when started with {@code --styrledger.demo.load=true}:
 * once the server is up, every {@link DemoPart} records its data through the public API.
 */
@Component
@ConditionalOnProperty(name = "styrledger.demo.load", havingValue = "true")
public class DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final List<DemoPart> parts;
    private final ObjectMapper json;
    private final String username;
    private final String password;
    private volatile long lastPosition = -1;

    public DemoLoader(List<DemoPart> parts, ObjectMapper json, DemoProperties properties) {
        this.parts = parts.stream().sorted(Comparator.comparingInt(DemoPart::order)).toList();
        this.json = json;
        this.username = properties.username();
        this.password = properties.password();
    }

    @EventListener
    public void onReady(ApplicationReadyEvent ready) {
        int port = ((WebServerApplicationContext) ready.getApplicationContext()).getWebServer().getPort();
        DemoClient client = new DemoClient("http://localhost:" + port, username, password, json);
        for (DemoPart part : parts) {
            log.info("Loading demo data: {}", part.name());
            part.load(client);
        }
        lastPosition = client.lastPosition();
        log.info("Demo data loaded ({} parts, last position {})", parts.size(), lastPosition);
    }

    /** The position of the newest demo event, or -1 before the demo has loaded. */
    public long lastPosition() {
        return lastPosition;
    }
}
