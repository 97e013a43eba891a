package se.styrledger.command.support;

import java.util.UUID;

/**
 * What a recorded command answers: the id of what it changed and the global position of its last event, which a
 * client passes as {@code minPosition} to read its own write.
 */
public record CommandResult(UUID id, long position) {
}
