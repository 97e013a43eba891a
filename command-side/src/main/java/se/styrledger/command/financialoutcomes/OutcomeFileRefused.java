package se.styrledger.command.financialoutcomes;

import se.styrledger.platform.web.LedgerException;

/** A file of utfall that cannot be recorded; the whole file is refused, naming the line at fault. */
final class OutcomeFileRefused {

    private OutcomeFileRefused() {
    }

    static LedgerException at(long line, String detail) {
        return LedgerException.invalid("file", "Rad " + line + ": " + detail + " Inget ur filen registrerades.");
    }
}
