package se.styrledger.events.internalcontrol;

import se.styrledger.events.Decision;

import java.util.UUID;

/** The nämnd decided its uppföljning of the year's intern kontroll and reported it to KS. */
public record InternalControlReportedToExecutiveBoard(UUID planId, String summary, Decision decision) {
}
