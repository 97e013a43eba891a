package se.styrledger.command.budget;

import se.styrledger.platform.web.LedgerException;

import java.math.BigDecimal;

/** The check every amount in kronor shares: present, at most two decimals, within a kommun's scale. */
public final class Amounts {

    private static final BigDecimal LARGEST = new BigDecimal("1e13");

    private Amounts() {
    }

    /** A signed amount in SEK: 400 naming the field when missing, too precise or absurdly large. */
    public static BigDecimal require(BigDecimal amount, String field, String name) {
        if (amount == null) {
            throw LedgerException.invalid(field, name + " saknas (belopp i kronor).");
        }
        if (amount.abs().compareTo(LARGEST) > 0 || amount.scale() > 2) {
            throw LedgerException.invalid(field, name + " ska vara ett belopp i kronor med högst två decimaler.");
        }
        return amount;
    }
}
