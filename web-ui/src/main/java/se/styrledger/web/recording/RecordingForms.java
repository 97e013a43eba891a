package se.styrledger.web.recording;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import se.styrledger.command.activities.ActivityCommandController;
import se.styrledger.command.activities.ActivityCommandController.ChangeStatusRequest;
import se.styrledger.command.activities.ActivityCommandController.PlanActivityRequest;
import se.styrledger.command.followup.AssessmentCommandController;
import se.styrledger.command.followup.AssessmentCommandController.RecordAssessmentRequest;
import se.styrledger.command.followup.FollowUpReportCommandController;
import se.styrledger.command.followup.FollowUpReportCommandController.AdoptReportRequest;
import se.styrledger.command.followup.FollowUpReportCommandController.OpenReportRequest;
import se.styrledger.command.followup.IndicatorValueCommandController;
import se.styrledger.command.followup.IndicatorValueCommandController.CorrectValueRequest;
import se.styrledger.command.followup.IndicatorValueCommandController.ReportValueRequest;
import se.styrledger.command.goals.DirectionGoalCommandController;
import se.styrledger.command.goals.DirectionGoalCommandController.AdoptDirectionGoalRequest;
import se.styrledger.command.goals.DirectionGoalCommandController.ReviseDirectionGoalRequest;
import se.styrledger.command.goals.EffectGoalCommandController;
import se.styrledger.command.goals.EffectGoalCommandController.AdoptEffectGoalRequest;
import se.styrledger.command.goals.EffectGoalCommandController.LinkRequest;
import se.styrledger.command.goals.EffectGoalCommandController.ReviseEffectGoalRequest;
import se.styrledger.command.goals.GoalRequests.WithdrawRequest;
import se.styrledger.command.goals.VisionCommandController;
import se.styrledger.command.goals.VisionCommandController.AdoptStrategicDirectionRequest;
import se.styrledger.command.goals.VisionCommandController.AdoptVisionRequest;
import se.styrledger.command.goals.VisionCommandController.ReviseStrategicDirectionRequest;
import se.styrledger.command.goals.VisionCommandController.ReviseVisionRequest;
import se.styrledger.command.governingdocument.GoverningDocumentCommandController;
import se.styrledger.command.governingdocument.GoverningDocumentCommandController.AdoptDocumentRequest;
import se.styrledger.command.governingdocument.GoverningDocumentCommandController.ChangeOwnerRequest;
import se.styrledger.command.governingdocument.GoverningDocumentCommandController.ConfirmCurrentRequest;
import se.styrledger.command.governingdocument.GoverningDocumentCommandController.RepealRequest;
import se.styrledger.command.governingdocument.GoverningDocumentCommandController.ReplaceRequest;
import se.styrledger.command.organisation.UnitCommandController;
import se.styrledger.command.organisation.UnitCommandController.EstablishUnitRequest;
import se.styrledger.events.activities.ActivityStatus;
import se.styrledger.events.followup.AttainmentLevel;
import se.styrledger.events.followup.FollowUpReportKind;
import se.styrledger.events.governingdocument.DocumentType;
import se.styrledger.events.indicators.PeriodKind;
import se.styrledger.events.organisation.UnitKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static se.styrledger.web.recording.FormField.checkbox;
import static se.styrledger.web.recording.FormField.choices;
import static se.styrledger.web.recording.FormField.date;
import static se.styrledger.web.recording.FormField.integer;
import static se.styrledger.web.recording.FormField.lines;
import static se.styrledger.web.recording.FormField.number;
import static se.styrledger.web.recording.FormField.select;
import static se.styrledger.web.recording.FormField.target;
import static se.styrledger.web.recording.FormField.text;
import static se.styrledger.web.recording.FormField.textarea;

/**
 * Every recording form, each bound to the API controller method that records the same command. The field names are
 * the API's JSON paths (see {@link FormField}); the select lists come from {@link ChoiceLists}.
 */
// The forms send the command side's own commands: a query-only node has none and serves no forms.
@ConditionalOnProperty(name = "styrledger.command-side.enabled", havingValue = "true", matchIfMissing = true)
@Component
public class RecordingForms {

