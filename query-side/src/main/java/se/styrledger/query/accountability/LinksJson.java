package se.styrledger.query.accountability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.styrledger.events.DecisionLink;

import java.util.List;

/** A decision's links as the JSON text the read tables keep them in: one column, however many links. */
final class LinksJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<DecisionLink>> LIST = new TypeReference<>() {
    };

    private LinksJson() {
    }

    static String write(List<DecisionLink> links) {
        try {
            return JSON.writeValueAsString(links == null ? List.of() : links);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<DecisionLink> read(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(text, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
