package dev.coroner.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coroner.analysis.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests over every importer fixture: the input imports without problems, is detected as the
 * format of its folder, and the imported model ({@code NAME.model.txt}) and the findings with
 * verdicts ({@code NAME.findings.txt}) match the files beside it. Regenerate on purpose with
 * -Dcoroner.regenerate=true and review the diff.
 */
class FixtureGoldenTest {

    static Stream<Path> fixtures() throws IOException {
        return Fixtures.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void importedModelAndFindingsMatchGolden(Path fixture) throws IOException {
        LoadedTrace trace = Fixtures.load(fixture, Optional.empty());
        assertEquals(List.of(), trace.problems(), "fixture must import cleanly");
        assertEquals(Fixtures.format(fixture), trace.inputs().get(0).format(), "detected format of " + fixture);
        Fixtures.compare(fixture.resolveSibling(fixture.getFileName() + ".model.txt"), ModelDump.of(trace.sessions()));
        AnalysisResult result = Fixtures.analyze(trace);
        Fixtures.compare(fixture.resolveSibling(fixture.getFileName() + ".findings.txt"), Fixtures.findings(result));
    }
}
