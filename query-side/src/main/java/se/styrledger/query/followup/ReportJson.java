package se.styrledger.query.followup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one JSON form of reports. It is its own mapper, not the application's, so a frozen report's bytes never
 * depend on how the web layer happens to be configured: the same document always gives the same bytes.
 */
final class ReportJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final String RECORDED_BY = "\"recordedBy\"";

    private ReportJson() {
    }

    /**
     * The same bytes as {@link #bytes}, written as they are made: a whole kommun's report is megabytes, and the reader
     * gets its first bytes while the rest is still being written (issue 19). The stream is left open for its owner.
     */
    static void write(Object document, OutputStream out) throws IOException {
        MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, document);
    }

    static byte[] bytes(Object document) {
        try {
            return MAPPER.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a document frozen by an earlier version carries who recorded its figures (R-34, ADR 0076). */
    static boolean namesWhoRecorded(byte[] bytes) {
        // The name is ASCII, so one byte per char (ISO-8859-1) finds it as UTF-8 would, without decoding megabytes.
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(RECORDED_BY);
    }

    static <T> T read(byte[] bytes, Class<T> type) {
        try {
            return MAPPER.readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
