package se.styrledger.events.accountability;

/** KF's decision on ansvarsfrihet (KL 5 kap 24–25 §§), with the Swedish words. */
public enum DischargeOutcome {
    GRANTED("ansvarsfrihet beviljas"),
    REFUSED("ansvarsfrihet vägras"),
    /** Ansvarsfrihet is granted, and KF directs an anmärkning at the nämnd. */
    REMARK("ansvarsfrihet beviljas med anmärkning");

    private final String swedish;

    DischargeOutcome(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }

    /** A refusal and an anmärkning must say why (KL 5 kap 24–25 §§). */
    public boolean needsGrounds() {
        return this != GRANTED;
    }
}
