package se.styrledger.query.support;

import java.time.Instant;

/**
 * The instant on the recorded axis a reader asked for, and whether they asked at all. A follow-up report, and what
 * is read beside it, means something else without {@code knownAt} than "as known now": a closed report as it was
 * frozen. So such an endpoint takes {@code @ReadAt KnownAt} and the resolver (ADR 0132) says whether the
 * parameter was given; it parses and waits for {@code minPosition} exactly as for a {@link ReadTime}.
 *
 * @param instant the instant given, or now when none was
 * @param given   whether the request named an instant
 */
public record KnownAt(Instant instant, boolean given) {

    /** The instant asked for, or {@code otherwise} when none was. */
    public Instant orElse(Instant otherwise) {
        return given ? instant : otherwise;
    }
}