    private final Map<String, RecordingForm<?>> bySlug = new LinkedHashMap<>();

    public RecordingForms(ChoiceLists lists, UnitCommandController units, VisionCommandController visions,
                          DirectionGoalCommandController directionGoals, EffectGoalCommandController effectGoals,
                          ActivityCommandController activities, IndicatorValueCommandController values,
                          AssessmentCommandController assessments, FollowUpReportCommandController reports,
                          GoverningDocumentCommandController documents) {
        organisation(lists, units);
        visions(lists, visions);
        directionGoals(lists, directionGoals);
        effectGoals(lists, effectGoals);
        activities(lists, activities);
        followUp(lists, values, assessments, reports);
        documents(lists, documents);
    }

    public Optional<RecordingForm<?>> find(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    public Collection<RecordingForm<?>> all() {
        return bySlug.values();
    }

    /** The forms grouped under their headings, in the order of the röd tråd. */
    public Map<String, List<RecordingForm<?>>> byGroup() {
        Map<String, List<RecordingForm<?>>> groups = new LinkedHashMap<>();
        bySlug.values().forEach(f -> groups.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f));
        return groups;
    }

    private void add(RecordingForm<?> form) {
        bySlug.put(form.slug(), form);
    }

    /** The beslut every decided command carries. */
    private static FormField[] decision(ChoiceLists lists, String body, FormField... before) {
        return Stream.concat(Stream.of(before), Stream.of(
                select("decision.decidedBy", "Beslutsinstans", body, lists::decisionBodies).alsoFor("decision"),
                date("decision.decidedOn", "Sammanträdesdatum", null),
                text("decision.paragraph", "Paragraf (§)", "Till exempel § 90."),
                text("decision.caseNumber", "Diarienummer", "Till exempel KS 2019/0458."),
                date("decision.effectiveFrom", "Gäller från (valfritt)",
                        "Lämna tomt om beslutet gäller från sammanträdesdatum."))).toArray(FormField[]::new);
    }

    private void organisation(ChoiceLists lists, UnitCommandController units) {
        add(RecordingForm.of("enhet", "Organisation", "Inrätta en enhet", EstablishUnitRequest.class)
                .lead("Kommunfullmäktige, kommunstyrelsen, en nämnd, ett bolag, en förvaltning eller en avdelning,"
                        + " inrättad genom ett beslut.")
                .fields(decision(lists, "Den instans som beslutade att inrätta enheten. Lämna tomt för"
                                + " kommunfullmäktige, som inrättas genom sitt eget beslut.",
                        text("name", "Namn", "Till exempel Socialnämnden."),
                        select("kind", "Slag av enhet", null, () -> ChoiceLists.swedish(UnitKind.class, UnitKind::swedish)),
                        select("parentId", "Överordnad enhet", "Lämna tomt för kommunfullmäktige.", lists::units)))
                .submit((t, body, request) -> units.establish(body, request))
                .resultPage(id -> "/enheter/" + id));
    }

