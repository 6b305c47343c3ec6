package dev.coroner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Dependencies flow one way, cli → reports → analyzers (DESIGN.md): nothing in analyzers knows
 * about picocli, reports or the CLI, and nothing in reports knows about picocli or the CLI. Checked
 * in the Java sources (imports, and fully qualified names in code) and in the module poms. Lives in
 * the cli module because that is the one module that sees both others.
 */
class ModuleDependencyTest {

    /** Surefire runs in the module directory, so the other modules are siblings. */
    private static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("..")
            .normalize();

    private static final List<String> ANALYZERS_MAY_NOT_USE = List.of("picocli", "dev.coroner.report", "dev.coroner.cli");
    private static final List<String> REPORTS_MAY_NOT_USE = List.of("picocli", "dev.coroner.cli");
    private static final List<String> ANALYZERS_MAY_NOT_DEPEND_ON = List.of("coroner-reports", "coroner-cli", "picocli");
    private static final List<String> REPORTS_MAY_NOT_DEPEND_ON = List.of("coroner-cli", "picocli");

    @Test
    void analyzersSourcesUseNeitherPicocliNorReportsNorCli() throws IOException {
        assertClean(scanSources("analyzers", ANALYZERS_MAY_NOT_USE, 20));
    }

    @Test
    void reportsSourcesUseNeitherPicocliNorCli() throws IOException {
        assertClean(scanSources("reports", REPORTS_MAY_NOT_USE, 4));
    }

    @Test
    void analyzersPomDependsOnNeitherReportsNorCliNorPicocli() throws Exception {
        assertClean(pomViolations("analyzers/pom.xml", Files.readAllBytes(ROOT.resolve("analyzers/pom.xml")),
                ANALYZERS_MAY_NOT_DEPEND_ON));
    }

    @Test
    void reportsPomDependsOnNeitherCliNorPicocli() throws Exception {
        assertClean(pomViolations("reports/pom.xml", Files.readAllBytes(ROOT.resolve("reports/pom.xml")),
                REPORTS_MAY_NOT_DEPEND_ON));
    }

    @Test
    void scannerFlagsImportsAndQualifiedNamesButNotCommentsOrStrings() {
        String source = """
                package dev.coroner.analysis;

                import java.util.List;
                import picocli.CommandLine;
                import static dev.coroner.cli.ExitCode.OK;
                import dev.coroner.reporting.Helper;
                // import picocli.CommandLine.Option;
                /* dev.coroner.report.Reporter is mentioned in a comment */
                /** See {@link dev.coroner.cli.Main}. */
                final class Offender {
                    String text = "picocli.CommandLine and dev.coroner.report.Reporters";
                    String block = \"""
                            dev.coroner.cli.Main
                            \""";
                    char quote = '"';
                    Object reporter = new dev.coroner.report.json.JsonReporter();
                    int picocli = 1;
                }
                """;
        assertEquals(List.of(
                        "Offender.java:4: import picocli.CommandLine;",
                        "Offender.java:5: import static dev.coroner.cli.ExitCode.OK;",
                        "Offender.java:16: Object reporter = new dev.coroner.report.json.JsonReporter();"),
                violations("Offender.java", source, ANALYZERS_MAY_NOT_USE));
        assertEquals(List.of("Offender.java:4: import picocli.CommandLine;",
                        "Offender.java:5: import static dev.coroner.cli.ExitCode.OK;"),
                violations("Offender.java", source, REPORTS_MAY_NOT_USE));
    }

    @Test
    void scannerFlagsCodeThatDeclaresItselfPartOfAForbiddenPackage() {
        assertEquals(List.of("Stray.java:1: package dev.coroner.cli;"),
                violations("Stray.java", "package dev.coroner.cli;\nfinal class Stray {}\n", ANALYZERS_MAY_NOT_USE));
    }

    @Test
    void pomCheckFlagsAForbiddenDependency() throws Exception {
        String pom = """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <artifactId>coroner-analyzers</artifactId>
                  <dependencyManagement><dependencies>
                    <dependency><groupId>dev.coroner</groupId><artifactId>coroner-cli</artifactId></dependency>
                  </dependencies></dependencyManagement>
                  <dependencies>
                    <dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-databind</artifactId></dependency>
                    <dependency><groupId>info.picocli</groupId><artifactId>picocli</artifactId></dependency>
                  </dependencies>
                  <profiles><profile><dependencies>
                    <dependency><groupId>dev.coroner</groupId><artifactId>coroner-reports</artifactId></dependency>
                  </dependencies></profile></profiles>
                </project>
                """;
        assertEquals(List.of("pom.xml: depends on info.picocli:picocli",
                        "pom.xml: depends on dev.coroner:coroner-reports"),
                pomViolations("pom.xml", pom.getBytes(StandardCharsets.UTF_8), ANALYZERS_MAY_NOT_DEPEND_ON));
    }

