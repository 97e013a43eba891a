package se.styrledger.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Review finding 6 (username enumeration), proved by what is checked rather than by timing: a login with a name
 * nobody has is checked with bcrypt against a hash of the same cost as the configured accounts', exactly like a
 * known name with a wrong password. The provider is wired as Spring Boot wires it, from the ledger's own beans; the
 * counting encoder only records the hashes the ledger's encoder is asked about.
 */
class UnknownAccountCostTest {

    private static final String ACCOUNT_HASH = new BCryptPasswordEncoder(5).encode("kommunens lösenord");

    private final List<String> checkedHashes = new ArrayList<>();
    private final DaoAuthenticationProvider login = provider();

    @Test
    void anUnknownNameCostsABcryptAtTheAccountsCost() {
        assertThatThrownBy(() -> login.authenticate(new UsernamePasswordAuthenticationToken("ingen.alls", "gissning")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login.authenticate(new UsernamePasswordAuthenticationToken("kommunen", "gissning")))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(checkedHashes).hasSize(2);
        assertThat(checkedHashes.get(0)).as("the dummy hash checked for an unknown name").startsWith("$2a$05$")
                .isNotEqualTo(ACCOUNT_HASH);
        assertThat(checkedHashes.get(1)).isEqualTo(ACCOUNT_HASH);
    }

    @Test
    void theDummyHashIsNeverRemembered() {
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> login.authenticate(
                    new UsernamePasswordAuthenticationToken("ingen.alls", "gissning")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(checkedHashes).hasSize(3).allMatch(hash -> hash.startsWith("$2a$05$"));
    }

    @Test
    void theCostIsTheDearestAccountsAndBcryptsDefaultWithoutAccounts() {
        assertThat(VerifiedPasswords.costOf(List.of("$2a$04$" + "x".repeat(53), "$2b$12$" + "y".repeat(53))))
                .isEqualTo(12);
        assertThat(VerifiedPasswords.costOf(List.of())).isEqualTo(10);
    }

    private DaoAuthenticationProvider provider() {
        LedgerUsersProperties accounts = new LedgerUsersProperties(List.of(
                new LedgerUsersProperties.User("kommunen", ACCOUNT_HASH, List.of(Roles.RECORDER))));
        SecurityConfiguration configuration = new SecurityConfiguration();
        PasswordEncoder ledger = configuration.passwordEncoder(accounts);
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return ledger.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                checkedHashes.add(encoded);
                return ledger.matches(raw, encoded);
            }
        };
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(counting);
        provider.setUserDetailsService(configuration.users(accounts, ledger, new MockEnvironment()));
        return provider;
    }
}
