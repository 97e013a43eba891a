package se.styrledger.events.goals;

import se.styrledger.events.Decision;

import java.util.List;
import java.util.UUID;

public record StrategicDirectionRevised(UUID directionId, String name, List<String> themes, Decision decision) {
}
