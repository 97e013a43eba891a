package se.styrledger.web.recording;

import java.util.UUID;

/**
 * The page after a recording (the "Get" of Post/Redirect/Get): what was recorded, its position in the ledger, where
 * to see it, and whether the public pages have caught up with it yet.
 */
public record Receipt(RecordingForm<?> form, UUID id, long position, String resultPage, boolean caughtUp) {
}
