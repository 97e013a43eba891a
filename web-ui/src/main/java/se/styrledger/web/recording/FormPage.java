package se.styrledger.web.recording;


import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * What the form template shows: the form, what was typed and the refusals (if any). The page title
 * starts with "Fel:" when something was refused, so a screen reader hears it first (GOV.UK's pattern).
 */
public record FormPage(RecordingForm<?> form, FormInput input, List<FieldError> errors, List<FieldView> fields) {

    /** One field with what was typed into it, its choices and its error. */
    public record FieldView(FormField field, String value, List<String> values, List<Option> options, String error) {

        public boolean chosen(String option) {
            return values.contains(option);
        }

        /** The ids the input's aria-describedby names: its hint and its error, when there are any. */
        public String describedBy() {
            String ids = (field.hint() == null ? "" : field.id() + "-hint ") + (error == null ? "" : field.id() + "-error");
            return ids.isBlank() ? null : ids.strip();
        }

        /** What was chosen, in words, for the "Kontrollera dina svar" page. */
        public String shown() {
            if (options.isEmpty()) {
                return field.kind() == FormField.Kind.CHECKBOX ? (values.contains("true") ? "Ja" : "Nej") : value;
            }
            List<String> labels = options.stream().filter(o -> values.contains(o.value())).map(Option::label).toList();
            return labels.isEmpty() ? "" : String.join(", ", labels);
        }
    }

    public static FormPage of(RecordingForm<?> form, FormInput input, List<FieldError> errors) {
        List<FieldView> fields = form.fields().stream().map(f -> new FieldView(f, input.value(f.name()),
                input.all(f.name()), withChosen(f, input.all(f.name())), errors.stream()
                .filter(e -> f.name().equals(e.field())).map(FieldError::text).findFirst().orElse(null))).toList();
        return new FormPage(form, input, errors, fields);
    }

    /**
     * An id chosen (in a link, or before the list changed) that the list does not show, e.g. an older value to
     * correct, stays chosen instead of silently falling away.
     */
    private static List<Option> withChosen(FormField field, List<String> chosen) {
        List<Option> options = field.options().get();
        if (field.kind() != FormField.Kind.SELECT && field.kind() != FormField.Kind.TARGET
                && field.kind() != FormField.Kind.CHOICES) {
            return options;
        }
        List<Option> all = new ArrayList<>(options);
        chosen.stream().filter(v -> FormBinding.uuid(v).isPresent())
                .filter(v -> options.stream().noneMatch(o -> o.value().equals(v)))
                .forEach(v -> all.add(new Option(v, "Vald: " + v)));
        return all;
    }

    public String title() {
        return (errors.isEmpty() ? "" : "Fel: ") + form.title();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The form again with these answers filled in: the "Ändra" link of the check page. */
    public String changeLink() {
        return UriComponentsBuilder.fromPath(form.path()).queryParams(new LinkedMultiValueMap<>(input.values()))
                .encode().build().toUriString();
    }

    /** Where the summary links an error that names no field of the form: its first field. */
    public String linkFor(FieldError error) {
        return "#" + (error.fieldId() != null ? error.fieldId() : fields.isEmpty() ? "innehall" : fields.get(0).field().id());
    }
}
