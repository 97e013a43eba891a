package se.styrledger.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;

/**
 * Who recorded an event (its account, {@code recordedBy}) is personal data: only revisorer (AUDITOR) and
 * administrators (ADMIN) see it (R-34, ADR 0076). Every read that could show it asks here; public reports never
 * carry it at all.
 */
public final class WhoRecorded {

    private static final Set<String> MAY_SEE = Set.of("ROLE_" + Roles.AUDITOR, "ROLE_" + Roles.ADMIN);

    private WhoRecorded() {
    }

    /** Whether the person asking, on this thread, may see who recorded. */
    public static boolean visible() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.isAuthenticated() && user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(MAY_SEE::contains);
    }

    /** The account for those who may see it, otherwise null (left out of the JSON). */
    public static String shown(String recordedBy) {
        return visible() ? recordedBy : null;
    }
}
