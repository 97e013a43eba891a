package se.styrledger.query.audit;

import se.styrledger.events.followup.AssessmentRecorded;
import se.styrledger.events.followup.FollowUpReportAdopted;
import se.styrledger.events.followup.FollowUpReportClosed;
import se.styrledger.events.followup.FollowUpReportKind;
import se.styrledger.events.followup.FollowUpReportOpened;
import se.styrledger.events.followup.GenderSplit;
import se.styrledger.events.followup.IndicatorValueCorrected;
import se.styrledger.events.followup.IndicatorValueReported;
import se.styrledger.events.followup.IndicatorValueWithdrawn;
import se.styrledger.events.indicators.Period;
import se.styrledger.events.kolada.KoladaImportRecorded;
import se.styrledger.events.kolada.ReferenceValueRecorded;
import se.styrledger.events.kolada.ReferenceValueWithdrawn;

import se.styrledger.query.support.PeriodLabels;

import java.math.BigDecimal;
import java.util.UUID;

import static se.styrledger.query.audit.AuditDescriptions.quote;
import static se.styrledger.query.audit.AuditNames.ref;

/**
 * What the uppföljning (indicator values, corrections, assessments, reports) and the Kolada events mean to a
 * revisor, in Swedish. A value concerns its unit and year and names its indikator, so the trail of every effektmål
 * that indikator measures shows it (ADR 0100).
 */
final class FollowUpDescriptions {

    private FollowUpDescriptions() {
    }

    /** A delårsrapport or årsredovisning as the projection remembers it from its opening. */
    record Report(int year, FollowUpReportKind kind) {

        String name() {
            return capitalised(kind.swedish()) + " " + year;
        }
    }

    /** What the audit projection remembers from earlier events, for a description that needs it. */
    interface Memory {

        /** The figure of an earlier value, or null when it is not known. */
        BigDecimal value(UUID valueId);

        /** The report, or null when it is not known. */
        Report report(UUID reportId);
    }

    /** The description, or null when the event is not one of the follow-up's or Kolada's. */
    static AuditDescriptions.Described describe(Object payload, Memory memory) {
        if (payload instanceof IndicatorValueReported e) {
            return value("Utfall registrerat för " + measured(e.indicatorId(), e.unitId(), e.period()) + ": "
                    + figure(e.value(), e.genderSplit()) + ", källa " + quote(e.source())
                    + (e.lateForReportId() == null ? "" : ", sent: " + reportName(memory, e.lateForReportId())
                    + " var redan stängd"), e.indicatorId(), e.unitId(), e.period());
        }
        if (payload instanceof IndicatorValueCorrected e) {
            BigDecimal superseded = memory.value(e.supersedesValueId());
            return value("Utfall korrigerat för " + measured(e.indicatorId(), e.unitId(), e.period()) + ": "
                    + figure(e.value(), e.genderSplit()) + (superseded == null ? " ersätter det tidigare värdet"
                    : " ersätter " + superseded.toPlainString()) + ", källa " + quote(e.source())
                    + (e.afterClosedReportId() == null ? "" : ", efter att " + reportName(memory,
                    e.afterClosedReportId()).toLowerCase() + " stängts"), e.indicatorId(), e.unitId(), e.period());
        }
        if (payload instanceof IndicatorValueWithdrawn e) {
            return value("Utfall återkallat utan ersättning för " + measured(e.indicatorId(), e.unitId(), e.period()),
                    e.indicatorId(), e.unitId(), e.period());
        }
        if (payload instanceof AssessmentRecorded e) {
            return new AuditDescriptions.Described("Måluppfyllelse för " + quote(ref(e.goalId())) + " bedömd som "
                    + e.level().swedish() + " i " + reportName(memory, e.reportId()).toLowerCase() + " av "
                    + quote(e.assessedBy()) + ". Analys: " + quote(e.analysis()), e.goalId(), null, null,
                    e.assessedBy());
        }
        if (payload instanceof FollowUpReportOpened e) {
            return new AuditDescriptions.Described(new Report(e.year(), e.kind()).name() + " öppnad, brytdatum "
                    + e.cutOff(), null, null, e.year(), null);
        }
        if (payload instanceof FollowUpReportClosed e) {
            Report report = memory.report(e.reportId());
            return new AuditDescriptions.Described(reportName(memory, e.reportId()) + " stängd: innehållet är"
                    + " fryst och ändras inte av senare korrigeringar (R-21)", null, null,
                    report == null ? null : report.year(), null);
        }
        if (payload instanceof FollowUpReportAdopted e) {
            Report report = memory.report(e.reportId());
            // KF godkänner årsredovisningen and behandlar delårsrapporterna; "fastställa" is a bolagsstämma's word.
            String verb = (report == null ? FollowUpReportKind.INTERIM_1 : report.kind()).councilDecided();
            return new AuditDescriptions.Described(reportName(memory, e.reportId()) + " " + verb
                    + " av kommunfullmäktige", null, null, report == null ? null : report.year(), null);
        }
        if (payload instanceof KoladaImportRecorded e) {
            return AuditDescriptions.Described.text("Import från Kolada för kommun " + e.municipalityId() + " ("
                    + String.join(", ", e.kpiIds()) + ")" + (e.fromDate() == null ? ", fullständig körning"
                    : ", ändringar sedan " + e.fromDate()) + ": " + e.values() + " värden lästa, " + e.reported()
                    + " nya, " + e.corrected() + " korrigerade, " + e.withdrawn() + " återkallade, "
                    + e.references() + " jämförelsevärden, " + e.missing() + " saknas hos Kolada");
        }
        if (payload instanceof ReferenceValueRecorded e) {
            return new AuditDescriptions.Described("Jämförelsevärde för " + quote(ref(e.indicatorId())) + " registrerat: "
                    + e.municipalityName() + " (" + e.municipalityId() + ") " + e.year() + ": "
                    + figure(e.value(), e.genderSplit()) + ", källa " + quote(e.source())
                    + (e.supersedesValueId() == null ? "" : ", ersätter det tidigare jämförelsevärdet"),
                    null, null, null, null, e.indicatorId());
        }
        if (payload instanceof ReferenceValueWithdrawn e) {
            return new AuditDescriptions.Described("Jämförelsevärde för " + quote(ref(e.indicatorId()))
                    + " återkallat: kommun " + e.municipalityId() + " " + e.year(), null, null, null, null,
                    e.indicatorId());
        }
        return null;
    }

    private static AuditDescriptions.Described value(String text, UUID indicatorId, UUID unitId, Period period) {
        return new AuditDescriptions.Described(text, null, unitId, period.year(), null, indicatorId);
    }

    private static String measured(UUID indicatorId, UUID unitId, Period period) {
        return quote(ref(indicatorId)) + ", " + ref(unitId) + ", " + period(period);
    }

    /** "månad 3 2025", "tertial 1 2025", "år 2025". */
    /** A period as reports, findings and the API name it ("mars 2025"): one wording, from {@link Labels}. */
    static String period(Period period) {
        return PeriodLabels.label(period);
    }

    private static String figure(BigDecimal value, GenderSplit split) {
        if (split == null || (split.women() == null && split.men() == null)) {
            return value.toPlainString();
        }
        return value.toPlainString() + " (kvinnor " + (split.women() == null ? "–" : split.women().toPlainString())
                + ", män " + (split.men() == null ? "–" : split.men().toPlainString()) + ")";
    }

    private static String reportName(Memory memory, UUID reportId) {
        Report report = memory.report(reportId);
        return report == null ? "Rapporten" : report.name();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
