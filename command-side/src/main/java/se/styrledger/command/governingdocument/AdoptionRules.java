package se.styrledger.command.governingdocument;

import org.springframework.boot.context.properties.ConfigurationProperties;
import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.events.governingdocument.DocumentScope;
import se.styrledger.events.governingdocument.DocumentType;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.platform.web.LedgerException;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static se.styrledger.events.organisation.UnitKind.COMMITTEE;
import static se.styrledger.events.organisation.UnitKind.COMPANY;
import static se.styrledger.events.organisation.UnitKind.COUNCIL;
import static se.styrledger.events.organisation.UnitKind.EXECUTIVE_BOARD;

/**
 * Which body may adopt each type of styrdokument. Kommuner differ here, so the rules are configuration
 * ({@code styrledger.governing-documents.adoption-rules.<TYPE>.{rule,any-scope,own-area}}); a type set there
 * replaces the default for that type only. The default is the source policy's (Trelleborg, §7 and §4) and the
 * Kommunallag's. A type without a rule may be adopted by any body that takes decisions. A politiskt
 * program is never adopted here, whatever the configuration: it is a party's will, not a kommun decision, and
 * is recorded as a reference instead ({@code /api/v1/political-programs}).
 */
@ConfigurationProperties("styrledger.governing-documents")
public class AdoptionRules {

    private static final Set<UnitKind> BOARDS = EnumSet.of(EXECUTIVE_BOARD, COMMITTEE, COMPANY);
    private static final Set<UnitKind> COMMITTEES_AND_COMPANIES = EnumSet.of(COMMITTEE, COMPANY);
    /** The organisation has a handful of levels; a longer walk up means a broken lookup, not a deep kommun. */
    private static final int MAX_DEPTH = 50;

    private final Map<DocumentType, AdoptionRule> adoptionRules = new EnumMap<>(sourcePolicy());

    /**
     * Trelleborg's rules: a policy for more than one nämnd or styrelse needs KF, a strategy or riktlinje for
     * more than one needs KS or KF, nämnder and styrelser adopt them for their own area; ägardirektiv
     * and the flerårsplan with its vision and inriktningsmål are KF's. By law a reglemente (KL 6 kap
     * 44 §), a taxa (KL 5 kap 1 §) and a bolagsordning (KL 10 kap 3 §) are KF's too unless the kommun configures a
     * delegation the law allows.
     */
    public static Map<DocumentType, AdoptionRule> sourcePolicy() {
        Map<DocumentType, AdoptionRule> rules = new EnumMap<>(DocumentType.class);
        rules.put(DocumentType.POLICY, new AdoptionRule("R-03", EnumSet.of(COUNCIL), BOARDS));
        rules.put(DocumentType.STRATEGY,
                new AdoptionRule("R-04", EnumSet.of(COUNCIL, EXECUTIVE_BOARD), COMMITTEES_AND_COMPANIES));
        rules.put(DocumentType.GUIDELINE,
                new AdoptionRule("R-05", EnumSet.of(COUNCIL, EXECUTIVE_BOARD), COMMITTEES_AND_COMPANIES));
        rules.put(DocumentType.OWNER_DIRECTIVE, new AdoptionRule("R-06", EnumSet.of(COUNCIL), Set.of()));
        rules.put(DocumentType.MULTI_YEAR_PLAN, new AdoptionRule("R-01", EnumSet.of(COUNCIL), Set.of()));
        rules.put(DocumentType.CHARTER, new AdoptionRule("R-08", EnumSet.of(COUNCIL), Set.of()));
        rules.put(DocumentType.TARIFF, new AdoptionRule("R-08", EnumSet.of(COUNCIL), Set.of()));
        rules.put(DocumentType.ARTICLES_OF_ASSOCIATION, new AdoptionRule("R-08", EnumSet.of(COUNCIL), Set.of()));
        return rules;
    }

    public static AdoptionRules of(Map<DocumentType, AdoptionRule> rules) {
        AdoptionRules configured = new AdoptionRules();
        configured.adoptionRules.clear();
        configured.adoptionRules.putAll(rules);
        return configured;
    }

    /** Bound by Spring Boot: entries from configuration are put over the defaults, type by type. */
    public Map<DocumentType, AdoptionRule> getAdoptionRules() {
        return adoptionRules;
    }

