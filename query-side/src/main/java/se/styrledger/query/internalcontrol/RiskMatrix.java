package se.styrledger.query.internalcontrol;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The risk matrix of a plan: sixteen cells, sannolikhet 4 (top) to 1 and konsekvens 1 (left) to 4, each with the
 * risks scored there. The level follows the product: 1–3 låg, 4–6 medel, 8–9 hög, 12–16 mycket hög.
 */
public record RiskMatrix(UUID planId, UUID unitId, int year, List<Cell> cells) {

    public record Cell(int likelihood, int consequence, int score, @Schema(example = "hög") String level,
                       List<UUID> riskIds) {
    }

    static String level(int score) {
        if (score >= 12) {
            return "mycket hög";
        }
        if (score >= 8) {
            return "hög";
        }
        return score >= 4 ? "medel" : "låg";
    }

    static RiskMatrix of(InternalControlPlanView plan) {
        List<Cell> cells = new ArrayList<>();
        for (int likelihood = 4; likelihood >= 1; likelihood--) {
            for (int consequence = 1; consequence <= 4; consequence++) {
                int l = likelihood;
                int c = consequence;
                cells.add(new Cell(l, c, l * c, level(l * c), plan.risks().stream()
                        .filter(r -> r.likelihood() == l && r.consequence() == c)
                        .map(InternalControlPlanView.RiskView::riskId).toList()));
            }
        }
        return new RiskMatrix(plan.planId(), plan.unitId(), plan.year(), cells);
    }
}
