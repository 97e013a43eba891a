package se.styrledger.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedPasswordsTest {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final AtomicLong clock = new AtomicLong();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final VerifiedPasswords passwords = new VerifiedPasswords(counting, Duration.ofMinutes(5), clock::get);
    private final String hash = bcrypt.encode("rätt lösenord");

    @Test
    void aMatchedPasswordIsNotHashedAgainWithinItsTime() {
        assertThat(passwords.matches("rätt lösenord", hash)).isTrue();
        assertThat(passwords.matches("rätt lösenord", hash)).isTrue();

        assertThat(bcryptChecks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsRefusedAndAlwaysPaysTheFullHash() {
        assertThat(passwords.matches("rätt lösenord", hash)).isTrue();

        assertThat(passwords.matches("fel lösenord", hash)).isFalse();
        assertThat(passwords.matches("fel lösenord", hash)).isFalse();
        assertThat(bcryptChecks).hasValue(3);
    }

    @Test
    void aChangedHashIsCheckedAfresh() {
        assertThat(passwords.matches("rätt lösenord", hash)).isTrue();

        assertThat(passwords.matches("rätt lösenord", bcrypt.encode("nytt lösenord"))).isFalse();
    }

    @Test
    void aRememberedMatchExpires() {
        assertThat(passwords.matches("rätt lösenord", hash)).isTrue();
        clock.addAndGet(Duration.ofMinutes(6).toNanos());

        assertThat(passwords.matches("rätt lösenord", hash)).isTrue();
        assertThat(bcryptChecks).hasValue(2);
    }
}
