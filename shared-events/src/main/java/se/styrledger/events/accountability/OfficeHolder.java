package se.styrledger.events.accountability;

/**
 * One of a nämnd's presidium, as KF's protokoll names them.
 *
 * @param party the political party, as the protokoll gives it (optional)
 */
public record OfficeHolder(String name, OfficeRole role, String party) {
}