    private void visions(ChoiceLists lists, VisionCommandController visions) {
        String kf = "Visionen och de strategiska inriktningarna antas av kommunfullmäktige (R-01).";
        add(RecordingForm.of("vision", "Vision och strategiska inriktningar", "Anta en vision", AdoptVisionRequest.class)
                .lead(kf)
                .fields(decision(lists, kf, textarea("text", "Visionens text", null)))
                .submit((t, body, request) -> visions.adoptVision(body, request))
                .resultPage(id -> "/"));
        add(RecordingForm.of("vision-revidera", "Vision och strategiska inriktningar", "Revidera visionen",
                        ReviseVisionRequest.class)
                .fields(decision(lists, kf, target("Vision", null, lists::visions),
                        textarea("text", "Visionens nya text", null)))
                .submit((t, body, request) -> visions.reviseVision(t, body, request))
                .resultPage(id -> "/"));
        add(RecordingForm.of("vision-uppheva", "Vision och strategiska inriktningar", "Upphäva visionen",
                        WithdrawRequest.class)
                .fields(decision(lists, kf, target("Vision", null, lists::visions),
                        textarea("reason", "Skäl", null)))
                .submit((t, body, request) -> visions.withdrawVision(t, body, request))
                .resultPage(id -> "/"));
        add(RecordingForm.of("strategisk-inriktning", "Vision och strategiska inriktningar",
                        "Anta en strategisk inriktning", AdoptStrategicDirectionRequest.class)
                .fields(decision(lists, kf, select("visionId", "Vision", null, lists::visions),
                        text("name", "Namn", "Till exempel Livskvalitet."),
                        lines("themes", "Teman (valfritt)", "Ett tema per rad, till exempel hälsa.")))
                .submit((t, body, request) -> visions.adoptDirection(body, request))
                .resultPage(id -> "/rod-trad"));
        add(RecordingForm.of("strategisk-inriktning-revidera", "Vision och strategiska inriktningar",
                        "Revidera en strategisk inriktning", ReviseStrategicDirectionRequest.class)
                .fields(decision(lists, kf, target("Strategisk inriktning", null, lists::strategicDirections),
                        text("name", "Namn", null),
                        lines("themes", "Teman (valfritt)", "Ett tema per rad.")))
                .submit((t, body, request) -> visions.reviseDirection(t, body, request))
                .resultPage(id -> "/rod-trad"));
        add(RecordingForm.of("strategisk-inriktning-uppheva", "Vision och strategiska inriktningar",
                        "Upphäva en strategisk inriktning", WithdrawRequest.class)
                .fields(decision(lists, kf, target("Strategisk inriktning", null, lists::strategicDirections),
                        textarea("reason", "Skäl", null)))
                .submit((t, body, request) -> visions.withdrawDirection(t, body, request))
                .resultPage(id -> "/rod-trad"));
    }

    private void directionGoals(ChoiceLists lists, DirectionGoalCommandController directionGoals) {
        String kf = "Inriktningsmål antas av kommunfullmäktige (R-01).";
        add(RecordingForm.of("inriktningsmal", "Inriktningsmål", "Anta ett inriktningsmål",
                        AdoptDirectionGoalRequest.class)
                .lead(kf)
                .fields(decision(lists, kf,
                        select("directionId", "Strategisk inriktning", null, lists::strategicDirections),
                        text("title", "Inriktningsmål", "Till exempel Fler unga går från bidrag till egen försörjning."),
                        textarea("description", "Beskrivning (valfritt)", null),
                        integer("fromYear", "Från år", "Till exempel 2023."),
                        integer("toYear", "Till och med år", "Till exempel 2026.")))
                .submit((t, body, request) -> directionGoals.adopt(body, request))
                .resultPage(id -> "/mal/" + id));
        add(RecordingForm.of("inriktningsmal-revidera", "Inriktningsmål", "Revidera ett inriktningsmål",
                        ReviseDirectionGoalRequest.class)
                .fields(decision(lists, kf, target("Inriktningsmål", null, lists::directionGoals),
                        select("directionId", "Strategisk inriktning", null, lists::strategicDirections),
                        text("title", "Inriktningsmål", null),
                        textarea("description", "Beskrivning (valfritt)", null),
                        integer("fromYear", "Från år", null),
                        integer("toYear", "Till och med år", null)))
                .submit((t, body, request) -> directionGoals.revise(t, body, request))
                .resultPage(id -> "/mal/" + id));
        add(RecordingForm.of("inriktningsmal-uppheva", "Inriktningsmål", "Upphäva ett inriktningsmål",
                        WithdrawRequest.class)
                .lead("Effektmål som är kopplade till det flaggas.")
                .fields(decision(lists, kf, target("Inriktningsmål", null, lists::directionGoals),
                        textarea("reason", "Skäl", null)))
                .submit((t, body, request) -> directionGoals.withdraw(t, body, request))
                .resultPage(id -> "/mal/" + id));
    }

