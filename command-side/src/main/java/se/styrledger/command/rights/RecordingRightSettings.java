package se.styrledger.command.rights;

import org.springframework.boot.context.properties.ConfigurationProperties;
import se.styrledger.events.organisation.UnitKind;

import java.util.List;
import java.util.Set;

/**
 * The delegationsordning's configuration.
 *
 * @param grantingBodies which kinds of body may grant and revoke recording rights: default KS and KF
 *                       ({@code styrledger.recording-rights.granting-bodies=EXECUTIVE_BOARD,COUNCIL})
 * @param bootstrap      who gets the first right, for the whole kommun, on the ledger's first start
 */
@ConfigurationProperties("styrledger.recording-rights")
public record RecordingRightSettings(Set<UnitKind> grantingBodies, Bootstrap bootstrap) {

    public RecordingRightSettings {
        grantingBodies = grantingBodies == null || grantingBodies.isEmpty()
                ? Set.of(UnitKind.EXECUTIVE_BOARD, UnitKind.COUNCIL) : Set.copyOf(grantingBodies);
        for (UnitKind kind : grantingBodies) {
            if (!kind.isDecisionBody()) {
                throw new IllegalStateException("styrledger.recording-rights.granting-bodies: a " + kind
                        + " takes no decisions; name KF, KS, a nämnd or a bolagsstyrelse (COUNCIL, EXECUTIVE_BOARD …)");
            }
        }
        bootstrap = bootstrap == null ? new Bootstrap(null, List.of(), List.of()) : bootstrap;
    }

    /**
     * @param enabled  false for a node that must leave a fresh event store empty, e.g. to import into it over the API
     * @param accounts accounts (login subjects) that may record for the whole kommun from the first start
     * @param groups   groups of the login (a role such as RECORDER, or a group claim) that may do the same
     */
    public record Bootstrap(Boolean enabled, List<String> accounts, List<String> groups) {
        public Bootstrap {
            enabled = enabled == null || enabled;
            accounts = accounts == null ? List.of() : accounts.stream().filter(a -> !a.isBlank()).toList();
            groups = groups == null ? List.of() : groups.stream().filter(g -> !g.isBlank()).toList();
        }
    }
}
