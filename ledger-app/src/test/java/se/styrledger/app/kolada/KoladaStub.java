package se.styrledger.app.kolada;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Kolada's v3 API as the tests write it: answers by path and query on loopback, in order (the last one repeats), so
 * a test can serve a 429 before the page, a page of malformed JSON, or an answer that comes too late.
 */
final class KoladaStub implements AutoCloseable {

    record Reply(int status, String body, String retryAfter, long delayMillis) {
        static Reply ok(String body) {
            return new Reply(200, body, null, 0);
        }
    }

    private final HttpServer server;
    private final Map<String, Deque<Reply>> replies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    KoladaStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            URI uri = exchange.getRequestURI();
            String key = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            requests.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            Deque<Reply> queue = replies.get(key);
            Reply reply;
            synchronized (this) {
                reply = queue == null ? new Reply(404, "{\"error\":\"not found\"}", null, 0)
                        : queue.size() > 1 ? queue.poll() : queue.peek();
            }
            try {
                if (reply.delayMillis() > 0) {
                    Thread.sleep(reply.delayMillis());
                }
                byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                if (reply.retryAfter() != null) {
                    exchange.getResponseHeaders().add("Retry-After", reply.retryAfter());
                }
                exchange.sendResponseHeaders(reply.status(), body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException | IOException e) {
                exchange.close();
            }
        });
        server.start();
    }

    /** The API's base, e.g. http://127.0.0.1:PORT/v3/ */
    URI base() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + "/v3/");
    }

    /** Answers {@code pathAndQuery} (below /v3/) with these replies in turn; the last one repeats. */
    synchronized KoladaStub on(String pathAndQuery, Reply... answers) {
        Deque<Reply> queue = new ArrayDeque<>(java.util.List.of(answers));
        replies.put("/v3/" + pathAndQuery, queue);
        return this;
    }

    int requests(String pathAndQuery) {
        AtomicInteger count = requests.get("/v3/" + pathAndQuery);
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