    private void effectGoals(ChoiceLists lists, EffectGoalCommandController effectGoals) {
        String owner = "Nämnden eller bolaget som äger effektmålet, eller kommunfullmäktige om målet åläggs (R-02).";
        add(RecordingForm.of("effektmal", "Effektmål", "Anta ett effektmål", AdoptEffectGoalRequest.class)
                .lead("Ett effektmål är nämndens eller bolagets åtagande mot kommunfullmäktige för ett år: vilken"
                        + " målgrupp och vilken effekt (R-11, R-12), kopplat till inriktningsmål (R-10).")
                .fields(decision(lists, owner,
                        select("ownerUnitId", "Nämnd eller bolag", null, lists::units),
                        integer("year", "Verksamhetsår", "Till exempel 2024."),
                        text("title", "Effektmål", "Till exempel Kommuninvånarna får mindre nedskräpning."),
                        text("targetGroup", "Målgrupp", "Till exempel Kommuninvånarna."),
                        textarea("intendedEffect", "Effekt", "Den förändring målgruppen ska märka under året."),
                        choices("directionGoalIds", "Inriktningsmål som effektmålet knyter an till",
                                "Välj ett eller flera.", lists::directionGoals),
                        checkbox("imposedByCouncil", "Ålagt av kommunfullmäktige",
                                "Kryssa i om kommunfullmäktige ålägger nämnden målet (avsteg från principen, §5).")))
                .submit((t, body, request) -> effectGoals.adopt(body, request))
                .resultPage(id -> "/mal/" + id));
        add(RecordingForm.of("effektmal-revidera", "Effektmål", "Revidera ett effektmål",
                        ReviseEffectGoalRequest.class)
                .fields(decision(lists, owner, target("Effektmål", null, lists::effectGoals),
                        text("title", "Effektmål", null),
                        text("targetGroup", "Målgrupp", null),
                        textarea("intendedEffect", "Effekt", null)))
                .submit((t, body, request) -> effectGoals.revise(t, body, request))
                .resultPage(id -> "/mal/" + id));
        add(RecordingForm.of("effektmal-koppla", "Effektmål", "Koppla ett effektmål till ett inriktningsmål",
                        LinkRequest.class)
                .fields(decision(lists, owner, target("Effektmål", null, lists::effectGoals),
                        select("directionGoalId", "Inriktningsmål", null, lists::directionGoals)))
                .submit((t, body, request) -> effectGoals.link(t, body, request))
                .resultPage(id -> "/mal/" + id));
        add(RecordingForm.of("effektmal-uppheva", "Effektmål", "Upphäva ett effektmål", WithdrawRequest.class)
                .fields(decision(lists, owner, target("Effektmål", null, lists::effectGoals),
                        textarea("reason", "Skäl", null)))
                .submit((t, body, request) -> effectGoals.withdraw(t, body, request))
                .resultPage(id -> "/mal/" + id));
    }

    private void activities(ChoiceLists lists, ActivityCommandController activities) {
        add(RecordingForm.of("aktivitet", "Aktiviteter", "Planera en aktivitet", PlanActivityRequest.class)
                .lead("En aktivitet är konkret, ansvarsfördelad och tidssatt (R-13).")
                .fields(decision(lists, "Nämnden eller bolaget som beslutade aktiviteten.",
                        select("effectGoalId", "Effektmål", null, lists::effectGoals),
                        text("title", "Aktivitet", "Till exempel Informationskampanj om källsortering."),
                        text("responsible", "Ansvarig", "En person eller en roll, till exempel Avfallschefen."),
                        date("dueDate", "Klar senast", null),
                        checkbox("imposedByCouncil", "Ålagd av kommunfullmäktige", null)))
                .submit((t, body, request) -> activities.plan(body, request)));
        add(RecordingForm.of("aktivitet-status", "Aktiviteter", "Ändra en aktivitets status", ChangeStatusRequest.class)
                .fields(target("Aktivitet", null, lists::activities),
                        select("status", "Ny status", null,
                                () -> ChoiceLists.swedish(ActivityStatus.class, ActivityStatus::swedish)),
                        textarea("comment", "Kommentar", "Till exempel Upphandlingen är klar."),
                        date("changedOn", "Datum för ändringen", null))
                .submit((t, body, request) -> activities.status(t, body, request)));
    }

