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
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Dependencies flow one way, cli → reports → analyzers (DESIGN.md), in the module poms: analyzers
 * depends neither on reports, the CLI nor picocli, and reports neither on the CLI nor picocli. The
 * classes themselves are held to the same layering by {@link ArchitectureTest}.
 */
class ModuleDependencyTest {

    /** Surefire runs in the module directory, so the other modules are siblings. */
    private static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("..")
            .normalize();

    private static final List<String> ANALYZERS_MAY_NOT_DEPEND_ON = List.of("coroner-reports", "coroner-cli", "picocli");
    private static final List<String> REPORTS_MAY_NOT_DEPEND_ON = List.of("coroner-cli", "picocli");

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
