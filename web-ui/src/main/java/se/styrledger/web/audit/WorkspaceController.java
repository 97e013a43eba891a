package se.styrledger.web.audit;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.query.accountability.AccountabilityQueryController;
import se.styrledger.query.accountability.AccountabilityReport;
import se.styrledger.query.accountability.AccountabilityReports;
import se.styrledger.query.audit.AuditController;
import se.styrledger.query.audit.AuditEntry;
import se.styrledger.query.audit.AuditQueries;
import se.styrledger.query.audit.Finding;
import se.styrledger.query.audit.Findings;
import se.styrledger.query.goals.GoalQueries;
import se.styrledger.query.organisation.UnitQueries;
import se.styrledger.query.organisation.UnitView;
import se.styrledger.query.support.ReadTime;
import se.styrledger.web.support.PageContext;
import se.styrledger.web.support.PageNotFound;
import se.styrledger.web.support.Views;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The revisor's workspace (AUDITOR or ADMIN): per nämnd and year the findings, each linking to the events behind
 * it; an effektmål's audit trail as a timeline; one event with its decision and who recorded it; everything one
 * account recorded; and the granskningsunderlag for download. Everything is read through the query side's audit
 * services at the page's Per datum and Känt per, and every view is logged (WorkspaceAccessLog). Who recorded an event
 * is personal data and is shown only here.
 */
@Controller
@RequestMapping(WorkspaceController.ROOT)
public class WorkspaceController {

    static final String ROOT = "/granskning";

    private final AuditQueries trail;
    private final Findings findings;
    private final AuditController api;
    private final UnitQueries units;
    private final GoalQueries goals;
    private final AccountabilityReports accountability;
    private final AccountabilityQueryController accountabilityApi;

    public WorkspaceController(AuditQueries trail, Findings findings, AuditController api, UnitQueries units,
                               GoalQueries goals, AccountabilityReports accountability,
                               AccountabilityQueryController accountabilityApi) {
        this.accountabilityApi = accountabilityApi;
        this.trail = trail;
        this.findings = findings;
        this.api = api;
        this.units = units;
        this.goals = goals;
        this.accountability = accountability;
    }

    /** A nämnd or bolag a revisor examines, by name. */
    public record Choice(String value, String label) {
    }

    @GetMapping
    public ModelAndView index(PageContext page) {
        ReadTime at = page.time().readTime();
        List<Choice> audited = units.all(at, null, true).stream()
                .filter(u -> u.kind().equals(UnitKind.COMMITTEE.name()) || u.kind().equals(UnitKind.COMPANY.name())
                        || u.kind().equals(UnitKind.EXECUTIVE_BOARD.name()))
                .sorted(Comparator.comparing(UnitView::name))
                .map(u -> new Choice(u.unitId().toString(), u.name())).toList();
        List<Choice> effectGoals = goals.effectGoals(at, null, null).stream()
                .map(g -> new Choice(g.goalId().toString(), g.year() + ", " + g.ownerUnitName() + ": " + g.title()))
                .toList();
        return Views.page("audit/index", page, "units", audited, "effectGoals", effectGoals,
                "year", page.time().asOf().getYear());
    }

    @GetMapping("/iakttagelser")
    public ModelAndView findings(PageContext page, @RequestParam(required = false) String unitId,
                                 @RequestParam(required = false) String year) {
        UUID unit = id(unitId).orElseThrow(() -> new PageNotFound("Välj en nämnd eller ett bolag."));
        int reviewed = year(year);
        ReadTime at = page.time().readTime();
        String unitName = units.one(unit, at).or(() -> units.history(unit, at).stream().reduce((a, b) -> b))
                .map(UnitView::name).orElseThrow(() -> new PageNotFound("Enheten finns inte i liggaren."));
        List<Finding> found = findings.find(unit, reviewed, at);
        List<AuditEntry> events = trail.byUnitAndYear(unit, reviewed, at);
        return Views.page("audit/findings", page, "unitId", unit, "unitName", unitName, "year", reviewed,
                "findings", found, "events", events, "names", names(events));
    }

    /**
     * The ansvarsprövning of a nämnd's year brought together (docs/ansvarsprovning.md): the commitments with their
     * måluppfyllelse, the findings, who was accountable, the revisorer's bedömning and KF's decision, with the links
     * to protokoll and beslutsunderlag; JSON and CSV of the same at /api/v1/audit/units/{id}/accountability.
     */
    @GetMapping("/ansvarsprovning")
    public ModelAndView accountability(PageContext page, @RequestParam(required = false) String unitId,
                                       @RequestParam(required = false) String year) {
        UUID unit = id(unitId).orElseThrow(() -> new PageNotFound("Välj en nämnd."));
        AccountabilityReport report = accountability.of(unit, year(year), page.time().readTime())
                .orElseThrow(() -> new PageNotFound("Nämnden finns inte per det datumet."));
        // KF as it was named on the page's Per datum, like the trail's beslutsinstanser (ADR 0101).
        Names names = new Names(units.all(page.time().readTime(), null, true).stream()
                .collect(Collectors.toMap(UnitView::unitId, UnitView::name, (a, b) -> a)));
        return Views.page("audit/accountability", page, "report", report, "names", names);
    }