    private void followUp(ChoiceLists lists, IndicatorValueCommandController values,
                          AssessmentCommandController assessments, FollowUpReportCommandController reports) {
        add(RecordingForm.of("utfall", "Uppföljning", "Rapportera ett utfall", ReportValueRequest.class)
                .lead("Ett utfall för en indikator, en enhet och en period, med källa.")
                .fields(select("indicatorId", "Indikator", null, lists::indicators),
                        select("unitId", "Nämnd eller enhet", null, lists::units),
                        select("period.kind", "Slag av period", null,
                                () -> ChoiceLists.swedish(PeriodKind.class, PeriodKind::swedish)),
                        integer("period.year", "År", "Till exempel 2024."),
                        integer("period.number", "Periodens nummer", "Månad 1–12, tertial 1–3, år 1.")
                                .alsoFor("period"),
                        number("value", "Utfall", "Till exempel 78,9."),
                        number("genderSplit.women", "Kvinnor (valfritt)", null).alsoFor("genderSplit"),
                        number("genderSplit.men", "Män (valfritt)", null),
                        text("source", "Källa", "Var siffran kommer ifrån, till exempel Kolada N00002."))
                .submit((t, body, request) -> values.report(body, request)));
        add(RecordingForm.of("utfall-korrigera", "Uppföljning", "Korrigera ett utfall", CorrectValueRequest.class)
                .lead("En korrigering är ett nytt värde som ersätter det gamla, med skäl (R-23). Det gamla finns kvar"
                        + " i granskningsspåret.")
                .fields(target("Utfall som korrigeras", null, lists::currentValues).alsoFor("supersedesValueId", "period"),
                        number("value", "Nytt utfall", "Till exempel 79,4."),
                        number("genderSplit.women", "Kvinnor (valfritt)", null).alsoFor("genderSplit"),
                        number("genderSplit.men", "Män (valfritt)", null),
                        text("source", "Källa", null),
                        textarea("reason", "Skäl till korrigeringen", "Till exempel Kolada reviderade siffran."))
                .submit((t, body, request) -> values.correct(t, body, request)));
        add(RecordingForm.of("bedomning", "Uppföljning", "Bedöm måluppfyllelse", RecordAssessmentRequest.class)
                .lead("En bedömning i en öppen rapport: nivå, analys och vem som bedömde (R-22).")
                .fields(select("reportId", "Rapport", null, lists::openReports),
                        select("goalId", "Mål", null, lists::assessableGoals),
                        select("level", "Måluppfyllelse", null,
                                () -> ChoiceLists.swedish(AttainmentLevel.class, AttainmentLevel::swedish)),
                        textarea("analysis", "Analys", "Varför målet är eller inte är uppfyllt."),
                        text("assessedBy", "Bedömt av", "Till exempel Socialnämnden."))
                .submit((t, body, request) -> assessments.record(body, request))
                .resultPage(id -> "/rapporter"));
        add(RecordingForm.of("rapport-oppna", "Uppföljning", "Öppna en rapport", OpenReportRequest.class)
                .lead("Brytdatum följer inställningen för rapportens slag (R-20).")
                .fields(integer("year", "År", "Till exempel 2024."),
                        select("kind", "Rapport", null,
                                () -> ChoiceLists.swedish(FollowUpReportKind.class, FollowUpReportKind::swedish)))
                .submit((t, body, request) -> reports.open(body, request))
                .resultPage(id -> "/rapporter"));
        add(RecordingForm.of("rapport-stang", "Uppföljning", "Stäng en rapport", null)
                .lead("När rapporten stängs fryses dess innehåll så som liggaren då känner det. Det går inte att"
                        + " ångra (R-21).")
                .fields(target("Rapport", null, lists::openReports).alsoFor("reportId"))
                .checkAnswersFirst("Stäng rapporten")
                .submit((t, body, request) -> reports.close(t, request))
                .resultPage(id -> "/rapporter"));
        add(RecordingForm.of("rapport-kf-beslut", "Uppföljning", "Kommunfullmäktiges beslut om en stängd rapport",
                        AdoptReportRequest.class)
                .lead("Kommunfullmäktiges beslut att godkänna årsredovisningen eller behandla en delårsrapport.")
                .fields(decision(lists, "Kommunfullmäktige.",
                        target("Rapport", null, lists::closedReports).alsoFor("reportId")))
                .submit((t, body, request) -> reports.adopt(t, body, request))
                .resultPage(id -> "/rapporter"));
    }

