package se.styrledger.web.recording;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import se.styrledger.command.support.CommandResult;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * One recording form: its address under /registrera, its Swedish heading, its fields and the API command it sends.
 * {@code submission} calls the API's own controller method, so a form records exactly what the same JSON sent to the
 * API would (one way to write). {@code bodyType} is that method's request body, built from the fields by their JSON
 * paths; null for a command without a body (closing a report).
 */
public final class RecordingForm<B> {

    /** The field name of the id a command acts on (the API's path variable). */
    public static final String TARGET = "target";

    /** Calls the API's controller method with the id acted on (or null), the body and the request. */
    @FunctionalInterface
    public interface Submission<B> {
        ResponseEntity<CommandResult> submit(UUID target, B body, HttpServletRequest request);
    }

    private final String slug;
    private final String group;
    private final String title;
    private final Class<B> bodyType;
    private String lead;
    private List<FormField> fields = List.of();
    private Submission<B> submission;
    private Function<UUID, String> resultPage;
    private boolean checkAnswers;
    private String submitLabel = "Registrera";

    private RecordingForm(String slug, String group, String title, Class<B> bodyType) {
        this.slug = slug;
        this.group = group;
        this.title = title;
        this.bodyType = bodyType;
    }

    public static <B> RecordingForm<B> of(String slug, String group, String title, Class<B> bodyType) {
        return new RecordingForm<>(slug, group, title, bodyType);
    }

    public RecordingForm<B> lead(String lead) {
        this.lead = lead;
        return this;
    }

    public RecordingForm<B> fields(FormField... fields) {
        this.fields = List.of(fields);
        return this;
    }

    public RecordingForm<B> submit(Submission<B> submission) {
        this.submission = submission;
        return this;
    }

    /** The public page where what was recorded can be seen, by the id the command answered. */
    public RecordingForm<B> resultPage(Function<UUID, String> resultPage) {
        this.resultPage = resultPage;
        return this;
    }

    /** An irreversible step: the answers are shown for checking ("Kontrollera dina svar") before they are sent. */
    public RecordingForm<B> checkAnswersFirst(String submitLabel) {
        this.checkAnswers = true;
        this.submitLabel = submitLabel;
        return this;
    }

    public String slug() {
        return slug;
    }

    public String group() {
        return group;
    }

    public String title() {
        return title;
    }

    public String lead() {
        return lead;
    }

    public List<FormField> fields() {
        return fields;
    }

    public Class<B> bodyType() {
        return bodyType;
    }

    public Submission<B> submission() {
        return submission;
    }

    public Optional<String> resultPage(UUID id) {
        return resultPage == null || id == null ? Optional.empty() : Optional.of(resultPage.apply(id));
    }

    public boolean checkAnswers() {
        return checkAnswers;
    }

    public String submitLabel() {
        return submitLabel;
    }

    public String path() {
        return "/registrera/" + slug;
    }

    public Optional<FormField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
