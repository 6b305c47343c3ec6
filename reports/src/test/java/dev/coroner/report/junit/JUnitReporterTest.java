package dev.coroner.report.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.SessionResult;
import dev.coroner.analysis.verdict.Verdict;
import dev.coroner.ingest.InputRecord;
import dev.coroner.report.ContractCases;
import dev.coroner.report.SharedSchemas;
import dev.coroner.testing.Golden;
import dev.coroner.trace.Outcome;
import dev.coroner.trace.SourceRef;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The JUnit XML of every contract case and every sample validates against the JUnit.xsd that
 * Jenkins / GitLab-style consumers follow (read from ../shared/reference/schemas/) with the JDK's
 * javax.xml.validation, and is parsed back: a suite per input, a test case per session, failures
 * at or above the threshold, import problems as errors.
 */
class JUnitReporterTest {

    static Stream<String> cases() {
        return ContractCases.all().keySet().stream();
    }

    static Stream<Path> sampleReports() throws IOException {
        // While the goldens are rewritten, the cli module (built after this one) rewrites these too.
        if (Golden.regenerating()) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(SharedSchemas.ROOT.resolve("samples"))) {
            return files.filter(p -> p.getFileName().toString().equals("expected.junit.xml")).sorted().toList().stream();
        }
    }

    private static Validator validator() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newSchema(SharedSchemas.require("JUnit.xsd").toFile()).newValidator();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void validAgainstTheJUnitSchema(String name) throws Exception {
        validator().validate(new StreamSource(new StringReader(ContractCases.render("junit", ContractCases.get(name)))));
    }

    @ParameterizedTest(allowZeroInvocations = true)
    @MethodSource("sampleReports")
    void everySampleReportIsValid(Path report) throws Exception {
        validator().validate(new StreamSource(report.toFile()));
    }

    @Test
    void everySampleHasAReport() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse(Golden.regenerating(), "the samples are being regenerated");
        assertTrue(sampleReports().count() >= 6);
    }

    @Test
    void theSchemaRejectsABrokenReport() throws Exception {
        String broken = ContractCases.render("junit", ContractCases.get("single")).replace(" hostname=\"localhost\"", "");
        SAXException e = assertThrows(SAXException.class,
                () -> validator().validate(new StreamSource(new StringReader(broken))));
        assertTrue(e.getMessage().contains("hostname"), e.getMessage());
    }

    @Test
    void aSuitePerInputATestCasePerSessionFailuresAtTheThreshold() throws Exception {
        Document doc = parse("many");
        List<String> suites = new ArrayList<>();
        NodeList suiteNodes = doc.getElementsByTagName("testsuite");
        for (int i = 0; i < suiteNodes.getLength(); i++) {
            Element s = (Element) suiteNodes.item(i);
            suites.add(s.getAttribute("name") + " tests=" + s.getAttribute("tests") + " failures="
                    + s.getAttribute("failures") + " errors=" + s.getAttribute("errors") + " id=" + s.getAttribute("id"));
        }
        assertEquals(List.of("incidents/a.jsonl tests=2 failures=1 errors=0 id=0",
                "/var/dumps/b.jsonl tests=3 failures=1 errors=0 id=1"), suites);

        List<String> cases = new ArrayList<>();
        NodeList caseNodes = doc.getElementsByTagName("testcase");
        for (int i = 0; i < caseNodes.getLength(); i++) {
            Element c = (Element) caseNodes.item(i);
            NodeList failure = c.getElementsByTagName("failure");
            cases.add(c.getAttribute("classname") + " " + c.getAttribute("name") + (failure.getLength() == 0 ? " passed"
                    : " failed: " + ((Element) failure.item(0)).getAttribute("type") + " / "
                    + ((Element) failure.item(0)).getAttribute("message")));
        }
        assertEquals(List.of(
                "incidents/a.jsonl s-amnesia failed: state.field-dropped / 1 finding at or above high: state.field-dropped",
                "incidents/a.jsonl s-clean passed",
                "/var/dumps/b.jsonl s-bleed failed: bleed.foreign-identifier / 1 finding at or above high: "
                        + "bleed.foreign-identifier",
                "/var/dumps/b.jsonl s-gap passed",
                "/var/dumps/b.jsonl s-suspect passed"), cases, "the gap session's findings are below high");

        String failure = doc.getElementsByTagName("failure").item(0).getTextContent();
        assertTrue(failure.startsWith("verdict: state-failure - root cause retrieval.empty-then-confident at step 2"),
                failure);
        assertTrue(failure.contains("\n  \"customer.tier\" at step 1 (incidents/a.jsonl:9):\n    | \"gold\"\n"), failure);
        assertTrue(failure.contains("fingerprint " + ContractCases.get("many").findings().get(1).fingerprint()),
                failure);
        String out = doc.getElementsByTagName("system-out").item(1).getTextContent();
        assertTrue(out.contains("session s-gap: inconclusive - missing evidence"), out);
        assertTrue(out.contains("  medium evidence.model-input-missing (/var/dumps/b.jsonl:6): 2 of 2 model calls"), out);
    }

    @Test
    void suppressedFindingsDoNotFailTheirSessionAndAreListed() throws Exception {
        Document doc = parse("suppressed");
        assertEquals(0, doc.getElementsByTagName("failure").getLength(), "both failing findings were accepted");
        String out = doc.getElementsByTagName("system-out").item(0).getTextContent();
        assertTrue(out.contains("  suppressed high state.field-dropped step 4 by suppression .coroner.yml:3: tier moved"
                + " to the profile service (INC-2291)"), out);
    }

    @Test
    void importProblemsAreErrorsOfTheirInput() throws Exception {
        Document doc = parse("import-problems");
        NodeList errors = doc.getElementsByTagName("error");
        assertEquals(3, errors.getLength(), "one per input with problems, the missing file included");
        Element first = (Element) errors.item(0);
        assertEquals("import-problem", first.getAttribute("type"));
        assertEquals("dumps/broken.jsonl:2: expected a JSON object, found ']'\n"
                + "dumps/broken.jsonl:3: expected one of session, step, message as \"type\", found \"teleport\"",
                first.getTextContent());
        assertEquals("dumps/missing.jsonl", ((Element) doc.getElementsByTagName("testsuite").item(2)).getAttribute("name"));
    }

    @Test
    void hostileContentIsTextWhenParsedBack() throws Exception {
        Document doc = parse("hostile");
        Element testcase = (Element) doc.getElementsByTagName("testcase").item(1);
        assertEquals("s<script>alert('id')</script>", testcase.getAttribute("name"));
        assertEquals("in put/\"q\" <b>&amp;.jsonl", testcase.getAttribute("classname"));
        assertEquals(0, doc.getElementsByTagName("script").getLength());
        assertEquals(0, doc.getElementsByTagName("img").getLength());
        String failure = doc.getElementsByTagName("failure").item(0).getTextContent();
        assertTrue(failure.contains("\\x1B[2J\\x1B]0;owned\\x07 \\u202Eevil\\u202C \\x00\\x0B\\uFFFE"), failure);
        assertTrue(failure.contains("</textarea><img src=x onerror=alert(2)>"), failure);
    }

    @Test
    void lineEndsAndTabsInAttributesAreKeptAsCharacterReferences() throws Exception {
        // Written as they are, a parser would read each back as a space (attribute-value normalisation).
        String file = "dumps/a\tb\n.jsonl";
        String session = "s-1\n\tsecond line";
        AnalysisResult result = new AnalysisResult("0.1.0-test", List.of(new InputRecord(file, "coroner-jsonl", "", 1)),
                List.of(), List.of(), List.of(new SessionResult(session, "", Outcome.SUCCESS, "", 1, 0,
                new SourceRef(file, 1, ""), new Verdict(Verdict.Kind.CLEAN, "no findings", Optional.empty()),
                List.of())), List.of(), List.of());
        String xml = ContractCases.render("junit", result);

        assertTrue(xml.contains("<testcase name=\"s-1&#10;&#9;second line\" classname=\"dumps/a&#9;b&#10;.jsonl\""),
                xml);
        Element testcase = (Element) parseXml(xml).getElementsByTagName("testcase").item(0);
        assertEquals(session, testcase.getAttribute("name"));
        assertEquals(file, testcase.getAttribute("classname"));
    }

    private static Document parse(String name) throws Exception {
        return parseXml(ContractCases.render("junit", ContractCases.get(name)));
    }

    private static Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
