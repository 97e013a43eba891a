package se.styrledger.events.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/** The recipe of ADR 0097: one upcaster per type and revision step, working on the JSON tree, never on the record. */
public class MeetingHeldRevision1To2 extends SingleEventUpcaster {

    private static final SimpleSerializedType FROM = new SimpleSerializedType(MeetingHeld.class.getName(), "1");
    private static final SimpleSerializedType TO = new SimpleSerializedType(MeetingHeld.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(FROM);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcast(TO, JsonNode.class, data -> {
            ObjectNode tree = (ObjectNode) data.deepCopy();
            tree.set("title", tree.remove("name"));
            tree.put("remote", false);
            return tree;
        }, metaData -> metaData);
    }
}
