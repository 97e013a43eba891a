package se.styrledger.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Remembers for a few minutes which presented passwords matched which stored hash, so that HTTP Basic costs one
 * bcrypt per client and not one per request (bcrypt is made to be slow: it bounded the command rate; see
 * docs/benchmarks.md). Only matches are remembered, so a wrong guess always pays the full bcrypt; entries are keyed by
 * an HMAC under a key that lives only in this process, so the memory holds no fast hash of any password; a changed
 * hash is a different key, so an old password stops working at once. The memory is a Caffeine cache: entries expire
 * after the time given and the least recently used go first when it is full (ADR 0135).
 * <p>
 * A username nobody has must cost what a known one costs, or the answer time tells which accounts exist (review finding
 * 6). Spring's DaoAuthenticationProvider checks the presented password of an unknown name against a dummy hash it makes
 * once with {@link #encode}; {@link #forAccounts} makes that hash at the highest cost among the configured accounts, so
 * an unknown name pays the same bcrypt as a known name with a wrong password (bcrypt's own default, cost 10, made
 * unknown names cheaper than accounts hashed at cost 12, and dearer than test accounts at cost 4). A dummy hash never
 * matches, so it is never remembered.
 */
final class VerifiedPasswords implements PasswordEncoder {

    private static final int MAX_ENTRIES = 10_000;
    private static final int DEFAULT_COST = 10;
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$\\d\\d\\$.{53}");

    private final PasswordEncoder bcrypt;
    private final SecretKeySpec key;
    private final Cache<String, Boolean> verified;

    /** bcrypt at the cost of the dearest configured account (10, bcrypt's default, with none configured). */
    static VerifiedPasswords forAccounts(Collection<String> hashes, Duration ttl, LongSupplier nanoTime) {
        return new VerifiedPasswords(new BCryptPasswordEncoder(costOf(hashes)), ttl, nanoTime);
    }

    static int costOf(Collection<String> hashes) {
        return hashes.stream().filter(hash -> hash != null && BCRYPT.matcher(hash).matches())
                .mapToInt(hash -> Integer.parseInt(hash.substring(4, 6))).max().orElse(DEFAULT_COST);
    }

    VerifiedPasswords(PasswordEncoder bcrypt, Duration ttl, LongSupplier nanoTime) {
        this.bcrypt = bcrypt;
        this.verified = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(ttl)
                .ticker(nanoTime::getAsLong).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return bcrypt.matches(rawPassword, encodedPassword);
        }
        String entry = mac(rawPassword + "\u0000" + encodedPassword);
        if (verified.getIfPresent(entry) != null) {
            return true;
        }
        boolean matches = bcrypt.matches(rawPassword, encodedPassword);
        if (matches) {
            verified.put(entry, Boolean.TRUE);
        } else {
            verified.invalidate(entry);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
