package dev.coroner.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real headless Chromium driven over the Chrome DevTools Protocol (a WebSocket on a local port),
 * enough to load a page, collect console messages, exceptions, log entries and dialogs, evaluate
 * JavaScript in the page and take a screenshot. Started fresh per use with a throwaway profile,
 * no network services, and closed with every process it started.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final BlockingQueue<JsonNode> incoming = new LinkedBlockingQueue<>();
    private final List<JsonNode> events = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** The Chromium binary: $CORONER_CHROMIUM, or chromium / chromium-browser / google-chrome on the PATH. */
    static Optional<Path> find() {
        String override = System.getenv("CORONER_CHROMIUM");
        if (override != null && !override.isBlank()) {
            return Optional.of(Path.of(override)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir).resolve(name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    HeadlessChromium(Path binary) throws IOException, InterruptedException {
        profile = Files.createTempDirectory("coroner-chromium-");
        process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
                "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1", "--user-data-dir=" + profile,
                "--window-size=1280,900", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String browserUrl = awaitDevTools();
        URI browser = URI.create(browserUrl);
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        String pageUrl = null;
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (pageUrl == null && System.nanoTime() < deadline) {
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getHost() + ":"
                    + browser.getPort() + "/json/list")).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            for (JsonNode target : JSON.readTree(list.body())) {
                if ("page".equals(target.path("type").asText())) {
                    pageUrl = target.path("webSocketDebuggerUrl").asText();
                    break;
                }
            }
            if (pageUrl == null) {
                Thread.sleep(100);
            }
        }
        if (pageUrl == null) {
            close();
            throw new IOException("Chromium started but opened no page");
        }
        socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(URI.create(pageUrl), new Listener())
                .join();
        call("Runtime.enable", JSON.createObjectNode());
        call("Log.enable", JSON.createObjectNode());
        call("Page.enable", JSON.createObjectNode());
    }

    /** Reads stderr until Chromium says where DevTools listens; the rest of stderr is drained in the background. */
    private String awaitDevTools() throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> url = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = err.readLine()) != null) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        Thread drain = new Thread(() -> {
                            try {
                                while (err.readLine() != null) {
                                    // Chromium's own diagnostics (dbus and the like) are not the page's.
                                }
                            } catch (IOException ignored) {
                                // the process has gone
                            }
                        }, "chromium-stderr");
                        drain.setDaemon(true);
                        drain.start();
                        return m.group(1);
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String found = url.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (found == null) {
                throw new IOException("Chromium exited before DevTools listened (exit " + process.waitFor() + ")");
            }
            return found;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            close();
            throw new IOException("Chromium did not start DevTools within " + TIMEOUT.toSeconds() + "s", e);
        }
    }

    /** Navigates and waits for the load event. */
    void open(Path page) throws IOException, InterruptedException {
        synchronized (events) {
            events.clear();
        }
        incoming.clear();
        ObjectNode params = JSON.createObjectNode().put("url", page.toUri().toString());
        call("Page.navigate", params);
        awaitEvent("Page.loadEventFired");
        // Let late console messages arrive.
        call("Runtime.evaluate", JSON.createObjectNode().put("expression", "1"));
    }

    void viewport(int width, int height) throws IOException, InterruptedException {
        call("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", false));
    }

    /** Evaluates an expression in the page and returns its value (by value, so JSON-like results). */
    JsonNode evaluate(String expression) throws IOException, InterruptedException {
        JsonNode result = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                .put("returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IOException("page threw: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    byte[] screenshot() throws IOException, InterruptedException {
        JsonNode result = call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
        return Base64.getDecoder().decode(result.get("data").asText());
    }

    /**
     * What the page said that a developer console would show as a problem: console errors and
     * warnings, uncaught exceptions, browser log entries (CSP violations, failed loads) and
     * JavaScript dialogs (alert / confirm / prompt).
     */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        synchronized (events) {
            for (JsonNode e : events) {
                String method = e.path("method").asText();
                JsonNode p = e.path("params");
                switch (method) {
                    case "Runtime.consoleAPICalled" -> {
                        String type = p.path("type").asText();
                        if (type.equals("error") || type.equals("warning") || type.equals("assert")) {
                            out.add("console." + type + ": " + p.path("args"));
                        }
                    }
                    case "Runtime.exceptionThrown" -> out.add("exception: " + p.path("exceptionDetails"));
                    case "Log.entryAdded" -> out.add("log " + p.path("entry").path("level").asText() + ": "
                            + p.path("entry").path("text").asText() + " " + p.path("entry").path("url").asText());
                    case "Page.javascriptDialogOpening" -> out.add("dialog: " + p.path("message").asText());
                    default -> {
                    }
                }
            }
        }
        return out;
    }

    private JsonNode call(String method, ObjectNode params) throws IOException, InterruptedException {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(JSON.writeValueAsString(message), true).join();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode next = incoming.poll(200, TimeUnit.MILLISECONDS);
            if (next == null) {
                continue;
            }
            if (next.path("id").asInt(-1) == id) {
                if (next.has("error")) {
                    throw new IOException(method + " failed: " + next.get("error"));
                }
                return next.path("result");
            }
            record(next);
        }
        throw new IOException(method + ": no answer within " + TIMEOUT.toSeconds() + "s");
    }

    private void awaitEvent(String method) throws IOException, InterruptedException {
        synchronized (events) {
            if (events.stream().anyMatch(e -> method.equals(e.path("method").asText()))) {
                return;
            }
        }
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode next = incoming.poll(200, TimeUnit.MILLISECONDS);
            if (next != null) {
                record(next);
                if (method.equals(next.path("method").asText())) {
                    return;
                }
            }
        }
        throw new IOException("no " + method + " within " + TIMEOUT.toSeconds() + "s");
    }

    private void record(JsonNode message) {
        if (message.has("method")) {
            synchronized (events) {
                events.add(message);
            }
        }
    }

    @Override
    public void close() {
        try {
            if (socket != null) {
                socket.abort();
            }
        } catch (RuntimeException ignored) {
            // closing anyway
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteQuietly(profile);
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }

    /** Collects whole text frames as JSON messages. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    incoming.add(JSON.readTree(partial.toString()));
                } catch (IOException e) {
                    incoming.add(JSON.createObjectNode().put("method", "coroner.badFrame").put("text", partial.toString()));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
