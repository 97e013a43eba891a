package se.styrledger.platform.testing;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An instance of any event record, every component filled: for tests that must hold for every event in shared-events
 * (its JSON round trip, its audit-trail description) and find the events instead of listing them. A record is built
 * through its canonical constructor, so its own checks run; the instant has microseconds, as PostgreSQL keeps them.
 */
public final class SampleEvents {

    private SampleEvents() {
    }

    /** A value of {@code type}: a record, an enum, a list, set or map of them, or one of the event's plain types. */
    public static Object sample(Type type) throws ReflectiveOperationException {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Type[] arguments = generic.getActualTypeArguments();
            if (raw == List.class) {
                return List.of(sample(arguments[0]));
            }
            if (raw == Set.class) {
                return Set.of(sample(arguments[0]));
            }
            if (raw == Map.class) {
                return Map.of(sample(arguments[0]), sample(arguments[1]));
            }
            throw new IllegalArgumentException("No sample for " + type);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == UUID.class) {
            return UUID.randomUUID();
        }
        if (raw == String.class) {
            return "text";
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2025, 3, 14);
        }
        if (raw == Instant.class) {
            return Instant.parse("2025-03-14T10:15:30.123456Z");
        }
        if (raw == int.class || raw == Integer.class) {
            return 3;
        }
        if (raw == long.class || raw == Long.class) {
            return 3L;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal("45.5");
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = sample(components[i].getGenericType());
                types[i] = components[i].getType();
            }
            return raw.getDeclaredConstructor(types).newInstance(values);
        }
        throw new IllegalArgumentException("No sample for " + type + ": teach SampleEvents the type");
    }
}
