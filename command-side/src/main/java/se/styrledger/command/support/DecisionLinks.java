package se.styrledger.command.support;

import se.styrledger.events.Decision;
import se.styrledger.events.DecisionLink;
import se.styrledger.events.accountability.AuditorsDocument;
import se.styrledger.platform.web.LedgerException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * a decision's links to its protokoll and beslutsunderlag must lead somewhere a revisor can follow: a public
 * https address, or a reference into the kommun's diarium. Checked for every command before it is sent, so no use
 * case can forget it; a refusal names the field, e.g. {@code decision.links[0].reference}, and records nothing.
 */
public final class DecisionLinks {

    static final int MAX_LINKS = 20;
    static final int MAX_REFERENCE = 500;
    static final int MAX_TITLE = 200;
    /**
     * A diarium reference: an optional "Dnr", a series of letters (KS, KF, SN, REV …), the year and the case's number,
     * and perhaps the document's number within the case: "KS 2019/0458", "Dnr SN 2020/12-3", "2021.0456".
     */
    private static final Pattern DIARIUM = Pattern.compile(
            "(?iu)(dnr\\.?\\s*)?(\\p{L}{1,12}[ -]?)?(19|20)\\d{2}[/.:-]\\d{1,6}([-:]\\d{1,4})?");

    private DecisionLinks() {
    }

    /** Checks the links of every decision and revisorer's document the command carries as one of its components. */
    public static void requireValidIn(Object command) {
        if (command == null || !command.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            Object value = valueOf(component, command);
            if (value instanceof Decision decision) {
                requireValid(decision.links(), component.getName() + ".links");
            } else if (value instanceof AuditorsDocument document) {
                requireValid(document.links(), component.getName() + ".links");
            }
        }
    }

    public static void requireValid(List<DecisionLink> links, String field) {
        if (links.size() > MAX_LINKS) {
            throw LedgerException.ruleViolation("R-31", field, "Högst " + MAX_LINKS + " länkar per beslut.");
        }
        for (int i = 0; i < links.size(); i++) {
            requireValid(links.get(i), field + "[" + i + "]");
        }
    }

    private static void requireValid(DecisionLink link, String field) {
        if (link == null || link.kind() == null) {
            throw LedgerException.ruleViolation("R-31", field + ".kind",
                    "Ange vad länken leder till: PROTOCOL (protokoll) eller SUPPORTING_DOCUMENT (beslutsunderlag).");
        }
        String reference = link.reference();
        if (reference == null || reference.isBlank()) {
            throw LedgerException.ruleViolation("R-31", field + ".reference",
                    "Länken saknar adress: ange en https-adress eller ett diarienummer.");
        }
        if (reference.length() > MAX_REFERENCE) {
            throw LedgerException.ruleViolation("R-31", field + ".reference",
                    "Länkens adress får vara högst " + MAX_REFERENCE + " tecken.");
        }
        if (!isHttpsAddress(reference) && !DIARIUM.matcher(reference).matches()) {
            throw LedgerException.ruleViolation("R-31", field + ".reference", "Länken ska vara en https-adress"
                    + " (https://…) eller ett diarienummer som \"KS 2019/0458\".");
        }
        if (link.title() != null && link.title().length() > MAX_TITLE) {
            throw LedgerException.ruleViolation("R-31", field + ".title",
                    "Länkens rubrik får vara högst " + MAX_TITLE + " tecken.");
        }
    }

    /** Only https: an address a page shows as a link must not run script (javascript:) or travel in clear text. */
    private static boolean isHttpsAddress(String reference) {
        if (!reference.toLowerCase(Locale.ROOT).startsWith("https://")) {
            return false;
        }
        try {
            URI uri = new URI(reference);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Object valueOf(RecordComponent component, Object record) {
        try {
            // A command record need not be public; its accessor is read like Jackson reads it.
            component.getAccessor().trySetAccessible();
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
