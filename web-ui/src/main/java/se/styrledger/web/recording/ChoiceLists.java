package se.styrledger.web.recording;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.query.activities.ActivityQueries;
import se.styrledger.query.followup.FollowUpQueries;
import se.styrledger.query.goals.EffectGoalView;
import se.styrledger.query.goals.GoalQueries;
import se.styrledger.query.governingdocument.GoverningDocumentQueries;
import se.styrledger.query.indicators.IndicatorQueries;
import se.styrledger.query.indicators.IndicatorView;
import se.styrledger.query.organisation.UnitQueries;
import se.styrledger.query.organisation.UnitView;
import se.styrledger.query.support.ReadTime;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The select lists of the recording forms, read through the query side's own query services (the same reads the
 * API answers), so a recorder picks a nämnd or a goal by name instead of typing an id.
 */
// The forms send the command side's own commands: a query-only node has none and serves no forms.
@ConditionalOnProperty(name = "styrledger.command-side.enabled", havingValue = "true", matchIfMissing = true)
@Component
public class ChoiceLists {

    static final int LATEST_VALUES = 200;

    private final UnitQueries units;
    private final GoalQueries goals;
    private final IndicatorQueries indicators;
    private final ActivityQueries activities;
    private final FollowUpQueries followUp;
    private final GoverningDocumentQueries documents;
    private final Clock clock;

    public ChoiceLists(UnitQueries units, GoalQueries goals, IndicatorQueries indicators, ActivityQueries activities,
                       FollowUpQueries followUp, GoverningDocumentQueries documents, Clock clock) {
        this.units = units;
        this.goals = goals;
        this.indicators = indicators;
        this.activities = activities;
        this.followUp = followUp;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * Everything recorded so far, including what takes effect later: a nämnd adopts next year's effektmål in the
     * autumn, and a recorder must be able to pick them.
     */
    private ReadTime everything() {
        ReadTime now = ReadTime.of(null, null, clock);
        return new ReadTime(now.asOf().plusYears(3), now.knownAt());
    }

    public List<Option> units() {
        return units.all(everything(), null, false).stream()
                .sorted(Comparator.comparing(UnitView::name))
                .map(u -> new Option(u.unitId().toString(), u.name() + " (" + u.kindLabel() + ")")).toList();
    }

    /** Kommunfullmäktige, kommunstyrelsen, nämnder and bolag: the bodies that take decisions. */
    public List<Option> decisionBodies() {
        return units.all(everything(), null, false).stream()
                .filter(u -> UnitKind.valueOf(u.kind()).isDecisionBody())
                .sorted(Comparator.comparing(UnitView::name))
                .map(u -> new Option(u.unitId().toString(), u.name())).toList();
    }

    public List<Option> visions() {
        return goals.visions(everything()).stream().filter(v -> !v.withdrawn())
                .map(v -> new Option(v.visionId().toString(), v.text())).toList();
    }

    public List<Option> strategicDirections() {
        return goals.directions(everything(), null).stream().filter(d -> !d.withdrawn())
                .map(d -> new Option(d.directionId().toString(), d.name())).toList();
    }

    public List<Option> directionGoals() {
        return goals.directionGoals(everything(), null, null).stream().filter(g -> !g.withdrawn())
                .map(g -> new Option(g.goalId().toString(), g.title() + " (" + g.fromYear() + "–" + g.toYear() + ")"))
                .toList();
    }

    public List<Option> effectGoals() {
        return liveEffectGoals().map(g -> new Option(g.goalId().toString(), effectGoalLabel(g))).toList();
    }

    /** What an assessment may be about: an effektmål or an inriktningsmål. */
    public List<Option> assessableGoals() {
        return Stream.concat(effectGoals().stream(), directionGoals().stream()
                .map(o -> new Option(o.value(), "Inriktningsmål: " + o.label()))).toList();
    }

    public List<Option> activities() {
        Map<UUID, EffectGoalView> byId = liveEffectGoals()
                .collect(Collectors.toMap(EffectGoalView::goalId, Function.identity(), (a, b) -> a));
        if (byId.isEmpty()) {
            return List.of();
        }
        return activities.forEffectGoals(everything(), byId.keySet(), List.of()).values().stream()
                .flatMap(List::stream)
                .map(a -> new Option(a.activityId().toString(), a.title() + " (" + a.statusLabel() + ") — "
                        + effectGoalLabel(byId.get(a.effectGoalId()))))
                .sorted(Comparator.comparing(Option::label)).toList();
    }

    public List<Option> indicators() {
        return indicators.all(everything()).stream()
                .map(i -> new Option(i.indicatorId().toString(), i.name())).toList();
    }

    /**
     * The latest current figures (a correction supersedes a current one), newest first and at most
     * {@value #LATEST_VALUES}: a ledger holds far more values than a select list can show.
     */
    public List<Option> currentValues() {
        Map<UUID, String> indicatorNames = indicators.all(everything()).stream()
                .collect(Collectors.toMap(IndicatorView::indicatorId, IndicatorView::name, (a, b) -> a));
        Map<UUID, String> unitNames = units.all(everything(), null, true).stream()
                .collect(Collectors.toMap(UnitView::unitId, UnitView::name, (a, b) -> a));
        return followUp.latestValues(clock.instant(), LATEST_VALUES).stream()
                .map(v -> new Option(v.valueId().toString(), indicatorNames.getOrDefault(v.indicatorId(), "Indikator")
                        + ", " + unitNames.getOrDefault(v.unitId(), "enhet") + ", " + v.period().label() + ": "
                        + v.value().toPlainString().replace('.', ',')))
                .toList();
    }

    public List<Option> openReports() {
        return followUp.reports(null, clock.instant()).stream().filter(r -> !r.closed())
                .map(r -> new Option(r.reportId().toString(), r.title() + " (brytdatum " + r.cutOff() + ")")).toList();
    }

    /** Closed reports that KF has not yet adopted. */
    public List<Option> closedReports() {
        return followUp.reports(null, clock.instant()).stream().filter(r -> r.closed() && r.adoption() == null)
                .map(r -> new Option(r.reportId().toString(), r.title() + " (" + r.statusLabel() + ")")).toList();
    }

    public List<Option> documents() {
        return documents.register(everything(), GoverningDocumentQueries.Filter.none()).stream()
                .map(d -> new Option(d.documentId().toString(), d.title() + " (" + d.typeLabel() + ")")).toList();
    }

    /** The values of an enum, each with its Swedish word. */
    public static <E extends Enum<E>> List<Option> swedish(Class<E> type, Function<E, String> word) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> new Option(e.name(), capitalised(word.apply(e)))).toList();
    }

    private Stream<EffectGoalView> liveEffectGoals() {
        return goals.effectGoals(everything(), null, null).stream().filter(g -> !g.withdrawn());
    }

    private static String effectGoalLabel(EffectGoalView goal) {
        return goal == null ? "" : goal.year() + ", " + goal.ownerUnitName() + ": " + goal.title();
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
