package se.styrledger.command.kolada;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Kolada's open API, version 3: KPI metadata ({@code /kpi/{id}}), kommuner ({@code /municipality/{ids}}) and
 * values ({@code /data/kpi/{id}/municipality/{ids}}, paged by {@code per_page} and followed through
 * {@code next_url}, incremental with {@code from_date}). Every answer is checked in full before any of it is
 * returned: a malformed one stops the run with the address and what was wrong. 429, 5xx and timeouts are retried
 * with exponential backoff, honouring {@code Retry-After}. Uses the JDK's HttpClient (ADR 0090).
 */
public class KoladaClient {

    private static final Logger log = LoggerFactory.getLogger(KoladaClient.class);
    private static final Pattern KPI = Pattern.compile("[A-Z]\\d{5}");
    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(120);

    /** What Kolada says about a KPI. */
    public record Kpi(String id, String title, String description, boolean dividedByGender) {
    }

    /**
     * One figure of a KPI for a kommun and year, by gender: T (totalt), K (kvinnor), M (män). {@code value} is null
     * when Kolada has none ({@code status} "Missing"); {@code deleted} when Kolada has withdrawn it.
     */
    public record Figure(String kpi, String municipality, int year, String gender, BigDecimal value, String status,
                         boolean deleted) {
    }

    /** Kolada answered something the client cannot use; nothing of the run is recorded. */
    public static class KoladaException extends RuntimeException {
        public KoladaException(String message) {
            super(message);
        }

        public KoladaException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final URI base;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration timeout;
    private final int maxAttempts;
    private final Duration backoff;
    private final int perPage;

    public KoladaClient(URI base, Duration timeout, int maxAttempts, Duration backoff, int perPage, ObjectMapper json) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.timeout = timeout;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.perPage = perPage;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public URI base() {
        return base;
    }

    public Kpi kpi(String id) {
        if (!KPI.matcher(id).matches()) {
            throw new KoladaException("Ogiltigt KPI-id '" + id + "': en bokstav och fem siffror, t.ex. N00945.");
        }
        URI uri = base.resolve("kpi/" + id);
        JsonNode values = values(get(uri), uri);
        for (JsonNode kpi : values) {
            if (id.equals(text(kpi, "id", uri))) {
                return new Kpi(id, text(kpi, "title", uri), kpi.path("description").asText(""),
                        gendered(kpi.get("is_divided_by_gender")));
            }
        }
        throw new KoladaException("Kolada känner inte KPI " + id + " (" + uri + ").");
    }

    /** Kommunernas namn, by id. */
    public Map<String, String> municipalities(List<String> ids) {
        ids.forEach(KoladaClient::requireMunicipality);
        URI uri = base.resolve("municipality/" + String.join(",", ids));
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonNode m : values(get(uri), uri)) {
            names.put(text(m, "id", uri), text(m, "title", uri));
        }
        return names;
    }

    /** Every figure of the KPI for the kommuner, all pages; with {@code fromDate} only those changed since. */
    public List<Figure> data(String kpi, List<String> municipalities, LocalDate fromDate) {
        municipalities.forEach(KoladaClient::requireMunicipality);
        String query = "?per_page=" + perPage + (fromDate == null ? "" : "&from_date=" + fromDate);
        URI next = base.resolve("data/kpi/" + URLEncoder.encode(kpi, StandardCharsets.UTF_8) + "/municipality/"
                + String.join(",", municipalities) + query);
        List<Figure> figures = new ArrayList<>();
        Set<URI> read = new HashSet<>();
        while (next != null) {
            if (!read.add(next)) {
                // A next_url seen before would read its pages twice: stop rather than loop.
                throw new KoladaException("Kolada hänvisade tillbaka till en sida som redan lästs: " + next);
            }
            JsonNode page = get(next);
            for (JsonNode row : values(page, next)) {
                figures.addAll(figures(row, next));
            }
            JsonNode link = page.get("next_url");
            next = link == null || link.isNull() || link.asText().isBlank() ? null : sameHost(link.asText(), next);
        }
        return figures;
    }

