package se.styrledger.command.rights;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import se.styrledger.command.support.CommandLookups;
import se.styrledger.command.support.RecordingRights;
import se.styrledger.command.support.RecordingScope;
import se.styrledger.command.support.RecordsForUnits;
import se.styrledger.command.support.ScopeLookups;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.events.rights.GranteeKind;
import se.styrledger.events.rights.RecordingRightConfigured;
import se.styrledger.events.rights.RecordingRightGranted;
import se.styrledger.events.rights.RecordingRightRevoked;
import se.styrledger.platform.security.Roles;
import se.styrledger.platform.security.oidc.KommunRoles;
import se.styrledger.platform.web.LedgerException;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The recording rights in table {@code cmd_recording_right}, written by the command side's subscribing processor in
 * the same transaction as their events, and the check every command passes: the recorder's account or one of
 * its groups holds a right in force today for each unit the command records for — the unit itself, a unit above it
 * granted with its subunits, or the whole kommun.
 */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
public class JdbcRecordingRights implements RecordingRights {

    private static final String ROLE_PREFIX = "ROLE_";
    private static final String AUDITOR = ROLE_PREFIX + Roles.AUDITOR;
    /** Deeper than any kommun's organisation; stops a walk that a corrupt parent loop would never end. */
    private static final int MAX_DEPTH = 50;

    private final JdbcTemplate jdbc;
    private final ScopeLookups lookups;
    private final Clock clock;

    public JdbcRecordingRights(JdbcTemplate jdbc, ScopeLookups lookups, Clock clock) {
        this.jdbc = jdbc;
        this.lookups = lookups;
        this.clock = clock;
    }

    /** One right the recorder holds today: for {@code unitId} (null: the whole kommun), perhaps with its subunits. */
    private record Held(UUID rightId, UUID unitId, boolean includesSubunits) {
    }

    @Override
    public List<UUID> authorise(Authentication recorder, RecordsForUnits command) {
        if (recorder == null || !recorder.isAuthenticated()) {
            throw refused("Logga in med ett konto som har behörighet att registrera.");
        }
        return authorise(recorder, heldToday(recorder), command.recordingScope(lookups));
    }

    private List<UUID> authorise(Authentication recorder, List<Held> held, RecordingScope scope) {
        if (scope instanceof RecordingScope.Auditors) {
            // Under the revisor role, not under a right: the revisorer's documents are theirs alone.
            if (recorder.getAuthorities().stream().noneMatch(authority -> AUDITOR.equals(authority.getAuthority()))) {
                throw new LedgerException(LedgerException.Kind.NOT_PERMITTED, "R-50", null, "Bara revisorerna registrerar sina"
                        + " granskningsrapporter, sin bedömning och revisionsberättelsen; kontot " + recorder.getName()
                        + " har inte rollen revisor.");
            }
            return List.of();
        }
        if (scope instanceof RecordingScope.AllOf all) {
            return all.scopes().stream().flatMap(each -> authorise(recorder, held, each).stream()).distinct()
                    .sorted().toList();
        }
        if (scope instanceof RecordingScope.Units units) {
            return units.unitIds().stream().sorted()
                    .map(unit -> rightFor(unit, held).orElseThrow(() -> refused("Kontot " + recorder.getName()
                            + " har ingen behörighet att registrera för enheten " + unit + describe(unit)
                            + " (R-32). Behörighet ges genom beslut enligt delegationsordningen.")))
                    .distinct().toList();
        }
        RecordingScope.AnyUnitOf any = (RecordingScope.AnyUnitOf) scope;
        return List.of(rightForAny(any.kinds(), held).orElseThrow(() -> refused("Kontot " + recorder.getName()
                + " har ingen behörighet att registrera för "
                + any.kinds().stream().map(UnitKind::swedish).sorted().collect(Collectors.joining(" eller "))
                + " (R-32). Behörighet ges genom beslut enligt delegationsordningen.")));
    }

