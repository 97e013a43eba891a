package se.styrledger.query.audit;

import se.styrledger.events.economy.BudgetAdopted;
import se.styrledger.events.economy.BudgetAmended;
import se.styrledger.events.economy.FinancialOutcomesRecorded;
import se.styrledger.events.economy.ForecastReported;
import se.styrledger.events.internalcontrol.ControlPerformed;
import se.styrledger.events.internalcontrol.InternalControlPlanAdopted;
import se.styrledger.events.internalcontrol.InternalControlReportedToExecutiveBoard;
import se.styrledger.events.internalcontrol.RemedyRecorded;
import se.styrledger.query.support.PeriodLabels;

import java.math.BigDecimal;

/** What the ekonomi and intern kontroll events mean to a revisor, in Swedish. */
final class EconomyAndControlDescriptions {

    private EconomyAndControlDescriptions() {
    }

    /** The description, or null when the event is neither ekonomi nor intern kontroll. */
    static AuditDescriptions.Described describe(Object payload) {
        if (payload instanceof BudgetAdopted e) {
            return new AuditDescriptions.Described("Budget " + e.year() + " antagen: ramar för " + e.frames().size()
                    + " nämnder, sammanlagt " + kronor(e.frames().stream().map(f -> f.amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add)) + (e.companyTargets().isEmpty() ? ""
                    : ", " + e.companyTargets().size() + " finansiella mål för bolag"), null, null, e.year(), null);
        }
        if (payload instanceof BudgetAmended e) {
            return AuditDescriptions.Described.text("Budgeten ändrad genom " + e.kind().swedish() + ": "
                    + e.changes().size() + " ramar ändrade, netto " + kronor(e.changes().stream()
                    .map(f -> f.amount()).reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        if (payload instanceof FinancialOutcomesRecorded e) {
            return AuditDescriptions.Described.text("Utfall registrerat ur " + e.source().swedish()
                    + (e.fileName() == null ? "" : " ”" + e.fileName() + "”") + ": " + e.outcomes().size()
                    + " värden" + (e.sha256() == null ? "" : ", SHA-256 " + e.sha256()));
        }
        if (payload instanceof ForecastReported e) {
            return new AuditDescriptions.Described("Helårsprognos rapporterad per " + PeriodLabels.label(e.period()) + ": "
                    + kronor(e.fullYear())
                    + (e.remedy() == null ? "" : ", åtgärder: ”" + e.remedy() + "”"), null, e.unitId(),
                    e.period().year(), null);
        }
        if (payload instanceof InternalControlPlanAdopted e) {
            return new AuditDescriptions.Described("Internkontrollplan " + e.year() + " antagen med " + e.risks().size()
                    + " risker och " + e.controls().size() + " kontrollmoment", null, e.unitId(), e.year(), null);
        }
        if (payload instanceof ControlPerformed e) {
            return AuditDescriptions.Described.text("Kontrollmoment utfört den " + e.performedOn() + ": ”" + e.result()
                    + "”" + (e.deviation() == null ? ", ingen avvikelse"
                    : ", avvikelse: ”" + e.deviation().description() + "”"));
        }
        if (payload instanceof RemedyRecorded e) {
            return e.remedy() != null
                    ? new AuditDescriptions.Described("Åtgärd för avvikelse beslutad den " + e.decidedOn() + ": ”"
                    + e.remedy().action() + "”, ansvarig " + e.remedy().responsible() + ", klar senast "
                    + e.remedy().due(), null, null, null, e.remedy().responsible())
                    : AuditDescriptions.Described.text("Ingen åtgärd för avvikelse, beslutat den " + e.decidedOn()
                    + ", skäl: ”" + e.noRemedyReason() + "”");
        }
        if (payload instanceof InternalControlReportedToExecutiveBoard e) {
            return AuditDescriptions.Described.text("Uppföljning av intern kontroll rapporterad till kommunstyrelsen: ”"
                    + e.summary() + "”");
        }
        return null;
    }

    /** True for the later events of a budget or internkontrollplan, which concern what its first event named. */
    static boolean concernsItsFirstEvent(Object payload) {
        return payload instanceof BudgetAmended || payload instanceof ControlPerformed
                || payload instanceof RemedyRecorded || payload instanceof InternalControlReportedToExecutiveBoard;
    }

    private static String kronor(BigDecimal amount) {
        return amount.toPlainString() + " kr";
    }
}
