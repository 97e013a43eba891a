package se.styrledger.platform.web;

public class PayloadTooLargeException extends LedgerException {

    public PayloadTooLargeException(long limitBytes) {
        super(Kind.TOO_LARGE, null, null,
                "Begärans innehåll är större än tillåtna " + limitBytes + " byte.");
    }
}