    /** The body may adopt (or revise into) a document of this type for this scope. */
    public void requireMayAdopt(DocumentType type, UnitDirectory.Unit body, DocumentScope scope,
                                UnitDirectory units) {
        requireKommunDecision(type);
        AdoptionRule rule = adoptionRules.get(type);
        if (rule == null || rule.anyScope().contains(body.kind())) {
            return;
        }
        if (!rule.ownArea().contains(body.kind())) {
            throw LedgerException.ruleViolation(rule.rule(), "decision.decidedBy",
                    "Ett styrdokument av typen " + type.swedish() + " antas av " + bodies(union(rule))
                            + ", inte av " + body(body.kind()) + ".");
        }
        if (!withinOwnArea(body, scope, units)) {
            throw LedgerException.ruleViolation(rule.rule(), "scope",
                    capitalised(body(body.kind())) + " får anta " + type.swedish()
                            + " bara för sitt eget verksamhetsområde (sig själv och enheterna under sig)."
                            + (rule.anyScope().isEmpty() ? "" : " Ett styrdokument av typen " + type.swedish()
                            + " som gäller mer än så kräver beslut av " + bodies(rule.anyScope()) + "."));
        }
    }

    /**
     * a politiskt program states a party's will and is no decision of the kommun, so no body adopts or revises
     * it as a styrdokument, whatever the configuration says; it is recorded as a reference instead.
     */
    public static void requireKommunDecision(DocumentType type) {
        if (type == DocumentType.POLITICAL_PROGRAM) {
            throw LedgerException.ruleViolation("R-08", "type", "Ett politiskt program uttrycker ett partis vilja och"
                    + " är inget beslut av kommunen: det antas inte som styrdokument utan registreras som referens,"
                    + " utan beslutsinstans och paragraf (POST /api/v1/political-programs).");
        }
    }

    /**
     * A later decision on an adopted document (revise, confirm as current, new dokumentansvarig, repeal, replace)
     * is taken by the body that adopted it, or by a body that may adopt the type whatever its scope: a nämnd does
     * not repeal what KF adopted.
     */
    public void requireMayDecideOn(DocumentType type, UnitDirectory.Unit body, UUID adoptedBy) {
        AdoptionRule rule = adoptionRules.get(type);
        if (rule == null || body.unitId().equals(adoptedBy) || rule.anyScope().contains(body.kind())) {
            return;
        }
        throw LedgerException.ruleViolation(rule.rule(), "decision.decidedBy",
                "Styrdokumentet antogs av en annan instans. Det ändras, aktualitetsprövas och upphävs av samma"
                        + " instans" + (rule.anyScope().isEmpty() ? "" : " eller av " + bodies(rule.anyScope()))
                        + ".");
    }

    private static boolean withinOwnArea(UnitDirectory.Unit body, DocumentScope scope, UnitDirectory units) {
        if (scope.wholeMunicipality()) {
            return body.kind() == COUNCIL;
        }
        return scope.unitIds().stream().allMatch(unit -> isUnder(unit, body.unitId(), units));
    }

    private static boolean isUnder(UUID unit, UUID body, UnitDirectory units) {
        UUID at = unit;
        for (int depth = 0; at != null && depth < MAX_DEPTH; depth++) {
            if (at.equals(body)) {
                return true;
            }
            at = units.find(at).map(UnitDirectory.Unit::parentId).orElse(null);
        }
        return false;
    }

    private static Set<UnitKind> union(AdoptionRule rule) {
        Set<UnitKind> all = EnumSet.noneOf(UnitKind.class);
        all.addAll(rule.anyScope());
        all.addAll(rule.ownArea());
        return all;
    }

    private static String bodies(Set<UnitKind> kinds) {
        Set<String> names = kinds.stream().sorted().map(AdoptionRules::body)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (names.isEmpty()) {
            return "ingen instans";
        }
        if (names.size() == 1) {
            return names.iterator().next();
        }
        String all = String.join(", ", names);
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " eller " + all.substring(last + 2);
    }

    private static String body(UnitKind kind) {
        return switch (kind) {
            case COUNCIL -> "kommunfullmäktige";
            case EXECUTIVE_BOARD -> "kommunstyrelsen";
            case COMMITTEE -> "en nämnd";
            case COMPANY -> "en bolagsstyrelse";
            case ADMINISTRATION -> "en förvaltning";
            case UNIT -> "en avdelning eller enhet";
        };
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
