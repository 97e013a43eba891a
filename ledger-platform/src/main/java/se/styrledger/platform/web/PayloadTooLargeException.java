package se.styrledger.platform.web;

import org.springframework.http.HttpStatus;

public class PayloadTooLargeException extends LedgerException {

    public PayloadTooLargeException(long limitBytes) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, null, null,
                "Begärans innehåll är större än tillåtna " + limitBytes + " byte.");
    }
}
