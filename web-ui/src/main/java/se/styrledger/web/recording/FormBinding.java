package se.styrledger.web.recording;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns a form's answers into the API's request body: each field's JSON path becomes a place in a JSON tree, which
 * the application's own ObjectMapper reads into the request record exactly as it reads an API call. Empty fields are
 * left out (the command then says what is missing); a value of the wrong form comes back as a Swedish error on its
 * field instead of a 400 page.
 */
final class FormBinding {

    private FormBinding() {
    }

    /** The body, or the errors that stop it from being built. */
    record Bound<B>(UUID target, B body, List<FieldError> errors) {
    }

    static <B> Bound<B> bind(RecordingForm<B> form, FormInput input, ObjectMapper json) {
        ObjectNode tree = json.createObjectNode();
        UUID target = null;
        for (FormField field : form.fields()) {
            String value = input.value(field.name()).strip();
            switch (field.kind()) {
                case TARGET -> {
                    Optional<UUID> id = uuid(value);
                    if (id.isEmpty()) {
                        return refused(form, field, value.isEmpty() ? "Välj " + lower(field.label()) + "."
                                : "Välj " + lower(field.label()) + " i listan.");
                    }
                    target = id.get();
                }
                case CHOICES -> array(tree, field, input.all(field.name()).stream().map(String::strip)
                        .filter(v -> !v.isEmpty()).toList());
                case LINES -> array(tree, field, value.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
                case CHECKBOX -> {
                    Place place = place(tree, field.name());
                    place.parent().put(place.name(), input.has(field.name(), "true"));
                }
                case NUMBER -> {
                    if (!value.isEmpty()) {
                        Place place = place(tree, field.name());
                        // Swedes write 78,9; the API's JSON wants 78.9. A space as thousands separator goes too.
                        place.parent().put(place.name(), value.replace('\u00a0', ' ').replace(" ", "").replace(',', '.'));
                    }
                }
                default -> {
                    if (!value.isEmpty()) {
                        Place place = place(tree, field.name());
                        place.parent().put(place.name(), value);
                    }
                }
            }
        }
        if (form.bodyType() == null) {
            return new Bound<>(target, null, List.of());
        }
        try {
            return new Bound<>(target, json.treeToValue(tree, form.bodyType()), List.of());
        } catch (JsonMappingException e) {
            String path = path(e);
            FormField field = Refusals.fieldFor(form, path).orElse(null);
            String label = field == null ? path : field.label();
            String message = field == null ? "Fältet " + label + " har ett ogiltigt värde."
                    : switch (field.kind()) {
                        case DATE -> label + " ska vara ett datum som 2024-06-17 (ÅÅÅÅ-MM-DD).";
                        case NUMBER -> label + " ska vara ett tal, till exempel 78,9.";
                        case INTEGER -> label + " ska vara ett heltal, till exempel 2024.";
                        default -> label + " har ett ogiltigt värde. Välj ett av alternativen.";
                    };
            return new Bound<>(target, null, List.of(Refusals.error(form, path, message, null)));
        } catch (JsonProcessingException e) {
            return new Bound<>(target, null, List.of(Refusals.error(form, null,
                    "Formulärets uppgifter kunde inte läsas.", null)));
        }
    }

    /** A list is left out when empty, like any other unanswered field. */
    private static void array(ObjectNode tree, FormField field, List<String> values) {
        if (!values.isEmpty()) {
            Place place = place(tree, field.name());
            ArrayNode array = place.parent().putArray(place.name());
            values.forEach(array::add);
        }
    }

    private static <B> Bound<B> refused(RecordingForm<B> form, FormField field, String message) {
        return new Bound<>(null, null, List.of(new FieldError(field.name(), field.id(), message, null)));
    }

    private record Place(ObjectNode parent, String name) {
    }

    /** The object that holds the last segment of a dotted path, created on the way. */
    private static Place place(ObjectNode root, String path) {
        String[] segments = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < segments.length - 1; i++) {
            node = node.has(segments[i]) ? (ObjectNode) node.get(segments[i]) : node.putObject(segments[i]);
        }
        return new Place(node, segments[segments.length - 1]);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "")
                .filter(s -> !s.isEmpty()).collect(Collectors.joining("."));
    }

    static Optional<UUID> uuid(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
