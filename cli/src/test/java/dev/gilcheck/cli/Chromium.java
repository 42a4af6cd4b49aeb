package dev.gilcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A headless Chromium showing one page, driven over the DevTools protocol on the loopback
 * interface: {@link #eval} runs JavaScript in the page and returns its value as JSON.
 */
final class Chromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    /** The Chromium binary on the PATH, or null. */
    static String find() {
        for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                File f = new File(dir, name);
                if (f.canExecute()) {
                    return f.getPath();
                }
            }
        }
        return null;
    }

    Chromium(String binary, Path page) throws Exception {
        this(binary, page.toUri());
    }

    Chromium(String binary, URI page) throws Exception {
        profile = Files.createTempDirectory("gilcheck-chromium");
        process = new ProcessBuilder(binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--remote-allow-origins=*", page.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(profile.resolve("stderr.log").toFile()).start();
        int port = port();
        HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();
        String ws = pageSocket(http, port);
        socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), new Listener()).get(30, TimeUnit.SECONDS);
    }

    /** Chromium writes the port it chose into DevToolsActivePort in its profile folder. */
    private int port() throws Exception {
        Path file = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.exists(file)) {
                String first = Files.readString(file).lines().findFirst().orElse("");
                if (first.matches("\\d+")) {
                    return Integer.parseInt(first);
                }
            }
            Thread.sleep(50);
        }
        throw new IOException("chromium did not open DevTools: " + Files.readString(profile.resolve("stderr.log")));
    }

    private static String pageSocket(HttpClient http, int port) throws Exception {
        HttpRequest list = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                .timeout(WAIT).build();
        for (int attempt = 0; attempt < 100; attempt++) {
            JsonNode targets = JSON.readTree(http.send(list, HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode t : targets) {
                if (t.get("type").asText().equals("page") && t.get("url").asText().startsWith("file:")) {
                    return t.get("webSocketDebuggerUrl").asText();
                }
            }
            Thread.sleep(100);
        }
        throw new IOException("chromium opened no page");
    }

    /** Evaluates {@code expression} in the page and returns its value. */
    JsonNode eval(String expression) throws Exception {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException(expression + " threw " + result.get("exceptionDetails"));
        }
        return result.get("result").get("value");
    }

    /** Saves what a window of {@code width} x {@code height} pixels shows, scrolled to the top, as PNG. */
    void screenshot(Path png, int width, int height) throws Exception {
        send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", false));
        eval("window.scrollTo(0, 0)");
        String data = send("Page.captureScreenshot", Map.of("format", "png")).get("data").asText();
        Files.write(png, java.util.Base64.getDecoder().decode(data));
    }

    private JsonNode send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true)
                .get(30, TimeUnit.SECONDS);
        JsonNode answer = reply.get(30, TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.get("result");
    }

    /** Waits until the page has loaded and run its scripts. */
    void awaitLoaded() throws Exception {
        for (int attempt = 0; attempt < 300; attempt++) {
            JsonNode state = eval("location.protocol + document.readyState");
            if (state != null && state.asText().equals("file:complete")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the page did not finish loading");
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(buffer.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
                        if (reply != null) {
                            reply.complete(message);
                        }
                    }
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
                buffer.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
