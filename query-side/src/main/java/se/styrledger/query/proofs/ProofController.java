package se.styrledger.query.proofs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.platform.eventstore.EventLine;
import se.styrledger.platform.sealing.SealedTree;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.platform.web.RetryLaterException;
import se.styrledger.query.rebuild.ServedDuringRebuild;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The seal, open to everyone: the signed checkpoints a kommun publishes, the inclusion proof of any
 * event, the consistency proof between two tree sizes, and for a frozen report its SHA-256 with the proof of its
 * closing event. Hashes and positions only; the closing event is shown as an open export line, without who recorded
 * it. Reads the seal tables and the event store, so it answers during a rebuild.
 */
@RestController
@ServedDuringRebuild
@Tag(name = "Sigill och bevis", description = "Signerade kontrollpunkter och Merkle-bevis (RFC 6962) för att visa att"
        + " historien inte skrivits om. Kontrolleras offline med ledger-verifier; se docs/tamper-evidence.md.")
public class ProofController {

    private static final int MAX_CHECKPOINTS = 1_000;
    private static final String RULE = "R-33";

    private final SealedTree tree;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ProofController(SealedTree tree, DataSource dataSource, ObjectMapper json) {
        this.tree = tree;
        this.jdbc = new JdbcTemplate(dataSource);
        this.json = json;
    }

