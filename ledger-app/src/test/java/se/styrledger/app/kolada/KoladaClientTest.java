package se.styrledger.app.kolada;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrledger.app.kolada.KoladaStub.Reply;
import se.styrledger.command.kolada.KoladaClient;
import se.styrledger.command.kolada.KoladaClient.Figure;
import se.styrledger.command.kolada.KoladaClient.KoladaException;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Kolada client against v3-shaped answers on loopback: paging, retries, timeouts and bad answers. */
class KoladaClientTest {

    static final String PAGE_1 = """
            {"count": 2, "values": [
              {"kpi": "N00945", "municipality": "1287", "period": 2022, "values": [
                {"gender": "T", "count": 1, "status": "", "value": 45.5, "isdeleted": false},
                {"gender": "K", "count": 1, "status": "", "value": 47.0},
                {"gender": "M", "count": 1, "status": "", "value": 44.0}]}],
             "next_url": "%sdata/kpi/N00945/municipality/1287?per_page=1&page=2"}""";
    static final String PAGE_2 = """
            {"count": 2, "values": [
              {"kpi": "N00945", "municipality": "1287", "period": 2023, "values": [
                {"gender": "T", "count": 0, "status": "Missing", "value": null}]}],
             "next_url": null}""";

    private KoladaStub stub;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() throws IOException {
        stub = new KoladaStub();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private KoladaClient client(Duration timeout) {
        return new KoladaClient(stub.base(), timeout, 3, Duration.ofMillis(10), 1, json);
    }

    @Test
    void followsNextUrlAcrossPagesAndReadsGenderAndMissing() {
        stub.on("data/kpi/N00945/municipality/1287?per_page=1", Reply.ok(PAGE_1.formatted(stub.base())))
                .on("data/kpi/N00945/municipality/1287?per_page=1&page=2", Reply.ok(PAGE_2));

        List<Figure> figures = client(Duration.ofSeconds(5)).data("N00945", List.of("1287"), null);

        assertThat(figures).extracting(Figure::year, Figure::gender, Figure::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2022, "T", new BigDecimal("45.5")),
                org.assertj.core.groups.Tuple.tuple(2022, "K", new BigDecimal("47.0")),
                org.assertj.core.groups.Tuple.tuple(2022, "M", new BigDecimal("44.0")),
                org.assertj.core.groups.Tuple.tuple(2023, "T", null));
        assertThat(figures.get(3).status()).isEqualTo("Missing");
    }

    @Test
    void asksOnlyForWhatChangedSinceFromDate() {
        stub.on("data/kpi/N00945/municipality/1287?per_page=1&from_date=2024-03-01", Reply.ok(PAGE_2));

        assertThat(client(Duration.ofSeconds(5)).data("N00945", List.of("1287"), LocalDate.of(2024, 3, 1)))
                .hasSize(1);
    }

    @Test
    void retriesA429AfterItsRetryAfterAndA500WithBackoff() {
        stub.on("data/kpi/N00945/municipality/1287?per_page=1",
                new Reply(429, "{}", "0", 0), new Reply(500, "{}", null, 0), Reply.ok(PAGE_2));

        assertThat(client(Duration.ofSeconds(5)).data("N00945", List.of("1287"), null)).hasSize(1);
        assertThat(stub.requests("data/kpi/N00945/municipality/1287?per_page=1")).isEqualTo(3);
    }

    @Test
    void retriesATimeoutAndGivesUpWithAClearMessage() {
        stub.on("data/kpi/N00945/municipality/1287?per_page=1", new Reply(200, PAGE_2, null, 2_000));

        assertThatThrownBy(() -> client(Duration.ofMillis(200)).data("N00945", List.of("1287"), null))
                .isInstanceOf(KoladaException.class).hasMessageContaining("efter 3 försök")
                .hasMessageContaining("ingen svar inom 200 ms");
    }

    @Test
    void aMalformedAnswerStopsWithTheAddressAndWhatWasWrong() {
        stub.on("data/kpi/N00945/municipality/1287?per_page=1", Reply.ok("{\"values\": [ {\"kpi\": "));

        assertThatThrownBy(() -> client(Duration.ofSeconds(5)).data("N00945", List.of("1287"), null))
                .isInstanceOf(KoladaException.class).hasMessageContaining("ogiltig JSON")
                .hasMessageContaining("/v3/data/kpi/N00945/municipality/1287");
    }

    @Test
    void aNextUrlToAnotherHostOrBackToAReadPageIsNotFollowed() {
        stub.on("data/kpi/N00945/municipality/1287?per_page=1", Reply.ok(PAGE_1.formatted("http://example.org/v3/")));
        assertThatThrownBy(() -> client(Duration.ofSeconds(5)).data("N00945", List.of("1287"), null))
                .isInstanceOf(KoladaException.class).hasMessageContaining("annan värd");

        stub.on("data/kpi/N00945/municipality/1287?per_page=1", Reply.ok(PAGE_1.formatted(stub.base())))
                .on("data/kpi/N00945/municipality/1287?per_page=1&page=2", Reply.ok(PAGE_1.formatted(stub.base())));
        assertThatThrownBy(() -> client(Duration.ofSeconds(5)).data("N00945", List.of("1287"), null))
                .isInstanceOf(KoladaException.class).hasMessageContaining("redan lästs");
    }

    @Test
    void readsKpiMetadata() {
        stub.on("kpi/N00945", Reply.ok("""
                {"count": 1, "values": [{"id": "N00945", "title": "Invånare totalt, antal",
                  "description": "Antal invånare den 31/12.", "is_divided_by_gender": 1, "municipality_type": "K"}]}"""));

        KoladaClient.Kpi kpi = client(Duration.ofSeconds(5)).kpi("N00945");

        assertThat(kpi.title()).isEqualTo("Invånare totalt, antal");
        assertThat(kpi.dividedByGender()).isTrue();
    }
}
