package se.styrledger.events.example;

import org.axonframework.serialization.Revision;

/**
 * An event whose shape changed, for the upcaster recipe in ADR 0097: revision 1 called the meeting's title
 * {@code name}; revision 2 calls it {@code title} and adds {@code remote}, which old events did not know (false).
 */
@Revision("2")
public record MeetingHeld(String title, boolean remote) {
}
