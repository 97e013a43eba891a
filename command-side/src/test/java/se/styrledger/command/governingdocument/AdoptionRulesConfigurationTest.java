package se.styrledger.command.governingdocument;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import se.styrledger.command.governingdocument.DocumentCommands.AdoptDocument;
import se.styrledger.command.testing.FakeDocumentDirectory;
import se.styrledger.command.testing.FakeUnitDirectory;
import se.styrledger.events.Decision;
import se.styrledger.events.governingdocument.DocumentAdopted;
import se.styrledger.events.governingdocument.DocumentContent;
import se.styrledger.events.governingdocument.DocumentScope;
import se.styrledger.events.governingdocument.DocumentType;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.platform.web.LedgerException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who adopts which styrdokument is each kommun's own rule: the same decision is accepted under Trelleborg's rules
 * (the default) and refused under another kommun's, bound from configuration the way an operator writes it.
 */
class AdoptionRulesConfigurationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Stockholm"));

    /** A kommun whose rules say strategies for more than one nämnd are KF's, and riktlinjer are KS's alone. */
    private static final Map<String, String> ANOTHER_KOMMUN = Map.of(
            "styrledger.governing-documents.adoption-rules.STRATEGY.rule", "R-04",
            "styrledger.governing-documents.adoption-rules.STRATEGY.any-scope", "COUNCIL",
            "styrledger.governing-documents.adoption-rules.STRATEGY.own-area", "COMMITTEE,COMPANY,EXECUTIVE_BOARD",
            "styrledger.governing-documents.adoption-rules.GUIDELINE.rule", "R-05",
            "styrledger.governing-documents.adoption-rules.GUIDELINE.any-scope[0]", "EXECUTIVE_BOARD");

    private final FakeUnitDirectory units = new FakeUnitDirectory();
    private final FakeDocumentDirectory documents = new FakeDocumentDirectory();
    private UUID executiveBoard;
    private UUID socialCommittee;
    private UUID educationCommittee;

    @BeforeEach
    void setUp() {
        LocalDate founded = LocalDate.of(2015, 1, 1);
        UUID council = units.add(UnitKind.COUNCIL, null, founded);
        executiveBoard = units.add(UnitKind.EXECUTIVE_BOARD, council, founded);
        socialCommittee = units.add(UnitKind.COMMITTEE, council, founded);
        educationCommittee = units.add(UnitKind.COMMITTEE, council, founded);
    }

    private static AdoptionRules bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bind("styrledger.governing-documents", Bindable.ofInstance(new AdoptionRules()))
                .orElseGet(AdoptionRules::new);
    }

    private AggregateTestFixture<GoverningDocument> fixture(AdoptionRules rules) {
        AggregateTestFixture<GoverningDocument> fixture = new AggregateTestFixture<>(GoverningDocument.class);
        fixture.registerInjectableResource(units);
        fixture.registerInjectableResource(documents);
        fixture.registerInjectableResource(rules);
        fixture.registerInjectableResource(CLOCK);
        return fixture;
    }

    private AdoptDocument strategyForTwoCommitteesByTheExecutiveBoard(UUID id) {
        return new AdoptDocument(id, DocumentType.STRATEGY, new DocumentContent("Strategi för medborgardialog",
                "KS 2019/0458", "Kommundirektör", DocumentScope.ofUnits(List.of(socialCommittee, educationCommittee)),
                null, null, null, List.of(), null),
                new Decision(executiveBoard, LocalDate.of(2019, 6, 17), "§ 90", "KS 2019/0458", null));
    }

    @Test
    void theExecutiveBoardAdoptsAStrategyForSeveralCommitteesUnderTheDefaultRulesR04() {
        UUID id = UUID.randomUUID();
        AdoptDocument command = strategyForTwoCommitteesByTheExecutiveBoard(id);
        fixture(bind(Map.of())).givenNoPriorActivity()
                .when(command)
                .expectEvents(new DocumentAdopted(id, command.type(), command.content(), command.decision()));
    }

    @Test
    void anotherKommunsRulesRefuseTheSameStrategyUnderR04() {
        fixture(bind(ANOTHER_KOMMUN)).givenNoPriorActivity()
                .when(strategyForTwoCommitteesByTheExecutiveBoard(UUID.randomUUID()))
                .expectNoEvents()
                .expectException(LedgerException.class)
                .expectExceptionMessage("Kommunstyrelsen får anta strategi bara för sitt eget verksamhetsområde"
                        + " (sig själv och enheterna under sig). Ett styrdokument av typen strategi som gäller mer än"
                        + " så kräver beslut av kommunfullmäktige.");
    }

    @Test
    void aTypeSetInConfigurationReplacesOnlyThatTypesDefault() {
        AdoptionRules rules = bind(ANOTHER_KOMMUN);

        assertThat(rules.getAdoptionRules().get(DocumentType.GUIDELINE))
                .isEqualTo(new AdoptionRule("R-05", Set.of(UnitKind.EXECUTIVE_BOARD), Set.of()));
        assertThat(rules.getAdoptionRules().get(DocumentType.POLICY))
                .isEqualTo(AdoptionRules.sourcePolicy().get(DocumentType.POLICY));
        assertThat(rules.getAdoptionRules().get(DocumentType.OWNER_DIRECTIVE).rule()).isEqualTo("R-06");
    }

    @Test
    void taxorAreTheCouncilsByDefaultAndAKommunMayDelegateThemUnderR08() {
        AdoptDocument tariff = new AdoptDocument(UUID.randomUUID(), DocumentType.TARIFF, new DocumentContent(
                "Taxa för bygglov", "KS 2019/0458", "Bygglovschef", DocumentScope.ofUnits(List.of(socialCommittee)),
                null, null, null, List.of(), null),
                new Decision(executiveBoard, LocalDate.of(2019, 6, 17), "§ 90", "KS 2019/0458", null));
        fixture(bind(Map.of())).givenNoPriorActivity()
                .when(tariff)
                .expectNoEvents()
                .expectException(LedgerException.class)
                .expectExceptionMessage("Ett styrdokument av typen taxa antas av kommunfullmäktige, inte av"
                        + " kommunstyrelsen.");
        fixture(bind(Map.of("styrledger.governing-documents.adoption-rules.TARIFF.rule", "R-08",
                "styrledger.governing-documents.adoption-rules.TARIFF.any-scope", "COUNCIL,EXECUTIVE_BOARD")))
                .givenNoPriorActivity()
                .when(tariff)
                .expectEvents(new DocumentAdopted(tariff.documentId(), tariff.type(), tariff.content(),
                        tariff.decision()));
    }

    @Test
    void noConfigurationMakesAPoliticalProgramADecisionUnderR08() {
        AdoptionRules rules = bind(Map.of(
                "styrledger.governing-documents.adoption-rules.POLITICAL_PROGRAM.rule", "R-08",
                "styrledger.governing-documents.adoption-rules.POLITICAL_PROGRAM.any-scope", "COUNCIL"));
        fixture(rules).givenNoPriorActivity()
                .when(new AdoptDocument(UUID.randomUUID(), DocumentType.POLITICAL_PROGRAM, new DocumentContent(
                        "Majoritetens program", "KS 2023/0001", "Kommunstyrelsens ordförande",
                        DocumentScope.ofWholeMunicipality(), null, null, null, List.of(), null),
                        new Decision(units.find(executiveBoard).orElseThrow().parentId(), LocalDate.of(2023, 1, 30),
                                "§ 5", "KS 2023/0001", null)))
                .expectNoEvents()
                .expectException(LedgerException.class);
    }

    @Test
    void aRuleWithoutItsIdIsRefusedAtStartUp() {
        assertThatThrownBy(() -> bind(Map.of(
                "styrledger.governing-documents.adoption-rules.OWNER_DIRECTIVE.any-scope", "COUNCIL")))
                .isInstanceOf(BindException.class)
                .hasStackTraceContaining("needs the id of the rule");
    }
}
