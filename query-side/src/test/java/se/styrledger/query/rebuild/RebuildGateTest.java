package se.styrledger.query.rebuild;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import se.styrledger.platform.testing.TestDatabase;
import se.styrledger.platform.web.RetryLaterException;
import se.styrledger.query.support.ProjectionProgress;
import se.styrledger.query.support.QueryProperties;

import java.lang.reflect.Method;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gate in front of every query-side controller, on the shared rebuild state in a real PostgreSQL. */
class RebuildGateTest {

    /** Stands for any query controller that reads read tables. */
    static class SomeQueries {
        public String read() {
            return "answer";
        }
    }

    /** Stands for a controller that reads only the event store. */
    @ServedDuringRebuild
    static class SomeExport {
        public String read() {
            return "events";
        }
    }

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.migrated());
    private final RebuildStates states = new RebuildStates(jdbc);
    private final ProjectionProgress halfway = new ProjectionProgress(jdbc, null, null, new QueryProperties(null, null, null), null) {
        @Override
        public Map<String, Long> positions() {
            return Map.of("units", 50L);
        }
    };
    private final RebuildGate gate = new RebuildGate(states, halfway);
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/units");

    @BeforeEach
    void readModelsComplete() {
        jdbc.update("UPDATE read_model_rebuild SET state = 'SERVING', reset_at = NULL, target_position = NULL,"
                + " total_events = NULL WHERE id = 1");
    }

    private static HandlerMethod handler(Object controller) throws NoSuchMethodException {
        return new HandlerMethod(controller, controller.getClass().getMethod("read"));
    }

    private Object write(Class<?> controller) throws NoSuchMethodException {
        Method method = controller.getMethod("read");
        return gate.beforeBodyWrite("answer", new MethodParameter(method, -1), MediaType.APPLICATION_JSON, null,
                new ServletServerHttpRequest(request), new ServletServerHttpResponse(new MockHttpServletResponse()));
    }

    @Test
    void aQueryIsAnsweredWhileTheReadModelsAreComplete() throws Exception {
        assertThat(gate.preHandle(request, new MockHttpServletResponse(), handler(new SomeQueries()))).isTrue();
        assertThat(write(SomeQueries.class)).isEqualTo("answer");
    }

    @Test
    void aQueryWhileProjectionsStopForARebuildIs503WithRetryAfter() {
        jdbc.update("UPDATE read_model_rebuild SET state = 'STOPPING' WHERE id = 1");

        assertThatThrownBy(() -> gate.preHandle(request, new MockHttpServletResponse(), handler(new SomeQueries())))
                .isInstanceOfSatisfying(RetryLaterException.class,
                        e -> assertThat(e.retryAfterSeconds()).isPositive());
    }

    @Test
    void aQueryWhileReplayingIs503AndSaysHowFarTheRebuildHasGot() {
        jdbc.update("UPDATE read_model_rebuild SET state = 'REPLAYING', reset_at = clock_timestamp(),"
                + " target_position = 100, total_events = 100 WHERE id = 1");

        assertThatThrownBy(() -> gate.preHandle(request, new MockHttpServletResponse(), handler(new SomeQueries())))
                .isInstanceOf(RetryLaterException.class).hasMessageContaining("50.0 %");
    }

    @Test
    void anAnswerReadWhileARebuildBeganIsNotWritten() throws Exception {
        gate.preHandle(request, new MockHttpServletResponse(), handler(new SomeQueries()));
        // A whole rebuild between the handler's start and its answer: the state is SERVING again, one generation on.
        jdbc.update("UPDATE read_model_rebuild SET generation = generation + 1 WHERE id = 1");

        assertThatThrownBy(() -> write(SomeQueries.class)).isInstanceOf(RetryLaterException.class);
    }

    @Test
    void aControllerThatReadsOnlyTheEventStoreAnswersDuringARebuild() throws Exception {
        jdbc.update("UPDATE read_model_rebuild SET state = 'STOPPING' WHERE id = 1");

        assertThat(gate.preHandle(request, new MockHttpServletResponse(), handler(new SomeExport()))).isTrue();
        assertThat(gate.supports(new MethodParameter(SomeExport.class.getMethod("read"), -1), null)).isFalse();
    }

    @Test
    void onlyQuerySideControllersAreGated() throws Exception {
        assertThat(RebuildGate.gated(SomeQueries.class, SomeQueries.class.getMethod("read"))).isTrue();
        assertThat(RebuildGate.gated(Object.class, Object.class.getMethod("toString"))).isFalse();
    }
}
