package se.styrledger.query.audit;

/** The findings a revisor looks for, with the Swedish label shown in the granskningsunderlag. */
public enum FindingKind {
    NOT_LINKED_TO_DIRECTION_GOAL_IN_FORCE("Effektmål utan koppling till gällande inriktningsmål"),
    ACTIVE_UNDER_WITHDRAWN_DIRECTION_GOAL("Effektmål gäller fortfarande under ett upphävt inriktningsmål"),
    NO_INDICATOR("Effektmål utan indikator"),
    NO_TARGET_FOR_YEAR("Effektmål utan målvärde för sitt år"),
    ACTIVITY_WITHOUT_RESPONSIBLE_OR_DUE_DATE("Aktivitet utan ansvarig eller slutdatum"),
    ACTIVITY_OVERDUE("Försenad aktivitet"),
    UNASSESSED_IN_CLOSED_REPORT("Effektmål obedömt i en stängd rapport"),
    CORRECTED_AFTER_CLOSE("Värde korrigerat efter att rapporten stängts"),
    LATE_RECORDING("Beslut registrerat sent"),
    IMPOSED_BY_COUNCIL("Effektmål ålagt av kommunfullmäktige"),
    NO_INTERNAL_CONTROL_PLAN("Ingen internkontrollplan för året"),
    CONTROL_NOT_PERFORMED("Kontrollmoment inte utfört i tid"),
    DEVIATION_WITHOUT_REMEDY("Avvikelse utan åtgärd"),
    NOT_REPORTED_TO_EXECUTIVE_BOARD("Intern kontroll inte återrapporterad till kommunstyrelsen före årets slut"),
    FORECAST_OVER_FRAME_WITHOUT_REMEDY("Prognos över ramen utan rapporterade åtgärder"),
    NO_OPERATIONAL_PLAN("Ingen verksamhetsplan för året"),
    NO_ACTIVITIES("Effektmål utan aktiviteter"),
    FULFILLED_BELOW_TARGET("Uppfyllt trots att indikatorn inte nått målvärdet"),
    DUE_DATE_MOVED("Aktivitetens slutdatum flyttat"),
    REASSESSMENT_WITHOUT_REASON("Ny bedömning utan skäl"),
    REVIEW_OVERDUE("Aktualitetsprövning försenad"),
    TARGET_FOR_OTHER_YEAR("Målvärde för ett annat år än effektmålets");

    private final String label;

    FindingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
