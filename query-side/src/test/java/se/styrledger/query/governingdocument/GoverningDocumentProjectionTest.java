package se.styrledger.query.governingdocument;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import se.styrledger.events.Decision;
import se.styrledger.events.governingdocument.DocumentAdopted;
import se.styrledger.events.governingdocument.DocumentConfirmedCurrent;
import se.styrledger.events.governingdocument.DocumentContent;
import se.styrledger.events.governingdocument.DocumentRepealed;
import se.styrledger.events.governingdocument.DocumentRevised;
import se.styrledger.events.governingdocument.DocumentScope;
import se.styrledger.events.governingdocument.DocumentType;
import se.styrledger.events.governingdocument.PublishedText;
import se.styrledger.platform.testing.TestDatabase;
import se.styrledger.query.governingdocument.GoverningDocumentProjection.DocumentState;
import se.styrledger.query.governingdocument.GoverningDocumentQueries.Filter;
import se.styrledger.query.support.ReadTime;
import se.styrledger.query.support.Timeline.Version;
import se.styrledger.query.support.VersionWriter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The fold of a styrdokument's events into states, and their rows on a real PostgreSQL. */
class GoverningDocumentProjectionTest {

    private final UUID id = UUID.randomUUID();
    private final UUID council = UUID.randomUUID();

    private Decision on(String date) {
        return new Decision(council, LocalDate.parse(date), "§ 90", "KS 2019/0458", null);
    }

    private static DocumentContent content(String title, LocalDate validUntil, LocalDate reviewDue) {
        return new DocumentContent(title, "KS 2019/0458", "Kvalitetsstrateg", DocumentScope.ofWholeMunicipality(),
                validUntil, reviewDue, null, List.of(), null);
    }

    private List<Version<DocumentState>> fold(Object... events) {
        List<DomainEventMessage<?>> stream = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            stream.add(new GenericDomainEventMessage<>("GoverningDocument", id.toString(), i, events[i]));
        }
        return GoverningDocumentProjection.MODEL.versions(id, stream, ZoneId.of("Europe/Stockholm"));
    }

    @Test
    void everyDecisionStartsAStateAndEveryVersionStaysInTheTimeline() {
        List<Version<DocumentState>> states = fold(
                new DocumentAdopted(id, DocumentType.POLICY, content("Policy", null, LocalDate.parse("2017-06-30")),
                        on("2015-02-23")),
                new DocumentConfirmedCurrent(id, LocalDate.parse("2019-06-30"), on("2017-05-15")),
                new DocumentRevised(id, 2, content("Policy, reviderad", null, LocalDate.parse("2021-06-30")),
                        on("2019-05-20")),
                new DocumentRepealed(id, on("2022-01-10")));

        assertThat(states).extracting(v -> v.state().version()).containsExactly(1, 1, 2, 2);
        assertThat(states).extracting(v -> v.state().lastDecision()).containsExactly(DecisionKind.ADOPTED,
                DecisionKind.CONFIRMED_CURRENT, DecisionKind.REVISED, DecisionKind.REPEALED);
        assertThat(states.get(1).state().content().reviewDue()).isEqualTo(LocalDate.parse("2019-06-30"));
        assertThat(states.get(1).state().content().title()).isEqualTo("Policy");
        assertThat(states.get(3).state().status()).isEqualTo(DocumentStatus.REPEALED);
        assertThat(states.get(3).validFrom()).isEqualTo(LocalDate.parse("2022-01-10"));
    }

    @Test
    void aDocumentExpiresTheDayAfterItsLastValidDay() {
        List<Version<DocumentState>> states = fold(new DocumentAdopted(id, DocumentType.ACTION_PLAN,
                content("Handlingsplan", LocalDate.parse("2021-12-31"), null), on("2020-02-10")));

        assertThat(states).hasSize(2);
        assertThat(states.get(0).state().status()).isEqualTo(DocumentStatus.IN_FORCE);
        assertThat(states.get(0).validTo()).isEqualTo(LocalDate.parse("2022-01-01"));
        assertThat(states.get(1).state().status()).isEqualTo(DocumentStatus.EXPIRED);
    }

    @Test
    void aRevisionThatExtendsTheValidityInTimeKeepsTheDocumentInForce() {
        List<Version<DocumentState>> states = fold(
                new DocumentAdopted(id, DocumentType.ACTION_PLAN,
                        content("Handlingsplan", LocalDate.parse("2021-12-31"), null), on("2020-02-10")),
                new DocumentRevised(id, 2, content("Handlingsplan", LocalDate.parse("2023-12-31"), null),
                        on("2021-11-15")));

        assertThat(states).extracting(v -> v.state().status())
                .containsExactly(DocumentStatus.IN_FORCE, DocumentStatus.IN_FORCE, DocumentStatus.EXPIRED);
        assertThat(states.get(2).validFrom()).isEqualTo(LocalDate.parse("2024-01-01"));
    }

    @Test
    void theRowsAreReadBackWithTheirScopeAndFoundByUnitTitleAndDiarienummer() {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.migrated());
        GoverningDocumentQueries queries = new GoverningDocumentQueries(jdbc);
        UUID unit = UUID.randomUUID();
        String title = "Riktlinje för bisysslor " + UUID.randomUUID();
        DocumentContent guideline = new DocumentContent(title, "SOC 2020/17", "HR-chef",
                DocumentScope.ofUnits(List.of(unit)), null, LocalDate.parse("2022-03-01"), null,
                List.of(UUID.randomUUID()), new PublishedText("https://www.trelleborg.se/bisysslor.pdf", null));
        new VersionWriter(jdbc).write(GoverningDocumentProjection.TABLE, id,
                fold(new DocumentAdopted(id, DocumentType.GUIDELINE, guideline, on("2020-03-02"))),
                Instant.parse("2020-03-05T10:00:00Z"), 1);
        ReadTime at = new ReadTime(LocalDate.parse("2021-01-01"), Instant.parse("2021-01-01T00:00:00Z"));

        GoverningDocumentView view = queries.one(id, at).orElseThrow();
        assertThat(view.scope().unitIds()).containsExactly(unit);
        assertThat(view.statedDirectionGoalIds()).isEqualTo(guideline.statedDirectionGoalIds());
        assertThat(view.typeLabel()).isEqualTo("riktlinje");
        assertThat(view.validityLabel()).isEqualTo("tills vidare");
        assertThat(queries.register(at, new Filter(title.toUpperCase(), DocumentType.GUIDELINE, unit, "soc 2020",
                null, false))).extracting(GoverningDocumentView::documentId).containsExactly(id);
        assertThat(queries.register(at, new Filter(title, DocumentType.POLICY, null, null, null, false))).isEmpty();
        assertThat(queries.register(at, new Filter(null, null, UUID.randomUUID(), null, null, false))).isEmpty();
        assertThat(queries.register(new ReadTime(LocalDate.parse("2020-03-01"), at.knownAt()),
                new Filter(title, null, null, null, null, true))).as("not yet adopted").isEmpty();
    }
}
