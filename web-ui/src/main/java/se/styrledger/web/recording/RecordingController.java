package se.styrledger.web.recording;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;
import se.styrledger.command.support.CommandResult;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.query.support.ProjectionProgress;
import se.styrledger.web.support.PageContext;
import se.styrledger.web.support.PageNotFound;
import se.styrledger.web.support.Views;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The recording forms (RECORDER): each form posts to its own address, is sent through the API's controller method
 * and so through {@code CommandExecutor} (one transaction, the Idempotency-Key, recordedBy from the logged-in user),
 * and answers with a redirect to a receipt (Post/Redirect/Get). A refusal renders the same form again with what was
 * typed and the rule's Swedish text next to its field.
 */
// The forms send the command side's own commands: a query-only node has none and serves no forms.
@ConditionalOnProperty(name = "styrledger.command-side.enabled", havingValue = "true", matchIfMissing = true)
@Controller
@RequestMapping("/registrera")
public class RecordingController {

    private static final Logger log = LoggerFactory.getLogger(RecordingController.class);
    /** Asks the form to be sent after the "Kontrollera dina svar" page has been read. */
    static final String CONFIRMED = "bekraftat";

    private final RecordingForms forms;
    private final ObjectMapper json;
    private final ProjectionProgress progress;

    public RecordingController(RecordingForms forms, ObjectMapper json, ProjectionProgress progress) {
        this.forms = forms;
        this.json = json;
        this.progress = progress;
    }

    @GetMapping
    public ModelAndView index(PageContext page) {
        return Views.page("recording/index", page, "groups", forms.byGroup());
    }

    @GetMapping("/{slug}")
    public ModelAndView form(@PathVariable String slug, PageContext page, HttpServletRequest request) {
        RecordingForm<?> form = find(slug);
        return formPage(page, FormPage.of(form, FormInput.fresh(form, request), List.of()), HttpStatus.OK);
    }

    @PostMapping("/{slug}")
    public ModelAndView submit(@PathVariable String slug, PageContext page, HttpServletRequest request) {
        return send(find(slug), page, request);
    }

    private <B> ModelAndView send(RecordingForm<B> form, PageContext page, HttpServletRequest request) {
        FormInput input = FormInput.of(form, request);
        FormBinding.Bound<B> bound = FormBinding.bind(form, input, json);
        if (!bound.errors().isEmpty()) {
            return formPage(page, FormPage.of(form, input, bound.errors()), HttpStatus.BAD_REQUEST);
        }
        if (form.checkAnswers() && !"ja".equals(request.getParameter(CONFIRMED))) {
            return Views.page("recording/check", page, "form", FormPage.of(form, input, List.of()));
        }
        try {
            ResponseEntity<CommandResult> answer = form.submission()
                    .submit(bound.target(), bound.body(), new KeyedRequest(request, input.idempotencyKey()));
            CommandResult result = answer.getBody();
            return new ModelAndView("redirect:" + UriComponentsBuilder.fromPath(form.path() + "/klart")
                    .queryParam("id", result.id()).queryParam("position", result.position()).toUriString());
        } catch (RuntimeException e) {
            Optional<Refusals.Refusal> refusal = Refusals.of(form, e);
            if (refusal.isEmpty()) {
                log.error("Recording form {} failed", form.slug(), e);
            }
            Refusals.Refusal shown = refusal.orElseGet(() -> new Refusals.Refusal(HttpStatus.SERVICE_UNAVAILABLE,
                    new FieldError(null, null, "Det gick inte att registrera just nu. Inget har registrerats."
                            + " Försök igen om en stund.", null), false));
            FormInput again = shown.keyUsed() ? input.withFreshKey() : input;
            return formPage(page, FormPage.of(form, again, List.of(shown.error())), shown.status());
        }
    }

    @GetMapping("/{slug}/klart")
    public ModelAndView receipt(@PathVariable String slug, @RequestParam String id, @RequestParam String position,
                                PageContext page) {
        RecordingForm<?> form = find(slug);
        UUID recorded = FormBinding.uuid(id).orElseThrow(() -> new PageNotFound("Kvittot finns inte."));
        long at;
        try {
            at = Long.parseLong(position);
        } catch (NumberFormatException e) {
            throw new PageNotFound("Kvittot finns inte.");
        }
        boolean caughtUp;
        try {
            progress.await(at);
            caughtUp = true;
        } catch (LedgerException e) {
            caughtUp = false;
        }
        return Views.page("recording/receipt", page, "receipt",
                new Receipt(form, recorded, at, form.resultPage(recorded).orElse(null), caughtUp));
    }

    private RecordingForm<?> find(String slug) {
        return forms.find(slug).orElseThrow(() -> new PageNotFound("Formuläret " + slug + " finns inte."));
    }

    private static ModelAndView formPage(PageContext page, FormPage form, HttpStatus status) {
        return Views.page(status, "recording/form", page, "form", form);
    }
}
