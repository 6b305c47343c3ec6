package dev.coroner.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.Analyzer;
import dev.coroner.analysis.CheckCatalog;
import dev.coroner.analysis.Redactor;
import dev.coroner.analysis.SessionResult;
import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.TraceLoader;
import dev.coroner.report.ContractCases;
import dev.coroner.report.SharedSchemas;
import dev.coroner.report.TerminalText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML report in a real headless Chromium: every contract case and a real run over every
 * sample load with no console error, no exception, no CSP violation and no dialog; every finding
 * is on the page and visible; hostile content stays text. Skipped, with a message, only when no
 * Chromium is installed and not in CI (CI=true): there, a missing browser fails the build.
 * With -Dcoroner.regenerate=true it also refreshes the screenshot in docs/.
 */
class HtmlReporterBrowserTest {

    static final Path SCREENSHOT = SharedSchemas.ROOT.resolve("docs/html-report.png");
    static final Path TIMELINE_SCREENSHOT = SharedSchemas.ROOT.resolve("docs/html-report-timeline.png");

    private static HeadlessChromium chromium;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        Optional<Path> binary = HeadlessChromium.find();
        if (binary.isEmpty()) {
            String message = "no Chromium found (chromium, chromium-browser or google-chrome on the PATH, or "
                    + "$CORONER_CHROMIUM); install the Debian package: apt-get install -y chromium";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " (CI=true: the HTML report must be checked in a browser)");
            }
            System.err.println("HtmlReporterBrowserTest skipped: " + message);
            Assumptions.abort("skipped: " + message);
        }
        chromium = new HeadlessChromium(binary.get());
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
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
        chromium.open(write(name, ContractCases.render("html", result)));

        assertEquals(List.of(), chromium.problems(), "console, exceptions, CSP, dialogs");
        JsonNode page = chromium.evaluate("""
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
        chromium.open(write("timeline", ContractCases.render("html", result)));
        JsonNode sessions = chromium.evaluate("""
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
        chromium.open(write("hostile", ContractCases.render("html", result)));
        assertEquals(List.of(), chromium.problems());
        JsonNode page = chromium.evaluate("""
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
        chromium.open(write("injected", html));
        List<String> problems = chromium.problems();
        assertFalse(problems.isEmpty(), "a blocked script and image are reported");
        assertTrue(problems.stream().noneMatch(p -> p.startsWith("dialog")), "the script did not run: " + problems);
        assertTrue(problems.stream().anyMatch(p -> p.contains("Content Security Policy")), problems.toString());
    }

    @Test
    void realRunOverEverySample() throws Exception {
        AnalysisResult result = Redactor.redact(samples(name -> true));
        Path page = write("samples", ContractCases.render("html", result));
        chromium.open(page);
        assertEquals(List.of(), chromium.problems());
        JsonNode shown = chromium.evaluate("document.querySelectorAll('article.finding').length");
        assertEquals(result.findings().size(), shown.asInt());
        assertTrue(result.findings().size() >= 5, "the samples have findings");
        JsonNode text = chromium.evaluate("document.body.innerText");
        assertFalse(text.asText().contains("maria.lopez@example.org"), "masked in the page");
        assertTrue(text.asText().contains("[email-1]"));
        assertTrue(text.asText().contains("</textarea><script>alert('err')</script>"), "the hostile sample is text");
        if (SharedSchemas.regenerating()) {
            // The screenshot in docs/ shows the incidents, not the hostile-content fixture.
            page = write("screenshot", ContractCases.render("html", Redactor.redact(
                    samples(name -> !name.equals("hostile-content")))));
            chromium.viewport(1280, 1500);
            chromium.open(page);
            Files.write(SCREENSHOT, chromium.screenshot());
            chromium.viewport(1280, 1000);
            chromium.evaluate("[...document.querySelectorAll('section.session')].find(s => s.querySelector('td.c-dropped'))"
                    + ".scrollIntoView()");
            Files.write(TIMELINE_SCREENSHOT, chromium.screenshot());
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
