package se.styrledger.web.recording;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What the person typed into a form, field by field, kept exactly as typed so that a refused form comes back with
 * it, and the idempotency key the form was rendered with.
 */
public record FormInput(Map<String, List<String>> values, String idempotencyKey) {

    public static final String KEY_FIELD = "idempotencyKey";
    private static final Pattern WELL_FORMED_KEY = Pattern.compile("[0-9a-f-]{36}");

    /** An empty form with a fresh key: each rendering of a form is one intended recording. */
    public static FormInput fresh(RecordingForm<?> form, HttpServletRequest prefill) {
        return new FormInput(read(form, prefill), UUID.randomUUID().toString());
    }

    /** The answers posted; a missing or malformed key (the API would refuse it) is replaced by a fresh one. */
    public static FormInput of(RecordingForm<?> form, HttpServletRequest request) {
        String key = request.getParameter(KEY_FIELD);
        return new FormInput(read(form, request),
                key == null || !WELL_FORMED_KEY.matcher(key).matches() ? UUID.randomUUID().toString() : key);
    }

    /** The same answers under a new key: used when the old key has already recorded something else. */
    public FormInput withFreshKey() {
        return new FormInput(values, UUID.randomUUID().toString());
    }

    private static Map<String, List<String>> read(RecordingForm<?> form, HttpServletRequest request) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            String[] given = request.getParameterValues(field.name());
            values.put(field.name(), given == null ? List.of() : Arrays.asList(given));
        }
        return values;
    }

    /** The single value of a field as typed, "" when empty. */
    public String value(String field) {
        List<String> given = values.getOrDefault(field, List.of());
        return given.isEmpty() || given.get(0) == null ? "" : given.get(0);
    }

    public List<String> all(String field) {
        return values.getOrDefault(field, List.of());
    }

    public boolean has(String field, String value) {
        return all(field).contains(value);
    }
}
