package se.styrledger.query.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;

/**
 * {@code styrledger.audit.*}: the thresholds of the revisorer's findings (docs/granskning.md; ADR 0136). Checked at
 * start-up: a nonsense value stops the ledger with the property's name.
 *
 * @param lateRecordingDays     days after the decision beyond which its recording is a LATE_RECORDING finding
 * @param forecastOverFrameShare share over the ram a prognos may be, with no åtgärder, before it is a finding
 */
@ConfigurationProperties("styrledger.audit")
public record AuditProperties(Integer lateRecordingDays, BigDecimal forecastOverFrameShare) {

    public AuditProperties {
        lateRecordingDays = lateRecordingDays == null ? 30 : lateRecordingDays;
        forecastOverFrameShare = forecastOverFrameShare == null ? new BigDecimal("0.01") : forecastOverFrameShare;
        if (lateRecordingDays < 0) {
            throw new IllegalArgumentException("styrledger.audit.late-recording-days must be 0 or more");
        }
        if (forecastOverFrameShare.signum() < 0) {
            throw new IllegalArgumentException("styrledger.audit.forecast-over-frame-share must be 0 or more");
        }
    }
}