    private List<Figure> figures(JsonNode row, URI uri) {
        String kpi = text(row, "kpi", uri);
        String municipality = text(row, "municipality", uri);
        JsonNode period = row.get("period");
        if (period == null || !(period.isInt() || period.isTextual())) {
            throw malformed(uri, "period saknas eller är inte ett år");
        }
        int year = period.isInt() ? period.asInt() : parseYear(period.asText(), uri);
        JsonNode values = row.get("values");
        if (values == null || !values.isArray()) {
            throw malformed(uri, "values saknas för " + kpi + " " + municipality + " " + year);
        }
        List<Figure> figures = new ArrayList<>();
        for (JsonNode v : values) {
            String gender = text(v, "gender", uri);
            if (!gender.equals("T") && !gender.equals("K") && !gender.equals("M")) {
                throw malformed(uri, "okänt kön '" + gender + "'");
            }
            JsonNode value = v.get("value");
            BigDecimal number;
            if (value == null || value.isNull()) {
                number = null;
            } else if (value.isNumber()) {
                // The ledger keeps at most six decimals (IndicatorValue); Kolada's doubles can carry more.
                BigDecimal exact = value.decimalValue();
                number = exact.scale() > 6 ? exact.setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                        : exact;
            } else {
                throw malformed(uri, "value är inte ett tal för " + kpi + " " + municipality + " " + year);
            }
            String status = v.path("status").asText("");
            boolean deleted = v.path("isdeleted").asBoolean(false) || row.path("isdeleted").asBoolean(false);
            figures.add(new Figure(kpi, municipality, year, gender,
                    "Missing".equalsIgnoreCase(status) ? null : number, status, deleted));
        }
        return figures;
    }

    private static int parseYear(String text, URI uri) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw malformed(uri, "period '" + text + "' är inte ett år");
        }
    }

    private JsonNode get(URI uri) {
        for (int attempt = 1; ; attempt++) {
            Duration wait = backoff.multipliedBy(1L << Math.min(attempt - 1, 10));
            String failure;
            try {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(timeout)
                        .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status == 200) {
                    try {
                        JsonNode body = json.readTree(response.body());
                        if (body == null || !body.isObject()) {
                            throw malformed(uri, "svaret är inte ett JSON-objekt");
                        }
                        return body;
                    } catch (IOException e) {
                        throw malformed(uri, "ogiltig JSON (" + e.getClass().getSimpleName() + ")");
                    }
                }
                if (status != 429 && status < 500) {
                    throw new KoladaException("Kolada svarade " + status + " på " + uri + ".");
                }
                failure = "HTTP " + status;
                wait = response.headers().firstValue("Retry-After").map(KoladaClient::seconds).orElse(wait);
            } catch (HttpTimeoutException e) {
                failure = "ingen svar inom " + timeout.toMillis() + " ms";
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KoladaException("Avbruten under hämtning från " + uri, e);
            }
            if (attempt >= maxAttempts) {
                throw new KoladaException("Kolada svarade inte efter " + attempt + " försök på " + uri + " (senast: "
                        + failure + ").");
            }
            Duration pause = wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
            log.warn("Kolada: {} på {}; försök {} av {} om {} ms", failure, uri, attempt + 1, maxAttempts,
                    pause.toMillis());
            sleep(pause);
        }
    }

    private static Duration seconds(String retryAfter) {
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.strip())));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KoladaException("Avbruten i väntan på Kolada", e);
        }
    }

    /** The next page must come from the host configured: a next_url elsewhere is not followed. */
    private URI sameHost(String link, URI from) {
        URI next = from.resolve(link);
        if (!java.util.Objects.equals(next.getHost(), base.getHost()) || next.getPort() != base.getPort()
                || !java.util.Objects.equals(next.getScheme(), base.getScheme())) {
            throw malformed(from, "next_url pekar på en annan värd: " + link);
        }
        return next;
    }

    private static JsonNode values(JsonNode body, URI uri) {
        JsonNode values = body.get("values");
        if (values == null || !values.isArray()) {
            throw malformed(uri, "fältet values saknas eller är inte en lista");
        }
        return values;
    }

    private static String text(JsonNode node, String field, URI uri) {
        JsonNode value = node.get(field);
        if (value == null || !(value.isTextual() || value.isNumber()) || value.asText().isBlank()) {
            throw malformed(uri, field + " saknas");
        }
        return value.asText();
    }

    private static boolean gendered(JsonNode flag) {
        return flag != null && (flag.asBoolean(false) || flag.asInt(0) == 1);
    }

    private static void requireMunicipality(String id) {
        if (!MUNICIPALITY.matcher(id).matches()) {
            throw new KoladaException("Ogiltigt kommun-id '" + id + "': fyra siffror, t.ex. 1287.");
        }
    }

    private static KoladaException malformed(URI uri, String what) {
        return new KoladaException("Kolada svarade med ett ogiltigt svar på " + uri + ": " + what
                + ". Ingenting från körningen har registrerats.");
    }
}
