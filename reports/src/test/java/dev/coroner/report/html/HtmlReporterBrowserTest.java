package dev.coroner.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.Analyzer;
import dev.coroner.analysis.SessionResult;
import dev.coroner.analysis.filter.Redactor;
import dev.coroner.checks.CheckCatalog;
import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.TraceLoader;
import dev.coroner.report.ContractCases;
import dev.coroner.report.SharedSchemas;
import dev.coroner.report.TerminalText;
import dev.coroner.testing.Golden;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Alert;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The HTML report in a real headless Chromium, driven through Selenium WebDriver and the
 * chromedriver that matches it: every contract case and a real run over every sample load with no
 * console error, no exception, no CSP violation and no dialog; every finding is on the page and
 * visible; hostile content stays text. Skipped, with a message, only when Chromium or chromedriver
 * is missing and not in CI (CI=true): there, a missing browser fails the build.
 * With -Dcoroner.regenerate=true it also refreshes the screenshot in docs/.
 */
class HtmlReporterBrowserTest {

    static final Path SCREENSHOT = SharedSchemas.ROOT.resolve("docs/html-report.png");
    static final Path TIMELINE_SCREENSHOT = SharedSchemas.ROOT.resolve("docs/html-report-timeline.png");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Dialogs the last opened page raised, dismissed as they appeared. */
    private static final List<String> dialogs = new ArrayList<>();

