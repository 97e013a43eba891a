package se.styrledger.platform.security.oidc;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import se.styrledger.platform.security.Roles;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the claims of a kommun token into the ledger's roles, the same way for a bearer token and for a browser
 * login, so a person has the same rights in both.
 */
public final class KommunRoles {

    private static final Set<String> LEDGER_ROLES = Set.of(Roles.RECORDER, Roles.AUDITOR, Roles.ADMIN);

    private final KommunLoginProperties properties;

    KommunRoles(KommunLoginProperties properties) {
        properties.roleMapping().forEach((group, role) -> {
            if (!LEDGER_ROLES.contains(role)) {
                throw new IllegalStateException("styrledger.security.oidc.role-mapping: '" + group + "' maps to '"
                        + role + "', which is none of " + LEDGER_ROLES);
            }
        });
        this.properties = properties;
    }

    /**
     * The ledger's authorities for a token's claims: its roles (ROLE_…), and each group as {@value #GROUP_PREFIX}…, so
     * that a recording right granted to a group of the kommun's directory applies; none when the claim is
     * missing. The prefix keeps a group named like a role from ever becoming that role.
     */
    public Collection<GrantedAuthority> of(Map<String, Object> claims) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        for (String value : values(claim(claims, properties.claims().roles()))) {
            authorities.add(new SimpleGrantedAuthority(GROUP_PREFIX + value));
            String role = properties.roleMapping().isEmpty()
                    ? (LEDGER_ROLES.contains(value) ? value : null)
                    : properties.roleMapping().get(value);
            if (role != null) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
            }
        }
        return authorities;
    }

    /** Marks an authority that names a group of the kommun's directory, not a role of the ledger. */
    public static final String GROUP_PREFIX = "GROUP_";

    /** The person's id: what the ledger records as who recorded an event. */
    public String subject(Map<String, Object> claims) {
        Object subject = claim(claims, properties.claims().subject());
        return subject == null ? null : subject.toString();
    }

    public String name(Map<String, Object> claims) {
        Object name = claim(claims, properties.claims().name());
        return name == null ? subject(claims) : name.toString();
    }

    static Object claim(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }

    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String text) {
            return List.of(text.split("[\\s,]+"));
        }
        return List.of();
    }
}
