package se.styrledger.command.migration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a migration file line by line into one JSON object per command, the form both layouts share (docs/migrering.md):
 * JSON Lines, one command object per line; or CSV with a header row whose first column is {@code command} and whose
 * other columns name the command's fields, nested ones with dots ({@code decision.decidedOn}). A CSV cell for a list
 * holds its items separated by {@code |}; a cell for anything but text may hold JSON ({@code [..]}, {@code {..}}).
 * Each line keeps its number, so a refusal can name it.
 */
final class MigrationFile {

    enum Format { JSON_LINES, CSV }

    /** One line: its command as JSON, or why it could not be read (then {@code command} is null). */
    record Entry(long line, ObjectNode command, String field, String problem) {
    }

    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");

    private MigrationFile() {
    }

    static void read(Format format, BufferedReader reader, ObjectMapper json, Consumer<Entry> each) {
        try {
            if (format == Format.CSV) {
                readCsv(reader, json, each);
            } else {
                readJsonLines(reader, json, each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readJsonLines(BufferedReader reader, ObjectMapper json, Consumer<Entry> each)
            throws IOException {
        long number = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            number++;
            if (number == 1) {
                text = text.replace("\uFEFF", "");
            }
            if (text.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(text);
            } catch (JsonProcessingException e) {
                each.accept(new Entry(number, null, "", "Raden är inte giltig JSON: " + shortly(e.getOriginalMessage())));
                continue;
            }
            if (node instanceof ObjectNode object) {
                each.accept(new Entry(number, object, null, null));
            } else {
                each.accept(new Entry(number, null, "", "Raden ska vara ett JSON-objekt med fältet command."));
            }
        }
    }

    private static void readCsv(BufferedReader reader, ObjectMapper json, Consumer<Entry> each) throws IOException {
        reader.mark(64 * 1024);
        String first = reader.readLine();
        reader.reset();
        if (first == null) {
            return;
        }
        // Excel in Swedish writes semicolons, most other tools commas: the header row tells which.
        char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        CSVParser parser;
        try {
            parser = CSVParser.parse(reader, format);
        } catch (IllegalArgumentException e) {
            each.accept(new Entry(1, null, "", "Rubrikraden kan inte läsas: " + shortly(e.getMessage())));
            return;
        }
        List<String> header = parser.getHeaderNames().stream().map(name -> name.replace("\uFEFF", "").strip())
                .toList();
        if (header.isEmpty() || !header.get(0).equals("command")) {
            each.accept(new Entry(1, null, "command", "Rubrikradens första kolumn ska heta command."));
            return;
        }
        try {
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                ObjectNode command = json.createObjectNode();
                String name = record.get(0).strip();
                command.put("command", name);
                Class<?> type = MigrationCommands.named(name).<Class<?>>map(MigrationCommands.Kind::type).orElse(null);
                String refused = null;
                for (int i = 1; i < header.size() && i < record.size() && refused == null; i++) {
                    String cell = record.get(i);
                    if (!cell.isBlank()) {
                        refused = put(command, header.get(i), cell.strip(), type, json);
                    }
                }
                each.accept(refused == null ? new Entry(line, command, null, null)
                        : new Entry(line, null, refused, "Cellen är inte giltig JSON."));
            }
        } catch (UncheckedIOException e) {
            each.accept(new Entry(parser.getCurrentLineNumber() + 1, null, "",
                    "Raden kan inte läsas som CSV: " + shortly(e.getCause().getMessage())));
        }
    }

    /** Puts the cell at its dotted path; returns the column's name if its JSON cannot be read. */
    private static String put(ObjectNode command, String column, String cell, Class<?> type, ObjectMapper json) {
        String[] path = column.split("\\.");
        ObjectNode parent = command;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.get(path[i]) instanceof ObjectNode nested ? nested : parent.putObject(path[i]);
        }
        Type target = typeAt(type, path);
        try {
            if (target == String.class) {
                parent.put(path[path.length - 1], cell);
            } else if ((cell.startsWith("[") || cell.startsWith("{"))) {
                parent.set(path[path.length - 1], json.readTree(cell));
            } else if (isList(target)) {
                ArrayNode items = parent.putArray(path[path.length - 1]);
                Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).forEach(items::add);
            } else if (target == BigDecimal.class && DECIMAL_COMMA.matcher(cell).matches()) {
                parent.put(path[path.length - 1], cell.replace(',', '.'));
            } else {
                parent.put(path[path.length - 1], cell);
            }
            return null;
        } catch (JsonProcessingException e) {
            return column;
        }
    }

    /** The declared type of the record component at the path, or null when the path names none. */
    private static Type typeAt(Class<?> type, String[] path) {
        Type current = type;
        for (String name : path) {
            if (!(current instanceof Class<?> c) || !c.isRecord()) {
                return null;
            }
            current = Arrays.stream(c.getRecordComponents()).filter(rc -> rc.getName().equals(name))
                    .map(RecordComponent::getGenericType).findFirst().orElse(null);
        }
        return current;
    }

    private static boolean isList(Type type) {
        return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw);
    }

    static String shortly(String message) {
        String text = message == null ? "" : message.lines().findFirst().orElse("");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
