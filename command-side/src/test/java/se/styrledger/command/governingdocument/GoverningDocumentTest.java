package se.styrledger.command.governingdocument;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrledger.command.governingdocument.DocumentCommands.AdoptDocument;
import se.styrledger.command.governingdocument.DocumentCommands.ChangeDocumentOwner;
import se.styrledger.command.governingdocument.DocumentCommands.ConfirmDocumentCurrent;
import se.styrledger.command.governingdocument.DocumentCommands.RepealDocument;
import se.styrledger.command.governingdocument.DocumentCommands.ReplaceDocument;
import se.styrledger.command.governingdocument.DocumentCommands.ReviseDocument;
import se.styrledger.command.testing.FakeDocumentDirectory;
import se.styrledger.command.testing.FakeUnitDirectory;
import se.styrledger.events.Decision;
import se.styrledger.events.governingdocument.DocumentAdopted;
import se.styrledger.events.governingdocument.DocumentConfirmedCurrent;
import se.styrledger.events.governingdocument.DocumentContent;
import se.styrledger.events.governingdocument.DocumentOwnerChanged;
import se.styrledger.events.governingdocument.DocumentRepealed;
import se.styrledger.events.governingdocument.DocumentReplaced;
import se.styrledger.events.governingdocument.DocumentRevised;
import se.styrledger.events.governingdocument.DocumentScope;
import se.styrledger.events.governingdocument.DocumentType;
import se.styrledger.events.governingdocument.PublishedText;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.platform.web.LedgerException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

class GoverningDocumentTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Stockholm"));
    private static final LocalDate FOUNDED = LocalDate.of(2015, 1, 1);

    private AggregateTestFixture<GoverningDocument> fixture;
    private FakeUnitDirectory units;
    private FakeDocumentDirectory documents;
    private UUID council;
    private UUID executiveBoard;
    private UUID socialCommittee;
    private UUID socialAdministration;
    private UUID educationCommittee;
    private UUID company;
    private UUID socialAdministrationUnit;
    private final UUID id = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        units = new FakeUnitDirectory();
        council = units.add(UnitKind.COUNCIL, null, FOUNDED);
        executiveBoard = units.add(UnitKind.EXECUTIVE_BOARD, council, FOUNDED);
        socialCommittee = units.add(UnitKind.COMMITTEE, council, FOUNDED);
        socialAdministration = units.add(UnitKind.ADMINISTRATION, socialCommittee, FOUNDED);
        socialAdministrationUnit = units.add(UnitKind.UNIT, socialAdministration, FOUNDED);
        educationCommittee = units.add(UnitKind.COMMITTEE, council, FOUNDED);
        company = units.add(UnitKind.COMPANY, council, FOUNDED);
        documents = new FakeDocumentDirectory();
        fixture = fixtureWith(AdoptionRules.of(AdoptionRules.sourcePolicy()));
    }

    private AggregateTestFixture<GoverningDocument> fixtureWith(AdoptionRules rules) {
        AggregateTestFixture<GoverningDocument> built = new AggregateTestFixture<>(GoverningDocument.class);
        built.registerInjectableResource(units);
        built.registerInjectableResource(documents);
        built.registerInjectableResource(rules);
        built.registerInjectableResource(CLOCK);
        return built;
    }

    private static Decision by(UUID body, String date) {
        return new Decision(body, LocalDate.parse(date), "§ 90", "KS 2019/0458", null);
    }

    private static DocumentScope units(UUID... ids) {
        return DocumentScope.ofUnits(List.of(ids));
    }

    private static DocumentContent content(String title, DocumentScope scope) {
        return new DocumentContent(title, "KS 2019/0458", "Kvalitetsstrateg", scope, null, LocalDate.of(2021, 6, 30),
                null, List.of(), null);
    }

    private static DocumentContent withValidUntil(DocumentContent c, LocalDate validUntil) {
        return new DocumentContent(c.title(), c.caseNumber(), c.owner(), c.scope(), validUntil, c.reviewDue(),
                c.parentDocumentId(), c.statedDirectionGoalIds(), c.publishedText());
    }

    private static DocumentContent withParent(DocumentContent c, UUID parent) {
        return new DocumentContent(c.title(), c.caseNumber(), c.owner(), c.scope(), c.validUntil(), c.reviewDue(),
                parent, c.statedDirectionGoalIds(), c.publishedText());
    }

    private DocumentAdopted adopted(DocumentType type, DocumentContent content, Decision decision) {
        return new DocumentAdopted(id, type, content, decision);
    }

    /** The refusal names this rule, so the test fails if the rule is removed or attributed to another. */
    private static Matcher<LedgerException> violates(String rule, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(LedgerException e) {
                return rule.equals(e.rule()) && field.equals(e.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal under " + rule + " naming field " + field);
            }
        };
    }

    private static Matcher<LedgerException> invalid(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(LedgerException e) {
                return e.rule() == null && field.equals(e.field()) && e.kind() == LedgerException.Kind.INVALID;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a 400 naming field " + field);
            }
        };
    }

    // policy

    @Test
    void aPolicyForTheWholeKommunIsAdoptedByTheCouncilUnderR03() {
        DocumentContent policy = content("Policy för ledning och styrning", DocumentScope.ofWholeMunicipality());
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.POLICY, policy, by(council, "2015-02-23")))
                .expectEvents(adopted(DocumentType.POLICY, policy, by(council, "2015-02-23")));
    }

    @Test
    void aPolicyForMoreThanOneCommitteeAdoptedByTheExecutiveBoardIsRefusedUnderR03() {
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.POLICY,
                        content("Kommunikationspolicy", units(socialCommittee, educationCommittee)),
                        by(executiveBoard, "2019-06-17")))
                .expectNoEvents()
                .expectException(violates("R-03", "scope"));
    }

    @Test
    void aPolicyForTheWholeKommunAdoptedByACommitteeIsRefusedUnderR03() {
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.POLICY,
                        content("Kvalitetspolicy", DocumentScope.ofWholeMunicipality()), by(socialCommittee, "2019-06-17")))
                .expectNoEvents()
                .expectException(violates("R-03", "scope"));
    }

    @Test
    void aCommitteeAdoptsAPolicyForItsOwnAreaUnderR03() {
        DocumentContent policy = content("Policy för brukarinflytande", units(socialCommittee, socialAdministrationUnit));
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.POLICY, policy, by(socialCommittee, "2019-06-17")))
                .expectEvents(adopted(DocumentType.POLICY, policy, by(socialCommittee, "2019-06-17")));
    }

    @Test
    void aCommitteeMayNotAdoptAPolicyForAnotherCommitteeUnderR03() {
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.POLICY, content("Skolpolicy", units(educationCommittee)),
                        by(socialCommittee, "2019-06-17")))
                .expectNoEvents()
                .expectException(violates("R-03", "scope"));
    }

    @Test
    void aCommitteeMayNotRepealAPolicyTheCouncilAdoptedUnderR03() {
        fixture.given(adopted(DocumentType.POLICY, content("Policy för socialnämnden", units(socialCommittee)),
                        by(council, "2019-06-17")))
                .when(new RepealDocument(id, by(socialCommittee, "2020-03-10")))
                .expectNoEvents()
                .expectException(violates("R-03", "decision.decidedBy"));
    }

    // strategy

    @Test
    void aStrategyForSeveralCommitteesIsAdoptedByTheExecutiveBoardUnderR04() {
        DocumentContent strategy = content("Strategi för medborgardialog", units(socialCommittee, educationCommittee));
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.STRATEGY, strategy, by(executiveBoard, "2019-06-17")))
                .expectEvents(adopted(DocumentType.STRATEGY, strategy, by(executiveBoard, "2019-06-17")));
    }

    @Test
    void aStrategyForSeveralCommitteesAdoptedByACommitteeIsRefusedUnderR04() {
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.STRATEGY,
                        content("Strategi för barn och unga", units(socialCommittee, educationCommittee)),
                        by(socialCommittee, "2019-06-17")))
                .expectNoEvents()
                .expectException(violates("R-04", "scope"));
    }

    @Test
    void aCommitteeAdoptsAStrategyForItsOwnAreaUnderR04() {
        DocumentContent strategy = content("Strategi mot hemlöshet", units(socialAdministration));
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.STRATEGY, strategy, by(socialCommittee, "2019-06-17")))
                .expectEvents(adopted(DocumentType.STRATEGY, strategy, by(socialCommittee, "2019-06-17")));
    }

    // riktlinje

    @Test
    void aCommitteeAdoptsAGuidelineForItsOwnAreaUnderR05() {
        DocumentContent guideline = content("Riktlinje för försörjningsstöd", units(socialCommittee));
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.GUIDELINE, guideline, by(socialCommittee, "2019-06-17")))
                .expectEvents(adopted(DocumentType.GUIDELINE, guideline, by(socialCommittee, "2019-06-17")));
    }

    @Test
    void aGuidelineForTheWholeKommunAdoptedByACompanyIsRefusedUnderR05() {
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.GUIDELINE,
                        content("Riktlinje för upphandling", DocumentScope.ofWholeMunicipality()),
                        by(company, "2019-06-17")))
                .expectNoEvents()
                .expectException(violates("R-05", "scope"));
    }

    @Test
    void aGuidelineForSeveralCommitteesIsAdoptedByTheExecutiveBoardUnderR05() {
        DocumentContent guideline = content("Riktlinjer för styrdokument", DocumentScope.ofWholeMunicipality());
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.GUIDELINE, guideline, by(executiveBoard, "2019-06-17")))
                .expectEvents(adopted(DocumentType.GUIDELINE, guideline, by(executiveBoard, "2019-06-17")));
    }

    // ägardirektiv

    @Test
    void ownerDirectivesAreAdoptedByTheCouncilUnderR06() {
        DocumentContent directive = content("Ägardirektiv för Trelleborgshem", units(company));
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.OWNER_DIRECTIVE, directive, by(council, "2019-06-17")))
                .expectEvents(adopted(DocumentType.OWNER_DIRECTIVE, directive, by(council, "2019-06-17")));
    }

    @Test
    void anOwnerDirectiveAdoptedByTheExecutiveBoardIsRefusedUnderR06() {
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.OWNER_DIRECTIVE,
                        content("Ägardirektiv för Trelleborgshem", units(company)), by(executiveBoard, "2019-06-17")))
                .expectNoEvents()
                .expectException(violates("R-06", "decision.decidedBy"));
    }

    @Test
    void aCompanyMayNotGiveItselfOwnerDirectivesUnderR06() {
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.OWNER_DIRECTIVE,
                        content("Ägardirektiv för Trelleborgshem", units(company)), by(company, "2019-06-17")))
                .expectNoEvents()
                .expectException(violates("R-06", "decision.decidedBy"));
    }

    @Test
    void anOwnerDirectiveForACommitteeOrTheWholeKommunIsRefusedUnderR06() {
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.OWNER_DIRECTIVE,
                        content("Ägardirektiv för socialnämnden", units(socialCommittee)), by(council, "2019-06-17")))
                .expectNoEvents()
                .expectException(violates("R-06", "scope.unitIds"));
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.OWNER_DIRECTIVE,
                        content("Ägardirektiv", DocumentScope.ofWholeMunicipality()), by(council, "2019-06-17")))
                .expectNoEvents()
                .expectException(violates("R-06", "scope"));
    }

    // R-08 (what the Kommunallag gives KF, and the politiskt program)

    @Test
    void theCouncilAdoptsACharterATariffAndArticlesOfAssociationUnderR08() {
        DocumentContent charter = content("Reglemente för socialnämnden", units(socialCommittee));
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.CHARTER, charter, by(council, "2019-06-17")))
                .expectEvents(adopted(DocumentType.CHARTER, charter, by(council, "2019-06-17")));
        DocumentContent articles = content("Bolagsordning för Trelleborgshem", units(company));
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.ARTICLES_OF_ASSOCIATION, articles, by(council, "2019-06-17")))
                .expectEvents(adopted(DocumentType.ARTICLES_OF_ASSOCIATION, articles, by(council, "2019-06-17")));
    }

    @Test
    void aCharterATariffOrArticlesOfAssociationAdoptedByAnotherBodyIsRefusedUnderR08() {
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.CHARTER,
                        content("Reglemente för socialnämnden", units(socialCommittee)), by(socialCommittee, "2019-06-17")))
                .expectNoEvents()
                .expectException(violates("R-08", "decision.decidedBy"));
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.TARIFF,
                        content("Taxa för bygglov", units(socialCommittee)), by(executiveBoard, "2019-06-17")))
                .expectNoEvents()
                .expectException(violates("R-08", "decision.decidedBy"));
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.ARTICLES_OF_ASSOCIATION,
                        content("Bolagsordning för Trelleborgshem", units(company)), by(company, "2019-06-17")))
                .expectNoEvents()
                .expectException(violates("R-08", "decision.decidedBy"));
    }

    @Test
    void articlesOfAssociationForACommitteeAreRefusedUnderR08() {
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.ARTICLES_OF_ASSOCIATION,
                        content("Bolagsordning", units(socialCommittee)), by(council, "2019-06-17")))
                .expectNoEvents()
                .expectException(violates("R-08", "scope.unitIds"));
    }

    @Test
    void aPoliticalProgramIsNoStyrdokumentEvenWhenTheCouncilWouldAdoptItUnderR08() {
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.POLITICAL_PROGRAM,
                        content("Majoritetens program 2023–2026", DocumentScope.ofWholeMunicipality()),
                        by(council, "2023-01-30")))
                .expectNoEvents()
                .expectException(violates("R-08", "type"));
    }

    // R-01 (flerårsplan holds the vision and the inriktningsmål)

    @Test
    void aMultiYearPlanAdoptedByTheExecutiveBoardIsRefusedUnderR01() {
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.MULTI_YEAR_PLAN,
                        content("Budget 2020 med flerårsplan 2021–2022", DocumentScope.ofWholeMunicipality()),
                        by(executiveBoard, "2019-06-17")))
                .expectNoEvents()
                .expectException(violates("R-01", "decision.decidedBy"));
    }

    // handlingsplan

    @Test
    void anActionPlanWithoutEndDateIsRefusedUnderR16() {
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.ACTION_PLAN,
                        content("Handlingsplan mot våld i nära relationer", units(socialCommittee)),
                        by(socialCommittee, "2019-06-17")))
                .expectNoEvents()
                .expectException(violates("R-16", "validUntil"));
    }

    @Test
    void anActionPlanWithAnEndDateIsAdoptedUnderR16() {
        DocumentContent plan = withValidUntil(content("Handlingsplan mot våld i nära relationer",
                units(socialCommittee)), LocalDate.of(2021, 12, 31));
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.ACTION_PLAN, plan, by(socialCommittee, "2019-06-17")))
                .expectEvents(adopted(DocumentType.ACTION_PLAN, plan, by(socialCommittee, "2019-06-17")));
    }

    @Test
    void revisingAnActionPlanToBeUntilFurtherNoticeIsRefusedUnderR16() {
        DocumentContent plan = withValidUntil(content("Handlingsplan", units(socialCommittee)), LocalDate.of(2021, 12, 31));
        fixture.given(adopted(DocumentType.ACTION_PLAN, plan, by(socialCommittee, "2019-06-17")))
                .when(new ReviseDocument(id, withValidUntil(plan, null), by(socialCommittee, "2020-06-15")))
                .expectNoEvents()
                .expectException(violates("R-16", "validUntil"));
    }

    // every change carries a whole decision

    @Test
    void anAdoptionWithoutParagraphIsRefusedUnderR31() {
        Decision noParagraph = new Decision(council, LocalDate.of(2019, 6, 17), null, "KS 2019/0458", null);
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.POLICY, content("Policy", DocumentScope.ofWholeMunicipality()),
                        noParagraph))
                .expectNoEvents()
                .expectException(violates("R-31", "decision.paragraph"));
    }

    @Test
    void aConfirmationByAnAdministrationIsRefusedUnderR31() {
        fixture.given(adopted(DocumentType.ROUTINE, content("Rutin för synpunkter", units(socialCommittee)),
                        by(socialCommittee, "2019-06-17")))
                .when(new ConfirmDocumentCurrent(id, LocalDate.of(2023, 6, 30), by(socialAdministration, "2021-05-10")))
                .expectNoEvents()
                .expectException(violates("R-31", "decision.decidedBy"));
    }

    // The lifecycle

    @Test
    void aRevisionIsTheNextVersionWithItsWholeContent() {
        DocumentContent first = content("Policy för ledning och styrning", DocumentScope.ofWholeMunicipality());
        DocumentContent second = content("Policy för ledning och styrning – ledningssystem",
                DocumentScope.ofWholeMunicipality());
        fixture.given(adopted(DocumentType.POLICY, first, by(council, "2015-02-23")),
                        new DocumentRevised(id, 2, withValidUntil(first, LocalDate.of(2030, 12, 31)),
                                by(council, "2017-02-20")))
                .when(new ReviseDocument(id, second, by(council, "2019-02-25")))
                .expectEvents(new DocumentRevised(id, 3, second, by(council, "2019-02-25")));
    }

    @Test
    void aRevisionThatChangesNothingIsRefused() {
        DocumentContent policy = content("Policy", DocumentScope.ofWholeMunicipality());
        fixture.given(adopted(DocumentType.POLICY, policy, by(council, "2015-02-23")))
                .when(new ReviseDocument(id, policy, by(council, "2019-02-25")))
                .expectNoEvents()
                .expectException(LedgerException.class);
    }

    @Test
    void confirmingAsCurrentMovesTheReviewDate() {
        fixture.given(adopted(DocumentType.POLICY, content("Policy", DocumentScope.ofWholeMunicipality()),
                        by(council, "2015-02-23")))
                .when(new ConfirmDocumentCurrent(id, LocalDate.of(2023, 6, 30), by(council, "2019-06-17")))
                .expectEvents(new DocumentConfirmedCurrent(id, LocalDate.of(2023, 6, 30), by(council, "2019-06-17")));
    }

    @Test
    void aNextReviewBeforeTheConfirmingDecisionIsRefused() {
        fixture.given(adopted(DocumentType.POLICY, content("Policy", DocumentScope.ofWholeMunicipality()),
                        by(council, "2015-02-23")))
                .when(new ConfirmDocumentCurrent(id, LocalDate.of(2019, 6, 1), by(council, "2019-06-17")))
                .expectNoEvents()
                .expectException(invalid("reviewDue"));
    }

    @Test
    void theDokumentansvarigIsChangedByDecision() {
        fixture.given(adopted(DocumentType.POLICY, content("Policy", DocumentScope.ofWholeMunicipality()),
                        by(council, "2015-02-23")))
                .when(new ChangeDocumentOwner(id, " Kommundirektör ", by(council, "2019-06-17")))
                .expectEvents(new DocumentOwnerChanged(id, "Kommundirektör", by(council, "2019-06-17")));
    }

    @Test
    void aDocumentIsRepealedByTheBodyThatAdoptedIt() {
        fixture.given(adopted(DocumentType.GUIDELINE, content("Riktlinje", units(socialCommittee)),
                        by(socialCommittee, "2016-02-23")))
                .when(new RepealDocument(id, by(socialCommittee, "2019-06-17")))
                .expectEvents(new DocumentRepealed(id, by(socialCommittee, "2019-06-17")));
    }

    @Test
    void aRepealedDocumentTakesNoFurtherChanges() {
        fixture.given(adopted(DocumentType.POLICY, content("Policy", DocumentScope.ofWholeMunicipality()),
                        by(council, "2015-02-23")),
                        new DocumentRepealed(id, by(council, "2018-06-17")))
                .when(new ChangeDocumentOwner(id, "Kommundirektör", by(council, "2019-06-17")))
                .expectNoEvents()
                .expectException(LedgerException.class)
                .expectExceptionMessage("Styrdokumentet är upphävt eller ersatt och kan inte ändras.");
    }

    @Test
    void aDocumentIsReplacedByAnotherAdoptedOne() {
        UUID successor = documents.add(DocumentType.POLICY, null, LocalDate.of(2019, 6, 17));
        fixture.given(adopted(DocumentType.POLICY, content("Policy", DocumentScope.ofWholeMunicipality()),
                        by(council, "2015-02-23")))
                .when(new ReplaceDocument(id, successor, by(council, "2019-06-17")))
                .expectEvents(new DocumentReplaced(id, successor, by(council, "2019-06-17")));
    }

    @Test
    void aDocumentCannotBeReplacedByOneNotYetAdopted() {
        fixture.given(adopted(DocumentType.POLICY, content("Policy", DocumentScope.ofWholeMunicipality()),
                        by(council, "2015-02-23")))
                .when(new ReplaceDocument(id, UUID.randomUUID(), by(council, "2019-06-17")))
                .expectNoEvents()
                .expectException(invalid("replacedBy"));
    }

    @Test
    void aDocumentUnderARepealedParentIsRefused() {
        UUID parent = documents.add(DocumentType.POLICY, null, LocalDate.of(2015, 2, 23));
        documents.end(parent, LocalDate.of(2018, 1, 1));
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.GUIDELINE,
                        withParent(content("Riktlinje", units(socialCommittee)), parent), by(socialCommittee, "2019-06-17")))
                .expectNoEvents()
                .expectException(invalid("parentDocumentId"));
    }

    @Test
    void aRevisionThatWouldPutADocumentUnderItsOwnChildIsRefused() {
        DocumentContent policy = content("Policy", DocumentScope.ofWholeMunicipality());
        documents.put(id, DocumentType.POLICY, null, LocalDate.of(2015, 2, 23));
        UUID child = documents.add(DocumentType.GUIDELINE, id, LocalDate.of(2016, 2, 23));
        fixture.given(adopted(DocumentType.POLICY, policy, by(council, "2015-02-23")))
                .when(new ReviseDocument(id, withParent(policy, child), by(council, "2019-06-17")))
                .expectNoEvents()
                .expectException(invalid("parentDocumentId"));
    }

    @Test
    void aScopeNamingAnUnknownUnitIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.POLICY, content("Policy", units(UUID.randomUUID())),
                        by(council, "2019-06-17")))
                .expectNoEvents()
                .expectException(invalid("scope.unitIds"));
    }

    @Test
    void thePublishedTextsChecksumIsKeptInLowerCaseAndTheCaseNumberDefaultsToTheDecisions() {
        String checksum = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";
        DocumentContent given = new DocumentContent("Taxa för bygglov", null, "Bygglovschef", units(socialCommittee),
                null, null, null, List.of(), new PublishedText(null, checksum));
        DocumentContent stored = new DocumentContent("Taxa för bygglov", "KS 2019/0458", "Bygglovschef",
                units(socialCommittee), null, null, null, List.of(), new PublishedText(null, checksum.toLowerCase()));
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.TARIFF, given, by(council, "2019-06-17")))
                .expectEvents(adopted(DocumentType.TARIFF, stored, by(council, "2019-06-17")));
    }

    @Test
    void aChecksumThatIsNotSha256IsRefused() {
        DocumentContent given = new DocumentContent("Taxa", null, "Bygglovschef", units(socialCommittee), null, null,
                null, List.of(), new PublishedText("https://www.trelleborg.se/taxa.pdf", "abc"));
        fixture.givenNoPriorActivity()
                .when(new AdoptDocument(id, DocumentType.TARIFF, given, by(council, "2019-06-17")))
                .expectNoEvents()
                .expectException(invalid("publishedText.sha256"));
    }
}
