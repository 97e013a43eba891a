package se.styrledger.web.recording;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import se.styrledger.command.support.CommandExecutor;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The form's POST as the API's CommandExecutor expects a request: the hidden idempotency key the form was rendered
 * with travels as the Idempotency-Key header, so a double submit claims the same key and records once, by the very
 * mechanism that protects an API client's retry.
 */
final class KeyedRequest extends HttpServletRequestWrapper {

    private final String key;

    KeyedRequest(HttpServletRequest request, String key) {
        super(request);
        this.key = key;
    }

    @Override
    public String getHeader(String name) {
        return CommandExecutor.IDEMPOTENCY_KEY.equalsIgnoreCase(name) ? key : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return CommandExecutor.IDEMPOTENCY_KEY.equalsIgnoreCase(name) ? Collections.enumeration(List.of(key))
                : super.getHeaders(name);
    }
}
