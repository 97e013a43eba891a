package se.styrledger.query.politicalprogram;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.query.support.ProjectionProgress;
import se.styrledger.query.support.ReadTime;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/political-programs", produces = "application/json")
@Tag(name = "Politiska program (läsning)", description = "Politiska program som referenser (R-08): partiers vilja,"
        + " inte kommunens beslut. Öppet för alla.")
public class PoliticalProgramQueryController {

    /** The one Swedish label of the concept, shown wherever a program is listed. */
    static final String KIND_LABEL = "politiskt program (referens, inget kommunbeslut)";

    private final JdbcTemplate jdbc;
    private final ProjectionProgress progress;
    private final Clock clock;

    public PoliticalProgramQueryController(JdbcTemplate jdbc, ProjectionProgress progress, Clock clock) {
        this.jdbc = jdbc;
        this.progress = progress;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "De politiska program som hade presenterats per ett datum (asOf), så som liggaren kände dem"
            + " vid en tidpunkt (knownAt)")
    public List<PoliticalProgramView> programs(@RequestParam(required = false) String asOf,
                                               @RequestParam(required = false) String knownAt,
                                               @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        ReadTime at = ReadTime.of(asOf, knownAt, clock);
        return jdbc.query("SELECT program_id, title, parties, presented_on, published_url, published_sha256,"
                        + " recorded_position FROM political_program WHERE presented_on <= ? AND recorded_from <= ?"
                        + " ORDER BY presented_on, title, program_id",
                (rs, n) -> new PoliticalProgramView(rs.getObject("program_id", UUID.class), rs.getString("title"),
                        rs.getString("parties"), rs.getDate("presented_on").toLocalDate(), KIND_LABEL,
                        rs.getString("published_url"), rs.getString("published_sha256"),
                        rs.getLong("recorded_position")),
                Date.valueOf(at.asOf()), Timestamp.from(at.knownAt()));
    }
}
