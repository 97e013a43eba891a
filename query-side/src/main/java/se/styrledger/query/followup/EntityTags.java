package se.styrledger.query.followup;

/** Conditional requests on a frozen report (RFC 9110 §13.1.2): does If-None-Match name the entity tag we would send? */
final class EntityTags {

    private EntityTags() {
    }

    /** True for "*" or a list naming {@code etag}; compared weakly, as If-None-Match is, so W/"…" matches too. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || candidate.equals(etag) || candidate.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
