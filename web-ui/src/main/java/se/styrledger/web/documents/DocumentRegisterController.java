package se.styrledger.web.documents;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import se.styrledger.events.governingdocument.DocumentType;
import se.styrledger.query.governingdocument.GoverningDocumentQueries;
import se.styrledger.query.governingdocument.GoverningDocumentQueries.Filter;
import se.styrledger.query.organisation.UnitQueries;
import se.styrledger.query.support.ReadTime;
import se.styrledger.web.support.Decisions;
import se.styrledger.web.support.PageContext;
import se.styrledger.web.support.Views;

import java.util.Arrays;
import java.util.UUID;

/**
 * The styrdokument register on the chosen date: search by title, diarienummer or dokumentansvarig, filter by type and
 * nämnd, and the aktualitetsprövningar that are overdue or fall due within 90 days.
 */
@Controller
public class DocumentRegisterController {

    static final int DUE_WITHIN_DAYS = 90;

    private final GoverningDocumentQueries documents;
    private final UnitQueries units;
    private final Decisions decisions;

    public DocumentRegisterController(GoverningDocumentQueries documents, UnitQueries units, Decisions decisions) {
        this.documents = documents;
        this.units = units;
        this.decisions = decisions;
    }

    /** Unknown filter values narrow nothing: a hand-edited address still shows the register. */
    @GetMapping("/styrdokument")
    public ModelAndView register(PageContext page,
                                 @RequestParam(name = "sok", required = false) String title,
                                 @RequestParam(name = "typ", required = false) String type,
                                 @RequestParam(name = "enhet", required = false) String unit,
                                 @RequestParam(name = "dnr", required = false) String caseNumber,
                                 @RequestParam(name = "ansvarig", required = false) String owner,
                                 @RequestParam(name = "upphorda", required = false) String includeEnded) {
        ReadTime at = page.time().readTime();
        DocumentType documentType = Arrays.stream(DocumentType.values()).filter(t -> t.name().equals(type))
                .findFirst().orElse(null);
        UUID unitId = uuid(unit);
        Filter filter = new Filter(blankToNull(title), documentType, unitId, blankToNull(caseNumber),
                blankToNull(owner), includeEnded != null);
        return Views.page("pages/documents", page,
                "documents", documents.register(at, filter),
                "overdue", documents.overdueForReview(at, null, null),
                "due", documents.dueForReview(at, DUE_WITHIN_DAYS, null, null),
                "filter", filter, "types", DocumentType.values(), "units", units.all(at, null, false),
                "names", decisions.at(at));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