    @GetMapping(path = "/api/v1/checkpoints/latest", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Den senaste signerade kontrollpunkten (trädstorlek, rot, tid, publik nyckel)")
    public JsonNode latest() {
        return parse(tree.latestCheckpoint().orElseThrow(() -> new RetryLaterException(
                "Liggaren har ingen kontrollpunkt ännu; den första skrivs när händelser förseglats.", 5)));
    }

    @GetMapping(path = "/api/v1/checkpoints", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Signerade kontrollpunkter, nyaste först",
            description = "Filen kan ges direkt till verifieraren: --checkpoint checkpoints.json.")
    public List<JsonNode> checkpoints(@Parameter(description = "Högst så många, 1–1000") @RequestParam(required = false)
                                      Integer limit) {
        int count = limit == null ? 100 : limit;
        if (count < 1 || count > MAX_CHECKPOINTS) {
            throw LedgerException.invalid("limit", "limit ska vara mellan 1 och " + MAX_CHECKPOINTS + ".");
        }
        return tree.checkpoints(count).stream().map(this::parse).toList();
    }

    @GetMapping(path = "/api/v1/proofs/inclusion", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Bevis för att händelsen på en position ingår i trädet av en viss storlek",
            description = "Utan treeSize: den senaste kontrollpunktens storlek.")
    public Map<String, Object> inclusion(@RequestParam long position,
                                         @RequestParam(required = false) Long treeSize) {
        SealedTree.Leaf leaf = tree.leafAt(position).orElseThrow(() -> new LedgerException(LedgerException.Kind.NOT_FOUND, RULE,
                "position", "Positionen " + position + " är inte förseglad (ännu), eller finns inte."));
        long size = treeSize(treeSize);
        if (leaf.leafIndex() >= size) {
            throw new LedgerException(LedgerException.Kind.INVALID, RULE, "treeSize", "Positionen " + position
                    + " förseglades som händelse nr " + (leaf.leafIndex() + 1) + " och ingår inte i ett träd med "
                    + size + " händelser.");
        }
        SealedTree.Proof proof = tree.inclusion(leaf.leafIndex(), size);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("position", position);
        answer.put("leafIndex", leaf.leafIndex());
        answer.put("leafHash", SealedTree.hex(leaf.hash()));
        answer.put("treeSize", size);
        answer.put("rootHash", SealedTree.hex(proof.root()));
        answer.put("inclusionPath", hexes(proof.path()));
        answer.put("checkpoint", tree.checkpoint(size).map(this::parse).orElse(null));
        return answer;
    }

    @GetMapping(path = "/api/v1/proofs/consistency", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Bevis för att trädet med fromSize händelser är början av trädet med toSize händelser",
            description = "Två kontrollpunkter hänger ihop: inget förseglat har ändrats mellan dem.")
    public Map<String, Object> consistency(@RequestParam long fromSize,
                                           @RequestParam(required = false) Long toSize) {
        long to = treeSize(toSize);
        if (fromSize < 1 || fromSize > to) {
            throw new LedgerException(LedgerException.Kind.INVALID, RULE, "fromSize", "fromSize ska vara mellan 1 och "
                    + to + ".");
        }
        SealedTree.Proof proof = tree.consistency(fromSize, to);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("fromSize", fromSize);
        answer.put("fromRootHash", SealedTree.hex(tree.root(fromSize)));
        answer.put("toSize", to);
        answer.put("toRootHash", SealedTree.hex(proof.root()));
        answer.put("consistencyPath", hexes(proof.path()));
        return answer;
    }

    @GetMapping(path = "/api/v1/follow-up-reports/{reportId}/proof", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Bevis för en fryst rapport: dess SHA-256 och att dess stängning ingår i en kontrollpunkt",
            description = "Kontrolleras med verifieraren: report --report rapport.json --proof bevis.json.")
    public Map<String, Object> reportProof(@PathVariable UUID reportId,
                                           @RequestParam(required = false) Long treeSize) {
        Map<String, Object> snapshot = jdbc.queryForList("SELECT closed_position, sha256 FROM report_snapshot"
                + " WHERE report_id = ?", reportId).stream().findFirst().orElseThrow(() -> LedgerException.notFound(
                "Rapporten " + reportId + " finns inte eller är inte stängd; bara en fryst rapport har ett bevis."));
        long position = ((Number) snapshot.get("closed_position")).longValue();
        SealedTree.Leaf leaf = tree.leafAt(position).orElseThrow(() -> new RetryLaterException(
                "Stängningen av rapporten (position " + position + ") är inte förseglad ännu.", 5));
        String checkpointDocument = treeSize != null
                ? tree.checkpoint(treeSize).orElseThrow(() -> new LedgerException(LedgerException.Kind.INVALID, RULE,
                "treeSize", "Det finns ingen kontrollpunkt för " + treeSize + " händelser."))
                : tree.firstCheckpointHolding(leaf.leafIndex()).orElseThrow(() -> new RetryLaterException(
                "Ingen kontrollpunkt omfattar rapportens stängning ännu.", 5));
        JsonNode checkpoint = parse(checkpointDocument);
        long size = checkpoint.path("treeSize").asLong();
        if (leaf.leafIndex() >= size) {
            throw new LedgerException(LedgerException.Kind.INVALID, RULE, "treeSize", "Kontrollpunkten för " + size
                    + " händelser omfattar inte rapportens stängning.");
        }
        EventLine closing = tree.openLine(position).orElseThrow();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("reportId", reportId);
        answer.put("sha256", snapshot.get("sha256"));
        answer.put("closedPosition", position);
        answer.put("leafIndex", leaf.leafIndex());
        answer.put("treeSize", size);
        answer.put("inclusionPath", hexes(tree.inclusion(leaf.leafIndex(), size).path()));
        answer.put("closingEvent", closing);
        answer.put("checkpoint", checkpoint);
        return answer;
    }

    private long treeSize(Long asked) {
        long sealed = tree.size();
        if (asked == null) {
            return tree.latestCheckpoint().map(document -> parse(document).path("treeSize").asLong())
                    .orElseThrow(() -> new RetryLaterException("Liggaren har ingen kontrollpunkt ännu.", 5));
        }
        if (asked < 1 || asked > sealed) {
            throw new LedgerException(LedgerException.Kind.INVALID, RULE, "treeSize", "treeSize ska vara mellan 1 och "
                    + sealed + " (förseglade händelser).");
        }
        return asked;
    }

    private static List<String> hexes(List<byte[]> hashes) {
        List<String> hex = new ArrayList<>(hashes.size());
        hashes.forEach(hash -> hex.add(SealedTree.hex(hash)));
        return hex;
    }

    private JsonNode parse(String document) {
        try {
            return json.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored checkpoint is not JSON", e);
        }
    }
}