    // ---- the scanner ----

    private static List<String> scanSources(String module, List<String> forbidden, int atLeastFiles) throws IOException {
        Path sources = ROOT.resolve(module).resolve("src/main/java");
        assertTrue(Files.isDirectory(sources), "no sources at " + sources);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        // Guards against a scan that passes because it looked in the wrong place.
        assertTrue(files.size() >= atLeastFiles, "expected at least " + atLeastFiles + " sources in " + sources
                + ", found " + files.size());
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            String name = ROOT.relativize(file).toString().replace('\\', '/');
            found.addAll(violations(name, Files.readString(file, StandardCharsets.UTF_8), forbidden));
        }
        return found;
    }

    /**
     * Lines of the source that name a forbidden package in code: imports, static imports, fully
     * qualified names and package declarations. Comments and string literals are blanked first,
     * so documentation may mention the CLI.
     */
    static List<String> violations(String fileName, String source, List<String> forbiddenPackages) {
        String code = blankCommentsAndStrings(source);
        List<Pattern> patterns = forbiddenPackages.stream()
                .map(p -> Pattern.compile("(?<![\\w.])" + Pattern.quote(p) + "(?=\\s*[.;])"))
                .toList();
        String[] codeLines = code.split("\n", -1);
        String[] sourceLines = source.split("\n", -1);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < codeLines.length; i++) {
            String line = codeLines[i];
            if (patterns.stream().anyMatch(p -> p.matcher(line).find())) {
                found.add(fileName + ":" + (i + 1) + ": " + sourceLines[i].strip());
            }
        }
        return found;
    }

    /** The source with comments, string, text block and char literals replaced by spaces; line breaks kept. */
    static String blankCommentsAndStrings(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
                blank(source, i, end, out);
                i = end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                blank(source, i, end, out);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = literalEnd(source, i + 3, "\"\"\"");
                blank(source, i, end, out);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = literalEnd(source, i + 1, String.valueOf(c));
                blank(source, i, end, out);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Index just past the closing delimiter, skipping backslash escapes. */
    private static int literalEnd(String source, int from, String delimiter) {
        int i = from;
        while (i < source.length()) {
            if (source.charAt(i) == '\\') {
                i += 2;
            } else if (source.startsWith(delimiter, i)) {
                return i + delimiter.length();
            } else {
                i++;
            }
        }
        return source.length();
    }

    private static void blank(String source, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            out.append(source.charAt(i) == '\n' ? '\n' : ' ');
        }
    }

    /** Dependencies of the module itself (not managed ones, not plugin dependencies) with a forbidden artifact id. */
    static List<String> pomViolations(String name, byte[] pom, List<String> forbiddenArtifacts)
            throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        Element project;
        try (InputStream in = new ByteArrayInputStream(pom)) {
            project = factory.newDocumentBuilder().parse(in).getDocumentElement();
        }
        List<Element> dependencyLists = new ArrayList<>(children(project, "dependencies"));
        for (Element profiles : children(project, "profiles")) {
            for (Element profile : children(profiles, "profile")) {
                dependencyLists.addAll(children(profile, "dependencies"));
            }
        }
        List<String> found = new ArrayList<>();
        for (Element dependencies : dependencyLists) {
            for (Element dependency : children(dependencies, "dependency")) {
                String artifact = text(dependency, "artifactId");
                if (forbiddenArtifacts.contains(artifact)) {
                    found.add(name + ": depends on " + text(dependency, "groupId") + ":" + artifact);
                }
            }
        }
        return found;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && tag.equals(element.getTagName())) {
                out.add(element);
            }
        }
        return out;
    }

    private static String text(Element parent, String tag) {
        return children(parent, tag).stream().map(e -> e.getTextContent().strip()).findFirst().orElse("");
    }

    private static void assertClean(List<String> violations) {
        assertTrue(violations.isEmpty(), "dependencies must flow cli → reports → analyzers; found:\n"
                + violations.stream().collect(Collectors.joining("\n")));
    }
}