    private void documents(ChoiceLists lists, GoverningDocumentCommandController documents) {
        String who = "Vem som får anta vilket slag av styrdokument följer styrdokumentpolicyn.";
        add(RecordingForm.of("styrdokument", "Styrdokument", "Anta ett styrdokument", AdoptDocumentRequest.class)
                .lead(who)
                .fields(decision(lists, "Den instans som antog styrdokumentet.",
                        select("type", "Slag av styrdokument", null,
                                () -> ChoiceLists.swedish(DocumentType.class, DocumentType::swedish)),
                        text("title", "Titel", "Till exempel Policy för ledning och styrning."),
                        text("caseNumber", "Dokumentets diarienummer (valfritt)", "Lämna tomt för beslutets."),
                        text("owner", "Dokumentansvarig", "En person eller en roll, till exempel Kvalitetsstrateg."),
                        checkbox("scope.wholeMunicipality", "Gäller hela kommunen", null).alsoFor("scope"),
                        choices("scope.unitIds", "Gäller dessa enheter", "Välj enheter om det inte gäller hela kommunen.",
                                lists::units),
                        date("validUntil", "Sista giltighetsdag (valfritt)", "Lämna tomt om det gäller tills vidare."),
                        date("reviewDue", "Nästa aktualitetsprövning", null),
                        select("parentDocumentId", "Överordnat styrdokument (valfritt)", null, lists::documents),
                        text("publishedText.url", "Länk till den publicerade texten (valfritt)", null)
                                .alsoFor("publishedText")))
                .submit((t, body, request) -> documents.adopt(body, request))
                .resultPage(id -> "/styrdokument"));
        add(RecordingForm.of("styrdokument-aktualitetsprova", "Styrdokument", "Aktualitetspröva ett styrdokument",
                        ConfirmCurrentRequest.class)
                .lead("Dokumentet är fortfarande aktuellt; nästa prövning flyttas.")
                .fields(decision(lists, who, target("Styrdokument", null, lists::documents),
                        date("reviewDue", "Nästa aktualitetsprövning", null)))
                .submit((t, body, request) -> documents.confirmCurrent(t, body, request))
                .resultPage(id -> "/styrdokument"));
        add(RecordingForm.of("styrdokument-ansvarig", "Styrdokument", "Byt dokumentansvarig", ChangeOwnerRequest.class)
                .fields(decision(lists, who, target("Styrdokument", null, lists::documents),
                        text("owner", "Ny dokumentansvarig", null)))
                .submit((t, body, request) -> documents.changeOwner(t, body, request))
                .resultPage(id -> "/styrdokument"));
        add(RecordingForm.of("styrdokument-ersatt", "Styrdokument", "Ersätt ett styrdokument", ReplaceRequest.class)
                .fields(decision(lists, who, target("Styrdokument som ersätts", null, lists::documents),
                        select("replacedBy", "Ersätts av", "Ett redan antaget styrdokument.", lists::documents)))
                .submit((t, body, request) -> documents.replace(t, body, request))
                .resultPage(id -> "/styrdokument"));
        add(RecordingForm.of("styrdokument-uppheva", "Styrdokument", "Upphäva ett styrdokument", RepealRequest.class)
                .fields(decision(lists, who, target("Styrdokument", null, lists::documents)))
                .submit((t, body, request) -> documents.repeal(t, body, request))
                .resultPage(id -> "/styrdokument"));
    }
}