    /** The same ansvarsprövning as CSV for Excel, at the page's time, as the API serves it. */
    @GetMapping("/ansvarsprovning.csv")
    public ResponseEntity<byte[]> accountabilityCsv(PageContext page, @RequestParam(required = false) String unitId,
                                                    @RequestParam(required = false) String year) {
        UUID unit = id(unitId).orElseThrow(() -> new PageNotFound("Välj en nämnd."));
        return accountabilityApi.reportCsv(unit, year(year), page.time().asOfParam(),
                page.time().knownAtParam() == null ? null : page.time().knownAt().toString(), null);
    }

    /** The index page's form asks by query parameter; the trail's own address has the id in its path. */
    @GetMapping("/effektmal")
    public ModelAndView effectGoalTrailAsked(PageContext page, @RequestParam(required = false) String goalId) {
        return effectGoalTrail(page, goalId);
    }

    @GetMapping("/effektmal/{goalId}")
    public ModelAndView effectGoalTrail(PageContext page, @PathVariable String goalId) {
        UUID goal = id(goalId).orElseThrow(() -> new PageNotFound("Adressen innehåller inget giltigt id."));
        ReadTime at = page.time().readTime();
        // A timeline reads in the order things were decided; what was recorded the same day keeps its ledger order.
        List<AuditEntry> chain = trail.chain(goal, at).stream()
                .sorted(Comparator.comparing(AuditFormat::when).thenComparing(AuditEntry::globalPosition)).toList();
        if (chain.isEmpty()) {
            throw new PageNotFound("Effektmålet finns inte i granskningsspåret per det datumet.");
        }
        String title = goals.effectGoal(goal, at).or(() -> goals.effectGoalHistory(goal, at).stream()
                .reduce((a, b) -> b)).map(g -> g.title()).orElse("Effektmål");
        List<Finding> about = api.effectGoalFindings(goal, at);
        return Views.page("audit/trail", page, "goalId", goal, "title", title, "entries", chain, "names", names(chain),
                "findings", about);
    }

    @GetMapping("/handelser/{position}")
    public ModelAndView event(PageContext page, @PathVariable String position) {
        AuditEntry entry = parsePosition(position).flatMap(p -> trail.entry(p, page.time().readTime()))
                .filter(e -> !e.recordedAt().isAfter(page.time().knownAt()))
                .orElseThrow(() -> new PageNotFound("Händelsen finns inte i granskningsspåret."));
        return Views.page("audit/event", page, "entry", entry, "names", names(List.of(entry)));
    }

    @GetMapping("/registrerat-av")
    public ModelAndView recordedBy(PageContext page, @RequestParam(required = false) String person) {
        String who = person == null ? "" : person.strip();
        List<AuditEntry> entries = who.isEmpty() || who.length() > 200 ? List.of()
                : trail.byPerson(who, page.time().readTime());
        return Views.page("audit/person", page, "person", who, "entries", entries, "names", names(entries));
    }

    /** The granskningsunderlag as the API serves it (HTML or CSV), at the page's time: the same document. */
    @GetMapping("/underlag")
    public ResponseEntity<String> review(PageContext page, @RequestParam(required = false) String unitId,
                                         @RequestParam(required = false) String year,
                                         @RequestParam(defaultValue = "html") String format) {
        UUID unit = id(unitId).orElseThrow(() -> new PageNotFound("Välj en nämnd eller ett bolag."));
        if (!format.equals("html") && !format.equals("csv")) {
            throw new PageNotFound("Underlaget finns som html eller csv.");
        }
        return api.review(unit, year(year), format, page.time().readTime());
    }

    /** The beslutsinstanser and units as the trail named them: on the page's Per datum (ADR 0101). */
    private static Names names(List<AuditEntry> entries) {
        Map<UUID, String> names = new HashMap<>();
        for (AuditEntry entry : entries) {
            if (entry.decidedBy() != null) {
                names.put(entry.decidedBy(), entry.decidedByName());
            }
            if (entry.unitId() != null) {
                names.put(entry.unitId(), entry.unitName());
            }
        }
        return new Names(names);
    }

    private static Optional<UUID> id(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> parsePosition(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int year(String value) {
        int year;
        try {
            year = Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            year = 0;
        }
        if (year < 1900 || year > 2200) {
            throw new PageNotFound("Ange ett år mellan 1900 och 2200, till exempel 2024.");
        }
        return year;
    }
}
