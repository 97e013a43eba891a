package se.styrledger.query.commitments;

import io.swagger.v3.oas.annotations.media.Schema;
import se.styrledger.query.economy.UnitEconomy;
import se.styrledger.query.flags.FlagView;
import se.styrledger.query.goals.EffectGoalDetail;
import se.styrledger.query.plans.OperationalPlanView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One nämnd's or bolag's åtaganden for a year as of a date: its verksamhetsplan (normally one; a withdrawn one is
 * listed and marked), its effektmål with aktiviteter and indikatorer with målvärden, its flags, and its ram with
 * utfall and prognos.
 */
public record CommitmentsView(UUID unitId,
                              @Schema(example = "Miljö- och byggnämnden") String unitName,
                              @Schema(example = "2024") int year,
                              LocalDate asOf, Instant knownAt,
                              List<OperationalPlanView> operationalPlans,
                              List<EffectGoalDetail> effectGoals,
                              List<FlagView> flags,
                              @Schema(description = "Nämndens ram, utfall, prognos och avvikelse för året; null när"
                                      + " KF inte gett den någon ram och inget utfall finns") UnitEconomy economy) {
}
