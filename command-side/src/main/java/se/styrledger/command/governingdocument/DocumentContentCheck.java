package se.styrledger.command.governingdocument;

import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.command.support.Fields;
import se.styrledger.events.Decision;
import se.styrledger.events.governingdocument.DocumentContent;
import se.styrledger.events.governingdocument.DocumentScope;
import se.styrledger.events.governingdocument.DocumentType;
import se.styrledger.events.governingdocument.PublishedText;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.platform.web.LedgerException;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks what a version of a styrdokument says about itself, for adoption and revision alike, and returns it in
 * the form the ledger stores: trimmed, ids without repeats, the checksum in lower case. A politiskt program's
 * reference to its published text is checked the same way.
 */
public final class DocumentContentCheck {

    private static final int MAX_TITLE = 300;
    private static final int MAX_OWNER = 200;
    private static final int MAX_CASE_NUMBER = 100;
    private static final int MAX_IDS = 100;
    private static final int MAX_URL = 2000;
    /** A date further ahead than this is a typing error, not a plan. */
    private static final int MAX_YEARS_AHEAD = 50;
    private static final Pattern SHA_256 = Pattern.compile("[0-9a-fA-F]{64}");

    private DocumentContentCheck() {
    }

    static DocumentContent require(DocumentType type, DocumentContent content, Decision decision, UUID self,
                                   UnitDirectory units, DocumentDirectory documents) {
        if (content == null) {
            throw LedgerException.invalid("title", "Styrdokumentets titel saknas.");
        }
        String title = Fields.requireText(content.title(), "title", "Titel", MAX_TITLE);
        String caseNumber = Objects.requireNonNullElse(
                Fields.optionalText(content.caseNumber(), "caseNumber", "Diarienummer", MAX_CASE_NUMBER),
                decision.caseNumber());
        String owner = requireOwner(content.owner());
        DocumentScope scope = requireScope(type, content.scope(), decision.effectiveFrom(), units);
        LocalDate validUntil = requireValidUntil(type, content.validUntil(), decision);
        LocalDate reviewDue = requireReviewDue(content.reviewDue(), decision);
        UUID parent = requireParent(content.parentDocumentId(), self, decision.effectiveFrom(), documents);
        List<UUID> goals = requireIds(content.statedDirectionGoalIds(), "statedDirectionGoalIds");
        PublishedText published = requirePublishedText(content.publishedText());
        return new DocumentContent(title, caseNumber, owner, scope, validUntil, reviewDue, parent, goals, published);
    }

    static String requireOwner(String owner) {
        if (owner == null || owner.isBlank()) {
            throw LedgerException.invalid("owner", "Dokumentansvarig saknas: ange en person eller en roll.");
        }
        return Fields.requireText(owner, "owner", "Dokumentansvarig", MAX_OWNER);
    }

    /** The next aktualitetsprövning comes after the decision that sets it. */
    static LocalDate requireReviewDue(LocalDate reviewDue, Decision decision) {
        if (reviewDue == null) {
            return null;
        }
        if (!reviewDue.isAfter(decision.decidedOn()) || reviewDue.isAfter(decision.decidedOn().plusYears(MAX_YEARS_AHEAD))) {
            throw LedgerException.invalid("reviewDue", "Datum för nästa aktualitetsprövning (" + reviewDue
                    + ") ska ligga efter sammanträdesdatumet och högst " + MAX_YEARS_AHEAD + " år fram.");
        }
        return reviewDue;
    }

    private static LocalDate requireValidUntil(DocumentType type, LocalDate validUntil, Decision decision) {
        if (validUntil == null) {
            if (type == DocumentType.ACTION_PLAN) {
                throw LedgerException.ruleViolation("R-16", "validUntil",
                        "En handlingsplan är alltid tidsbegränsad: ange sista giltighetsdag (validUntil).");
            }
            return null;
        }
        if (validUntil.isBefore(decision.effectiveFrom())
                || validUntil.isAfter(decision.decidedOn().plusYears(MAX_YEARS_AHEAD))) {
            throw LedgerException.invalid("validUntil", "Sista giltighetsdag (" + validUntil
                    + ") ska ligga från och med dagen beslutet gäller och högst " + MAX_YEARS_AHEAD + " år fram.");
        }
        return validUntil;
    }

