package se.styrledger.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Local accounts, configured as properties (or environment variables) with bcrypt hashes, never plain passwords.
 * Per-unit write rights come with a directory integration; until then a role applies to every unit.
 */
@ConfigurationProperties("styrledger.security")
public record LedgerUsersProperties(List<User> users) {

    public LedgerUsersProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(String username, String passwordHash, List<String> roles) {
        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }
}
