package se.styrledger.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses bodies over the limit with 413 before anything reads them: by Content-Length when the client sends one,
 * and by counting bytes when it streams without one. Refuses a NUL character (U+0000) in a query parameter with 400:
 * PostgreSQL cannot hold one in text, so a search for it would fail deep in a query instead (bodies: {@link
 * TextWithoutNul}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLimitsFilter extends OncePerRequestFilter {

    private final long maxBodyBytes;
    private final ObjectMapper json;

    public RequestLimitsFilter(HttpProperties properties, ObjectMapper json) {
        this.maxBodyBytes = properties.maxBodyBytes();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            PayloadTooLargeException tooLarge = new PayloadTooLargeException(maxBodyBytes);
            Problems.write(response, json, Problems.of(tooLarge));
            return;
        }
        String query = request.getQueryString();
        if (query != null && query.contains("%00")) {
            for (var parameter : request.getParameterMap().entrySet()) {
                for (String value : parameter.getValue()) {
                    if (value.indexOf('\0') >= 0) {
                        Problems.write(response, json, Problems.of(HttpStatus.BAD_REQUEST,
                                TextWithoutNul.refusal("Parametern", parameter.getKey()), parameter.getKey(), null));
                        return;
                    }
                }
            }
        }
        chain.doFilter(new LimitedRequest(request, maxBodyBytes), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
