package se.styrledger.platform.security.oidc;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The claim mapping of kommun login, for the shapes Entra ID and Keycloak give their claims. */
class KommunRolesTest {

    @Test
    void entraIdAppRolesAreMappedAndOtherValuesIgnored() {
        KommunRoles roles = new KommunRoles(properties(new KommunLoginProperties.Claims("oid", null, "roles"),
                Map.of("Registrator", "RECORDER", "Revisor", "AUDITOR")));
        Map<String, Object> claims = Map.of("oid", "6f1c…", "sub", "per-app", "name", "Kerstin Karlsson",
                "roles", List.of("Registrator", "ADMIN", "Okänd"));

        assertThat(roles.of(claims)).extracting(GrantedAuthority::getAuthority).containsExactlyInAnyOrder(
                "ROLE_RECORDER", "GROUP_Registrator", "GROUP_ADMIN", "GROUP_Okänd");
        assertThat(roles.subject(claims)).isEqualTo("6f1c…");
        assertThat(roles.name(claims)).isEqualTo("Kerstin Karlsson");
    }

    @Test
    void keycloakRealmRolesAreReachedByADottedPath() {
        KommunRoles roles = new KommunRoles(properties(
                new KommunLoginProperties.Claims("preferred_username", null, "realm_access.roles"),
                Map.of("styrledger-revisor", "AUDITOR")));
        Map<String, Object> claims = Map.of("preferred_username", "rita",
                "realm_access", Map.of("roles", List.of("offline_access", "styrledger-revisor")));

        assertThat(roles.of(claims)).extracting(GrantedAuthority::getAuthority)
                .as("a group is never a role, even one named like a role").filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactly("ROLE_AUDITOR");
        assertThat(roles.name(claims)).as("no name claim: the id").isEqualTo("rita");
    }

    @Test
    void withoutAMappingOnlyTheLedgersRoleNamesCount() {
        KommunRoles roles = new KommunRoles(properties(null, Map.of()));

        assertThat(roles.of(Map.of("roles", "RECORDER ADMIN admin"))).extracting(GrantedAuthority::getAuthority)
                .filteredOn(authority -> authority.startsWith("ROLE_")).containsExactly("ROLE_RECORDER", "ROLE_ADMIN");
        assertThat(roles.of(Map.of("sub", "x"))).isEmpty();
    }

    @Test
    void aMappingToNoLedgerRoleOrAnIssuerWithoutAudienceRefusesToStart() {
        assertThatThrownBy(() -> new KommunRoles(properties(null, Map.of("grupp", "SUPERUSER"))))
                .hasMessageContaining("SUPERUSER");
        assertThatThrownBy(() -> new KommunLogin(new KommunLoginProperties(URI.create("https://idp.example"), null,
                List.of(), null, null, null, null, null, null))).hasMessageContaining("audiences");
    }

    private static KommunLoginProperties properties(KommunLoginProperties.Claims claims, Map<String, String> mapping) {
        return new KommunLoginProperties(URI.create("https://idp.example"), null, List.of("styrledger"), null, null,
                null, claims, mapping, null);
    }
}
