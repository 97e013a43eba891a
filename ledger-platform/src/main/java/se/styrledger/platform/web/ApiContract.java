package se.styrledger.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of the OpenAPI document every operation shares, said once here instead of on a hundred controller methods:
 * the problem+json answers each kind of operation can give (with a Swedish example), who may call it, and the
 * Idempotency-Key every command honours. The rules mirror SecurityConfiguration, CrossSiteWriteGuard,
 * RequestLimitsFilter and ProblemHandler; the contract tests in ledger-app check every answer against them.
 */
public class ApiContract implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String IDEMPOTENCY_KEY = "IdempotencyKey";
    static final String REQUESTED_WITH = "XRequestedWith";
    static final String BASIC = "basic";

    private static final String PROBLEM_JSON = "application/problem+json";

    /** Every error answer the ledger gives, with the title Problems gives it and a typical Swedish detail. */
    private enum Answer {
        BAD_REQUEST(400, "BadRequest", "Begäran är felaktig: ett fält saknas, är för långt eller har fel format."
                + " 'field' namnger fältet.", null, "text", "Visionens text saknas."),
        UNAUTHORIZED(401, "Unauthorized", "Inloggning krävs: inga eller fel inloggningsuppgifter.", null, null,
                "Logga in med ett konto som har rätt roll för att göra detta."),
        FORBIDDEN(403, "Forbidden", "Kontot saknar rollen, eller registreringsrätt för enheten (R-32).", "R-32",
                "decision.decidedBy", "Kontot har ingen registreringsrätt för kommunfullmäktige."),
        NOT_FOUND(404, "NotFound", "Det som adressen pekar ut finns inte.", null, null,
                "Det finns inget med id 3f2b8c1e-0d5a-4d0e-9a57-1c2e6f1d8b20 att ändra."),
        CONFLICT(409, "Conflict", "En samtidig ändring av samma sak, ett id som redan finns, eller ett läge som"
                + " inte tillåter begäran just nu.", null, null,
                "En annan ändring av samma sak registrerades samtidigt. Läs om läget och försök igen."),
        PAYLOAD_TOO_LARGE(413, "PayloadTooLarge", "Begärans innehåll är större än liggaren tar emot.", null, null,
                "Begäran är större än 1 MB."),
        UNSUPPORTED_MEDIA_TYPE(415, "UnsupportedMediaType", "Fel Content-Type; en begäran utan innehåll ska skicka"
                + " rubriken X-Requested-With.", null, "Content-Type",
                "Ändringar tar emot JSON (Content-Type: application/json) eller en fil (SIE, CSV), inte"
                        + " formulärdata."),
        UNPROCESSABLE_ENTITY(422, "UnprocessableEntity", "Beslutet bryter mot en regel i styrmodellen: 'rule'"
                + " namnger regeln (R-xx) och 'field' fältet. Inget registreras. Även en Idempotency-Key som använts"
                + " för en annan begäran.", "R-31", "decision.decidedOn",
                "Beslutsdatum 2031-05-12 ligger efter dagens datum."),
        TOO_MANY_REQUESTS(429, "TooManyRequests", "Så många likadana förfrågningar pågår redan; försök igen"
                + " efter Retry-After sekunder.", null, null,
                "Så många läsningar väntar redan på läsmodellerna (minPosition). Försök igen om en stund."),
        SERVICE_UNAVAILABLE(503, "ServiceUnavailable", "Läsmodellerna byggs om eller har inte hunnit till"
                + " minPosition, eller databasen kan inte nås; försök igen efter Retry-After sekunder (en"
                + " kommandobegäran med samma Idempotency-Key).", null, null,
                "Läsmodellerna byggs om från händelselagret (42 %). Försök igen om en stund.");

        final int status;
        final String component;
        final String description;
        final String rule;
        final String field;
        final String detail;

        Answer(int status, String component, String description, String rule, String field, String detail) {
            this.status = status;
            this.component = component;
            this.description = description;
            this.rule = rule;
            this.field = field;
            this.detail = detail;
        }

        String code() {
            return String.valueOf(status);
        }

        boolean retryLater() {
            return status == 429 || status == 503;
        }
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() != null ? openApi.getComponents() : new Components();
        openApi.setComponents(components);
        components.addSchemas(PROBLEM, problemSchema());
        for (Answer answer : Answer.values()) {
            components.addResponses(answer.component, response(answer));
        }
        components.addParameters(IDEMPOTENCY_KEY, new HeaderParameter().name("Idempotency-Key").required(false)
                .description("Valfri nyckel (1–200 synliga ASCII-tecken) per konto: en upprepad begäran med samma"
                        + " nyckel och samma innehåll får det första svaret (med rubriken Idempotent-Replayed: true)"
                        + " och registrerar inget nytt; samma nyckel med annat innehåll ger 422.")
                .schema(new StringSchema().minLength(1).maxLength(200).pattern("^[\\x21-\\x7E]{1,200}$"))
                .example("kf-2024-05-12-p90"));
        components.addParameters(REQUESTED_WITH, new HeaderParameter().name("X-Requested-With").required(true)
                .description("En ändring utan JSON-innehåll visar med den här rubriken att den inte är ett"
                        + " formulär från en annan webbplats; utan den svarar liggaren 415.")
                .schema(new StringSchema().maxLength(100)).example("styrledger-klient"));
        decision(components.getSchemas().get("Decision"));
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> describe(path, method, operation)));
        nameOperations(openApi);
    }

    /**
     * Springdoc names an operation after its Java method and numbers the repeats ("adopt", "adopt_1" …), which a
     * generated client turns into adopt4() and get5(). A method name more than one controller uses gets the resource
     * it acts on instead: adoptEffectGoal, getEffectGoal, csvFollowUpReportComparison.
     */
    private static void nameOperations(OpenAPI openApi) {
        Map<String, List<Map.Entry<String, Operation>>> byName = new TreeMap<>();
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> byName
                .computeIfAbsent(operation.getOperationId().replaceAll("_[0-9]+$", ""), name -> new ArrayList<>())
                .add(Map.entry(path, operation))));
        java.util.Set<String> taken = new java.util.HashSet<>(byName.keySet());
        byName.forEach((name, operations) -> {
            if (operations.size() == 1) {
                operations.get(0).getValue().setOperationId(name);
                return;
            }
            for (Map.Entry<String, Operation> entry : operations) {
                String first = name + resource(entry.getKey(), false);
                boolean clash = taken.contains(first) || operations.stream().filter(other -> other != entry)
                        .anyMatch(other -> first.equals(name + resource(other.getKey(), false)));
                String chosen = clash ? name + resource(entry.getKey(), true) : first;
                taken.add(chosen);
                entry.getValue().setOperationId(chosen);
            }
        });
    }

    /** The resource of a path in UpperCamelCase: its first literal segment after /api/v1 (singular), or all of them. */
    private static String resource(String path, boolean all) {
        StringBuilder noun = new StringBuilder();
        String[] segments = path.replaceFirst("^/api/v1/", "").split("/");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{")) {
                continue;
            }
            boolean qualifier = segment.equals("admin") || segment.equals("audit");
            String word = i == 0 && !qualifier || !all ? singular(segment) : segment;
            for (String part : word.split("[-.]")) {
                if (!part.isEmpty()) {
                    noun.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
                }
            }
            if (!all && !qualifier) {
                break;
            }
        }
        return noun.toString();
    }

    private static String singular(String segment) {
        if (segment.endsWith("ies")) {
            return segment.substring(0, segment.length() - 3) + "y";
        }
        return segment.endsWith("s") && !segment.endsWith("ss") ? segment.substring(0, segment.length() - 1) : segment;
    }

    private void describe(String path, PathItem.HttpMethod method, Operation operation) {
        boolean command = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        String role = role(path, command);
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        operation.setResponses(responses);
        List<Answer> answers = new ArrayList<>(List.of(Answer.BAD_REQUEST));
        if (role != null) {
            answers.addAll(List.of(Answer.UNAUTHORIZED, Answer.FORBIDDEN));
            operation.setSecurity(new ArrayList<>(List.of(new SecurityRequirement().addList(BASIC))));
        }
        if (path.contains("{") || !command && namesOneThing(operation)) {
            answers.add(Answer.NOT_FOUND);
        }
        if (command) {
            answers.addAll(List.of(Answer.CONFLICT, Answer.PAYLOAD_TOO_LARGE, Answer.UNSUPPORTED_MEDIA_TYPE,
                    Answer.UNPROCESSABLE_ENTITY));
            addParameter(operation, IDEMPOTENCY_KEY);
            if (operation.getRequestBody() == null) {
                addParameter(operation, REQUESTED_WITH);
            }
        } else if (hasParameter(operation, "minPosition") || path.equals("/api/v1/events")) {
            // ReadCaps: a wait for minPosition, and the event export, each have a cap of concurrent requests.
            answers.add(Answer.TOO_MANY_REQUESTS);
        }
        answers.add(Answer.SERVICE_UNAVAILABLE);
        Map<String, ApiResponse> sorted = new TreeMap<>(responses);
        for (Answer answer : answers) {
            sorted.put(answer.code(), new ApiResponse().$ref("#/components/responses/" + answer.component));
        }
        responses.clear();
        responses.putAll(sorted);
        if (operation.getDescription() == null || operation.getDescription().isBlank()) {
            operation.setDescription(description(operation, command, role));
        }
    }

    /**
     * Every decision (beslut) is checked alike by DecisionCheck; the record lives in shared-events, which knows
     * nothing of OpenAPI, so its contract is stated here.
     */
    @SuppressWarnings("rawtypes")
    private static void decision(Schema<?> decision) {
        if (decision == null || decision.getProperties() == null) {
            return;
        }
        decision.setDescription("Beslutet (R-31): beslutsinstans, sammanträdesdatum, paragraf och diarienummer."
                + " effectiveFrom är sammanträdesdatum om det utelämnas.");
        // Required although kommunfullmäktige's own founding decision leaves decidedBy out: one schema serves all
        // commands, and every other one refuses a decision without it.
        decision.setRequired(List.of("decidedBy", "decidedOn", "paragraph", "caseNumber"));
        Map<String, Schema> properties = decision.getProperties();
        properties.get("paragraph").maxLength(50).example("§ 90");
        properties.get("caseNumber").maxLength(100).example("KS 2019/0458");
        properties.get("decidedBy")
                .description("Enheten vars organ beslutade: KF, KS, en nämnd eller en bolagsstyrelse. Utelämnas"
                        + " bara i kommunfullmäktiges eget grundande beslut (POST /api/v1/units med kind COUNCIL).");
        properties.get("decidedOn").description("Sammanträdesdatum; inte efter i dag.");
    }

    /** Who may call: mirrors SecurityConfiguration's request matchers. Null when anyone may (öppenhet, R-32). */
    static String role(String path, boolean command) {
        if (path.startsWith("/api/v1/admin/")) {
            return "ADMIN";
        }
        if (path.startsWith("/api/v1/audit/")) {
            return "AUDITOR eller ADMIN";
        }
        return command ? "RECORDER (med registreringsrätt för enheten, R-32) eller ADMIN" : null;
    }

    private static String description(Operation operation, boolean command, String role) {
        StringBuilder text = new StringBuilder(operation.getSummary() != null ? sentence(operation.getSummary()) : "");
        if (command && operation.getRequestBody() != null) {
            text.append(" Registreras i en transaktion: antingen allt eller inget. Svaret anger id och position;"
                    + " en läsning med minPosition=position ser ändringen.");
        }
        if (command) {
            text.append(" Upprepa med samma Idempotency-Key efter ett avbrott, så registreras inget två gånger.");
        }
        text.append(role == null ? " Öppen för alla utan inloggning." : " Kräver rollen " + role + ".");
        return text.toString().strip();
    }

    private static String sentence(String summary) {
        String s = summary.strip();
        return s.endsWith(".") ? s : s + ".";
    }

    /** A read's query parameter can name one thing as a path does (red-thread?unitId=, proofs/inclusion?position=). */
    private static boolean namesOneThing(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getName() != null && (p.getName().endsWith("Id") || p.getName().equals("position")));
    }

    private static boolean hasParameter(Operation operation, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> name.equals(p.getName()));
    }

    private static void addParameter(Operation operation, String component) {
        String ref = "#/components/parameters/" + component;
        if (operation.getParameters() == null || operation.getParameters().stream()
                .noneMatch(p -> ref.equals(p.get$ref()))) {
            operation.addParametersItem(new Parameter().$ref(ref));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").maxLength(200)
                .description("Felets typ: https://styrledger.se/problem/ följt av regeln (R-xx) eller statuskoden."));
        properties.put("title", new StringSchema().maxLength(200).description("Kort rubrik på svenska."));
        properties.put("status", new IntegerSchema().format("int32").minimum(java.math.BigDecimal.valueOf(400))
                .maximum(java.math.BigDecimal.valueOf(599)).description("HTTP-statuskoden."));
        properties.put("detail", new StringSchema().maxLength(2000).description("Vad som var fel, på svenska."));
        properties.put("instance", new StringSchema().format("uri-reference").maxLength(2000)
                .description("Adressen som begärdes."));
        properties.put("field", new StringSchema().maxLength(200)
                .description("Fältet (JSON-sökväg, t.ex. decision.decidedOn), parametern eller rubriken som"
                        + " var fel."));
        properties.put("rule", new StringSchema().pattern("^R-[0-9]+$").maxLength(10)
                .description("Regeln i styrmodellen som beslutet bröt mot (docs/rules.md)."));
        ObjectSchema schema = new ObjectSchema();
        schema.setProperties(properties);
        schema.setRequired(List.of("type", "title", "status", "detail"));
        schema.setDescription("Ett fel enligt RFC 9457 (application/problem+json), med svensk text.");
        return schema;
    }

    private static ApiResponse response(Answer answer) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "https://styrledger.se/problem/" + (answer.rule != null ? answer.rule : answer.code()));
        example.put("title", Problems.title(org.springframework.http.HttpStatus.valueOf(answer.status), answer.rule));
        example.put("status", answer.status);
        example.put("detail", answer.detail);
        example.put("instance", "/api/v1/visions");
        if (answer.field != null) {
            example.put("field", answer.field);
        }
        if (answer.rule != null) {
            example.put("rule", answer.rule);
        }
        ApiResponse response = new ApiResponse().description(answer.description).content(new Content()
                .addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                        .examples(Map.of(answer.component, new Example().summary(answer.detail).value(example)))));
        if (answer.retryLater()) {
            response.addHeaderObject("Retry-After", new Header()
                    .description("Sekunder att vänta innan ett nytt försök.")
                    .schema(new IntegerSchema().format("int32").minimum(java.math.BigDecimal.ONE)));
        }
        return response;
    }
}