    private static DocumentScope requireScope(DocumentType type, DocumentScope scope, LocalDate on,
                                              UnitDirectory units) {
        if (scope == null || scope.wholeMunicipality() == !scope.unitIds().isEmpty()) {
            throw LedgerException.invalid("scope", "Ange antingen vilka enheter styrdokumentet gäller"
                    + " (scope.unitIds) eller att det gäller hela kommunen (scope.wholeMunicipality).");
        }
        List<UUID> unitIds = requireIds(scope.unitIds(), "scope.unitIds");
        for (UUID unitId : unitIds) {
            UnitDirectory.Unit unit = units.find(unitId).orElseThrow(() -> LedgerException.invalid("scope.unitIds",
                    "Enheten " + unitId + " finns inte i organisationen."));
            if (!unit.existsOn(on)) {
                throw LedgerException.invalid("scope.unitIds", "Enheten " + unitId + " finns inte den " + on + ".");
            }
            requireCompanyIfForCompanies(type, unit);
        }
        if (scope.wholeMunicipality()) {
            requireCompanyIfForCompanies(type, null);
        }
        return new DocumentScope(scope.wholeMunicipality(), unitIds);
    }

    /**
     * Ägardirektiv and a bolagsordning (R-08, KL 10 kap 3 §) are given to a kommunal bolag: they apply to
     * bolag only, never to the whole kommun or to a nämnd.
     */
    private static void requireCompanyIfForCompanies(DocumentType type, UnitDirectory.Unit unit) {
        String rule = switch (type) {
            case OWNER_DIRECTIVE -> "R-06";
            case ARTICLES_OF_ASSOCIATION -> "R-08";
            default -> null;
        };
        if (rule != null && (unit == null || unit.kind() != UnitKind.COMPANY)) {
            throw LedgerException.ruleViolation(rule, unit == null ? "scope" : "scope.unitIds", "Ett styrdokument av"
                    + " typen " + type.swedish() + " gäller ett kommunalt bolag: ange bolaget (scope.unitIds), inte "
                    + (unit == null ? "hela kommunen" : "en " + unit.kind().swedish()) + ".");
        }
    }

    private static UUID requireParent(UUID parentId, UUID self, LocalDate on, DocumentDirectory documents) {
        if (parentId == null) {
            return null;
        }
        if (parentId.equals(self)) {
            throw LedgerException.invalid("parentDocumentId", "Ett styrdokument kan inte ligga under sig självt.");
        }
        DocumentDirectory.Document parent = documents.find(parentId).orElseThrow(() -> LedgerException.invalid(
                "parentDocumentId", "Överordnat styrdokument " + parentId + " finns inte."));
        if (!parent.inForceOn(on)) {
            throw LedgerException.invalid("parentDocumentId",
                    "Överordnat styrdokument gäller inte den " + on + " (ej antaget än, upphävt eller ersatt).");
        }
        Set<UUID> seen = new LinkedHashSet<>();
        for (UUID at = parent.parentId(); at != null && seen.add(at);
             at = documents.find(at).map(DocumentDirectory.Document::parentId).orElse(null)) {
            if (at.equals(self)) {
                throw LedgerException.invalid("parentDocumentId",
                        "Det överordnade styrdokumentet ligger självt under detta: hierarkin skulle bli en cirkel.");
            }
        }
        return parentId;
    }

    private static List<UUID> requireIds(List<UUID> ids, String field) {
        if (ids.size() > MAX_IDS) {
            throw LedgerException.invalid(field, "Högst " + MAX_IDS + " id får anges.");
        }
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw LedgerException.invalid(field, "Listan innehåller ett tomt id.");
        }
        return new ArrayList<>(new LinkedHashSet<>(ids));
    }

    public static PublishedText requirePublishedText(PublishedText text) {
        if (text == null) {
            return null;
        }
        boolean noUrl = text.url() == null || text.url().isBlank();
        boolean noChecksum = text.sha256() == null || text.sha256().isBlank();
        if (noUrl && noChecksum) {
            throw LedgerException.invalid("publishedText",
                    "Ange länk till den publicerade texten (url), dess SHA-256-summa (sha256) eller båda.");
        }
        String url = noUrl ? null : requireUrl(text.url().strip());
        if (!noChecksum && !SHA_256.matcher(text.sha256().strip()).matches()) {
            throw LedgerException.invalid("publishedText.sha256", "SHA-256-summan ska vara 64 hexadecimala tecken.");
        }
        return new PublishedText(url, noChecksum ? null : text.sha256().strip().toLowerCase(Locale.ROOT));
    }

    private static String requireUrl(String url) {
        if (url.length() > MAX_URL) {
            throw LedgerException.invalid("publishedText.url", "Länken får vara högst " + MAX_URL + " tecken.");
        }
        if (!isWebAddress(url)) {
            throw LedgerException.invalid("publishedText.url",
                    "Länken ska vara en fullständig http- eller https-adress.");
        }
        return url;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
