package se.styrledger.web.support;

/** An id or address that names nothing at the page's date: answered with the Swedish 404 page. */
public class PageNotFound extends RuntimeException {

    public PageNotFound(String message) {
        super(message);
    }
}