    private List<Held> heldToday(Authentication recorder) {
        Set<String> groups = new LinkedHashSet<>();
        for (GrantedAuthority authority : recorder.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null) {
                groups.add(name);
                if (name.startsWith(ROLE_PREFIX)) {
                    groups.add(name.substring(ROLE_PREFIX.length()));
                } else if (name.startsWith(KommunRoles.GROUP_PREFIX)) {
                    groups.add(name.substring(KommunRoles.GROUP_PREFIX.length()));
                }
            }
        }
        Date today = Date.valueOf(LocalDate.now(clock));
        return jdbc.query("SELECT right_id, unit_id, includes_subunits FROM cmd_recording_right"
                        + " WHERE ((grantee_kind = ? AND grantee = ?) OR (grantee_kind = ? AND grantee = ANY (?)))"
                        + " AND valid_from <= ? AND (revoked_from IS NULL OR revoked_from > ?) ORDER BY right_id",
                (rs, row) -> new Held(rs.getObject("right_id", UUID.class), rs.getObject("unit_id", UUID.class),
                        rs.getBoolean("includes_subunits")),
                GranteeKind.ACCOUNT.name(), recorder.getName(), GranteeKind.GROUP.name(), groups.toArray(String[]::new),
                today, today);
    }

    /** The closest right: one for the unit itself, else the nearest unit above granted with subunits, else the kommun. */
    private Optional<UUID> rightFor(UUID unit, List<Held> held) {
        if (held.isEmpty()) {
            return Optional.empty();
        }
        List<UUID> upwards = jdbc.queryForList("WITH RECURSIVE up (unit_id, parent_id, depth) AS ("
                + " SELECT unit_id, parent_id, 0 FROM cmd_unit WHERE unit_id = ?"
                + " UNION ALL SELECT c.unit_id, c.parent_id, up.depth + 1 FROM cmd_unit c JOIN up ON c.unit_id = up.parent_id"
                + " WHERE up.depth < ?) SELECT unit_id FROM up ORDER BY depth", UUID.class, unit, MAX_DEPTH);
        for (int i = 0; i < upwards.size(); i++) {
            UUID candidate = upwards.get(i);
            boolean self = i == 0;
            for (Held right : held) {
                if (candidate.equals(right.unitId()) && (self || right.includesSubunits())) {
                    return Optional.of(right.rightId());
                }
            }
        }
        return wholeKommun(held);
    }

    private Optional<UUID> rightForAny(Set<UnitKind> kinds, List<Held> held) {
        String[] kindNames = kinds.stream().map(Enum::name).toArray(String[]::new);
        for (Held right : held) {
            if (right.unitId() == null) {
                continue;
            }
            Boolean covers = jdbc.queryForObject("WITH RECURSIVE down (unit_id, kind, depth) AS ("
                    + " SELECT unit_id, kind, 0 FROM cmd_unit WHERE unit_id = ?"
                    + " UNION ALL SELECT c.unit_id, c.kind, down.depth + 1 FROM cmd_unit c JOIN down ON c.parent_id = down.unit_id"
                    + " WHERE ? AND down.depth < ?) SELECT EXISTS (SELECT 1 FROM down WHERE kind = ANY (?))",
                    Boolean.class, right.unitId(), right.includesSubunits(), MAX_DEPTH, kindNames);
            if (Boolean.TRUE.equals(covers)) {
                return Optional.of(right.rightId());
            }
        }
        return wholeKommun(held);
    }

    private static Optional<UUID> wholeKommun(List<Held> held) {
        return held.stream().filter(right -> right.unitId() == null).map(Held::rightId).findFirst();
    }

    private String describe(UUID unit) {
        List<String> kind = jdbc.queryForList("SELECT kind FROM cmd_unit WHERE unit_id = ?", String.class, unit);
        return kind.isEmpty() ? "" : " (" + UnitKind.valueOf(kind.get(0)).swedish() + ")";
    }

    private static LedgerException refused(String detail) {
        return new LedgerException(LedgerException.Kind.NOT_PERMITTED, "R-32", null, detail);
    }

    /** Whether the ledger holds any recording right at all: the first start records the configured one. */
    boolean anyRecorded() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM cmd_recording_right)",
                Boolean.class));
    }

    @EventHandler
    void on(RecordingRightGranted event) {
        jdbc.update("INSERT INTO cmd_recording_right (right_id, grantee_kind, grantee, unit_id, includes_subunits,"
                        + " valid_from) VALUES (?, ?, ?, ?, ?, ?)",
                event.rightId(), event.grantee().kind().name(), event.grantee().name(), event.unitId(),
                event.includesSubunits(), Date.valueOf(event.decision().effectiveFrom()));
    }

    @EventHandler
    void on(RecordingRightConfigured event) {
        jdbc.update("INSERT INTO cmd_recording_right (right_id, grantee_kind, grantee, unit_id, includes_subunits,"
                        + " valid_from) VALUES (?, ?, ?, NULL, TRUE, ?)",
                event.rightId(), event.grantee().kind().name(), event.grantee().name(), Date.valueOf(event.validFrom()));
    }

    @EventHandler
    void on(RecordingRightRevoked event) {
        jdbc.update("UPDATE cmd_recording_right SET revoked_from = ? WHERE right_id = ?",
                Date.valueOf(event.decision().effectiveFrom()), event.rightId());
    }
}
