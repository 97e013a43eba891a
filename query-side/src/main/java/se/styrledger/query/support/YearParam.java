package se.styrledger.query.support;

import se.styrledger.platform.web.LedgerException;

/** A verksamhetsår given as a query parameter, checked like {@code asOf}: between 1900 and 2200. */
public final class YearParam {

    private YearParam() {
    }

    public static Integer checked(Integer year) {
        if (year != null && (year < 1900 || year > 2200)) {
            throw LedgerException.invalid("year", "year ska vara ett år mellan 1900 och 2200, som 2024.");
        }
        return year;
    }
}