    private static ChromeDriver chromium;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws IOException {
        Optional<Path> browser = find("CORONER_CHROMIUM", "chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = find("CORONER_CHROMEDRIVER", "chromedriver");
        if (browser.isEmpty() || driver.isEmpty()) {
            List<String> missing = new ArrayList<>();
            if (browser.isEmpty()) {
                missing.add("no Chromium found (chromium, chromium-browser or google-chrome on the PATH, or "
                        + "$CORONER_CHROMIUM)");
            }
            if (driver.isEmpty()) {
                missing.add("no chromedriver found (chromedriver on the PATH, or $CORONER_CHROMEDRIVER)");
            }
            String message = String.join(" and ", missing)
                    + "; install the Debian packages: apt-get install -y chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " (CI=true: the HTML report must be checked in a browser)");
            }
            System.err.println("HtmlReporterBrowserTest skipped: " + message);
            Assumptions.abort("skipped: " + message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get().toFile());
        // A fresh profile and no network services: the build runs on a closed network.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--hide-scrollbars", "--mute-audio",
                "--user-data-dir=" + Files.createDirectory(dir.resolve("profile")), "--window-size=1280,900");
        // Console messages, uncaught exceptions and CSP violations all reach chromedriver's browser log.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        // Dialogs are left open for open() to record: a dialog is a problem the tests report.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        // The driver is named explicitly, so Selenium Manager never looks for (or downloads) one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile())
                .build();
        chromium = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.quit();
        }
    }

    /** The executable named by {@code variable}, or else the first of {@code names} on the PATH. */
    private static Optional<Path> find(String variable, String... names) {
        String override = System.getenv(variable);
        if (override != null && !override.isBlank()) {
            return Optional.of(Path.of(override)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : names) {
            for (String directory : path.split(File.pathSeparator)) {
                Path candidate = Path.of(directory).resolve(name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Loads the page, waits for its load event, and dismisses (and records) any dialog it opened. */
    private static void open(Path page) {
        chromium.manage().logs().get(LogType.BROWSER); // drops what earlier pages logged
        dialogs.clear();
        chromium.get(page.toUri().toString());
        while (true) {
            try {
                Alert dialog = chromium.switchTo().alert();
                dialogs.add("dialog: " + dialog.getText());
                dialog.dismiss();
            } catch (NoAlertPresentException e) {
                return;
            }
        }
    }

    /**
     * What the page said that a developer console would show as a problem: console errors and
     * warnings, uncaught exceptions, browser log entries (CSP violations, failed loads) and
     * JavaScript dialogs (alert / confirm / prompt). The browser log is read once: a second call
     * for the same page returns only its dialogs and what was logged in between.
     */
    private static List<String> problems() {
        List<String> out = new ArrayList<>(dialogs);
        for (LogEntry entry : chromium.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                out.add("log " + entry.getLevel() + ": " + entry.getMessage());
            }
        }
        return out;
    }

    /** Evaluates an expression in the page and returns its value as JSON (null when undefined). */
    private static JsonNode evaluate(String expression) throws IOException {
        Object json = chromium.executeScript("return JSON.stringify(" + expression + ");");
        return json == null ? NullNode.getInstance() : JSON.readTree((String) json);
    }

    /** The viewport in CSS pixels at scale 1, whatever the window around it measures. */
    private static void viewport(int width, int height) {
        chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    static Stream<String> cases() {
        return ContractCases.all().keySet().stream();
    }

    private static Path write(String name, String html) throws IOException {
        Path file = dir.resolve(name + ".html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void loadsCleanlyAndShowsEveryFinding(String name) throws Exception {
        AnalysisResult result = ContractCases.get(name);
        open(write(name, ContractCases.render("html", result)));

        assertEquals(List.of(), problems(), "console, exceptions, CSP, dialogs");
        JsonNode page = evaluate("""
                JSON.parse(JSON.stringify({
                  findings: [...document.querySelectorAll('article.finding')].map(a => ({
                    id: a.id, fingerprint: a.dataset.fingerprint,
                    visible: a.getBoundingClientRect().height > 0 && getComputedStyle(a).display !== 'none'
                        && getComputedStyle(a).visibility === 'visible'})),
                  scripts: document.scripts.length,
                  brokenLinks: [...document.querySelectorAll('a[href^="#"]')]
                    .filter(a => !document.getElementById(a.getAttribute('href').slice(1))).map(a => a.href),
                  externalLinks: [...document.querySelectorAll('[href],[src]')]
                    .filter(e => !(e.getAttribute('href') || '').startsWith('#')).length,
                  sessions: document.querySelectorAll('section.session').length,
                  verdictRows: document.querySelectorAll('#verdicts tbody tr').length
                }))""");
        List<String> expected = new ArrayList<>();
        result.findings().forEach(f -> expected.add(f.fingerprint()));
        result.suppressed().forEach(s -> expected.add(s.finding().fingerprint()));
        List<String> shown = new ArrayList<>();
        page.get("findings").forEach(f -> {
            shown.add(f.get("fingerprint").asText());
            assertTrue(f.get("visible").asBoolean(), f.get("id").asText() + " is not visible");
        });
        assertEquals(expected.stream().sorted().toList(), shown.stream().sorted().toList(), "every finding, once");
        assertEquals(0, page.get("scripts").asInt());
        assertEquals(0, page.get("externalLinks").asInt(), "nothing outside the page");
        assertEquals("[]", page.get("brokenLinks").toString());
        assertEquals(result.sessions().size(), page.get("sessions").asInt());
        assertEquals(result.sessions().size(), page.get("verdictRows").asInt());
    }

    @Test
    void timelineHasEveryStepContextSizesAndMarkers() throws Exception {
        AnalysisResult result = ContractCases.get("many");
        open(write("timeline", ContractCases.render("html", result)));
        JsonNode sessions = evaluate("""
                [...document.querySelectorAll('section.session')].map(s => ({
                  steps: s.querySelectorAll('table.timeline > tbody > tr:not(.diff)').length,
                  meters: [...s.querySelectorAll('meter')].map(m => m.value),
                  markers: [...s.querySelectorAll('table.timeline a.badge')].map(a => a.textContent),
                  diffs: [...s.querySelectorAll('table.diff tr')].map(r => r.innerText.replace(/\\s+/g, ' ').trim())
                }))""");
        List<SessionResult> expected = result.sessions();
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).timeline().size(), sessions.get(i).get("steps").asInt(), expected.get(i).id());
        }
        JsonNode amnesia = sessions.get(0);
        assertEquals("[1200]", amnesia.get("meters").toString(), "one model call, 1,200 characters");
        assertEquals("[\"retrieval.empty-then-confident\",\"state.field-dropped\"]", amnesia.get("markers").toString());
        assertEquals(List.of("added customer {\"id\":\"C-77\",\"tier\":\"gold\"}", "added items [\"sku-1\"]",
                        "dropped customer.tier \"gold\"", "changed items [\"sku-1\"] → [\"sku-1\",\"sku-2\"]",
                        "deleted note \"call back\"", "… and 3 more changes"),
                stream(amnesia.get("diffs")));
    }

    @Test
    void hostileContentIsInert() throws Exception {
        AnalysisResult result = ContractCases.get("hostile");
        open(write("hostile", ContractCases.render("html", result)));
        assertEquals(List.of(), problems());
        JsonNode page = evaluate("""
                ({
                  active: [...document.querySelectorAll('script,img,iframe,object,embed,textarea,form,input,svg,math,'
                      + 'video,audio,link,base,meta[http-equiv="refresh"]')].map(e => e.tagName),
                  handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes]
                      .some(a => a.name.startsWith('on'))).length,
                  message: document.querySelector('article.finding p.message').textContent,
                  evidence: document.querySelector('article.finding pre').textContent,
                  title: document.title,
                  text: document.body.innerText
                })""");
        assertEquals("[]", page.get("active").toString(), "no element from trace content");
        assertEquals(0, page.get("handlers").asInt());
        assertEquals(TerminalText.sanitize(result.findings().get(0).message()), page.get("message").asText());
        assertEquals(TerminalText.sanitize(result.findings().get(0).evidence().get(0).excerpt()),
                page.get("evidence").asText());
        String text = page.get("text").asText();
        assertTrue(text.contains("</script><script>alert(1)</script></textarea><img src=x onerror=alert(2)>"), text);
        assertTrue(text.contains("\\u202Eevil\\u202C"), "bidi controls shown as escapes");
        for (char c : new char[] {'\u202e', '\u202c', '\u001b'}) {
            assertEquals(-1, text.indexOf(c));
        }
    }

    @Test
    void theChecksCatchInjectedMarkupAndTheCspBlocksIt() throws Exception {
        // What a broken escaper would produce: the checks above must notice, and the policy must hold.
        String html = ContractCases.render("html", ContractCases.get("single"))
                .replace("<main>", "<main><script>alert('xss')</script><img src=\"https://example.invalid/x.png\">");
        open(write("injected", html));
        List<String> problems = problems();
        assertFalse(problems.isEmpty(), "a blocked script and image are reported");
        assertTrue(problems.stream().noneMatch(p -> p.startsWith("dialog")), "the script did not run: " + problems);
        assertTrue(problems.stream().anyMatch(p -> p.contains("Content Security Policy")), problems.toString());
    }

    @Test
    void theHarnessReportsDialogsAndConsoleErrors() throws Exception {
        // The same script without a policy runs: unless it shows up here, the checks above prove nothing.
        open(write("unguarded", "<!doctype html><title>unguarded</title>"
                + "<script>alert('ran'); console.error('logged')</script>"));
        List<String> problems = problems();
        assertTrue(problems.contains("dialog: ran"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("log SEVERE") && p.contains("logged")), problems.toString());
    }

    @Test
    void realRunOverEverySample() throws Exception {
        AnalysisResult result = Redactor.redact(samples(name -> true));
        Path page = write("samples", ContractCases.render("html", result));
        open(page);
        assertEquals(List.of(), problems());
        JsonNode shown = evaluate("document.querySelectorAll('article.finding').length");
        assertEquals(result.findings().size(), shown.asInt());
        assertTrue(result.findings().size() >= 5, "the samples have findings");
        JsonNode text = evaluate("document.body.innerText");
        assertFalse(text.asText().contains("maria.lopez@example.org"), "masked in the page");
        assertTrue(text.asText().contains("[email-1]"));
        assertTrue(text.asText().contains("</textarea><script>alert('err')</script>"), "the hostile sample is text");
        if (Golden.regenerating()) {
            // The screenshot in docs/ shows the incidents, not the hostile-content fixture.
            page = write("screenshot", ContractCases.render("html", Redactor.redact(
                    samples(name -> !name.equals("hostile-content")))));
            viewport(1280, 1500);
            open(page);
            Files.write(SCREENSHOT, chromium.getScreenshotAs(OutputType.BYTES));
            viewport(1280, 1000);
            evaluate("[...document.querySelectorAll('section.session')].find(s => s.querySelector('td.c-dropped'))"
                    + ".scrollIntoView()");
            Files.write(TIMELINE_SCREENSHOT, chromium.getScreenshotAs(OutputType.BYTES));
        }
    }

    /** The bundled samples whose directory name passes, through the real pipeline, paths relative to the root. */
    private static AnalysisResult samples(java.util.function.Predicate<String> which) throws IOException {
        List<String> samples = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(SharedSchemas.ROOT.resolve("samples"))) {
            // A sample is a directory with expected reports (samples/generators holds tooling, not incidents).
            dirs.filter(d -> Files.isRegularFile(d.resolve("expected.txt")))
                    .filter(d -> which.test(d.getFileName().toString())).sorted()
                    .forEach(d -> samples.add(d.toString()));
        }
        TraceLoader loader = new TraceLoader(FormatRegistry.standard(), Optional.empty(), InputStream::nullInputStream);
        return new Analyzer(CheckCatalog.all(), 2).analyze(loader.load(InputSet.expand(samples, SharedSchemas.ROOT)));
    }

    private static List<String> stream(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
