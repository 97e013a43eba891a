package se.styrledger.query.goals;

import io.swagger.v3.oas.annotations.media.Schema;
import se.styrledger.query.support.DecisionView;

import java.util.List;

/** An effektmål's förändringsteori: ordered steps aktivitet → utfall → resultat → effekt. */
public record ChangeTheoryView(int version, DecisionView decision, List<Step> steps) {

    public record Step(int stepNumber, @Schema(example = "OUTPUT") String kind,
                       @Schema(example = "utfall") String kindLabel,
                       @Schema(example = "Nytt insamlingssystem för avfall införs") String text) {
    }
}
