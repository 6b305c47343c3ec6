package dev.coroner.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;

/**
 * The layering of DESIGN.md, checked on the compiled classes of all three modules (this is the one
 * module that sees them all): cli → reports → analyzers, and inside analyzers the trace model at the
 * bottom, findings about it, importers and checks beside each other above them, the engine that runs
 * whatever checks it is given (the catalogue lives with the checks); no cycles between packages.
 * Inside {@code analysis}: text heuristics (words, identifiers, value provenance) know only the trace;
 * session facts build on them; verdicts read findings; the engine runs checks and leaves filtering and
 * masking to the filters, which {@code examination} chains after it.
 * Replaces a scan of import lines, which missed what only the bytecode shows.
 */
@AnalyzeClasses(packages = "dev.coroner", importOptions = ArchitectureTest.ProductionCode.class)
class ArchitectureTest {

    /** The modules' main classes, wherever they come from: not test classes, nor the analyzers' test jar. */
    static final class ProductionCode implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar.*");

        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.matches(TEST_JAR);
        }
    }

    private static final String[] ANALYZERS = {"dev.coroner.analysis..", "dev.coroner.checks..", "dev.coroner.diff..",
        "dev.coroner.examination..", "dev.coroner.finding..", "dev.coroner.ingest..", "dev.coroner.trace.."};

    @ArchTest
    static final ArchRule analyzersKnowNeitherReportsNorCliNorPicocli = noClasses().that().resideInAnyPackage(ANALYZERS)
            .should().dependOnClassesThat().resideInAnyPackage("dev.coroner.report..", "dev.coroner.cli..", "picocli..");

    @ArchTest
    static final ArchRule reportsKnowNeitherCliNorPicocli = noClasses().that().resideInAPackage("dev.coroner.report..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.coroner.cli..", "picocli..");

    @ArchTest
    static final ArchRule theTraceModelStandsAlone = noClasses().that().resideInAPackage("dev.coroner.trace..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.coroner.analysis..", "dev.coroner.checks..",
                    "dev.coroner.diff..", "dev.coroner.finding..", "dev.coroner.ingest..");

    @ArchTest
    static final ArchRule importersDoNotJudge = noClasses().that().resideInAPackage("dev.coroner.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.coroner.analysis..", "dev.coroner.checks..");

    @ArchTest
    static final ArchRule checksDoNotRead = noClasses().that().resideInAPackage("dev.coroner.checks..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.coroner.ingest..");

    @ArchTest
    static final ArchRule findingsAreAboutTheTraceOnly = noClasses().that().resideInAPackage("dev.coroner.finding..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.coroner.analysis..", "dev.coroner.checks..",
                    "dev.coroner.diff..", "dev.coroner.ingest..");

    @ArchTest
    static final ArchRule theEngineKnowsNoCheck = noClasses().that().resideInAPackage("dev.coroner.analysis..")
            .should().dependOnClassesThat().resideInAPackage("dev.coroner.checks..");

    /** The engine proper: runs checks over sessions and gathers what they report. */
    private static final String ENGINE = "dev.coroner.analysis";

    @ArchTest
    static final ArchRule textHeuristicsKnowOnlyTheTraceModel = noClasses().that()
            .resideInAnyPackage("dev.coroner.analysis.text..", "dev.coroner.analysis.provenance..")
            .should().dependOnClassesThat().resideInAnyPackage(ENGINE, "dev.coroner.analysis.facts..",
                    "dev.coroner.analysis.verdict..", "dev.coroner.analysis.filter..", "dev.coroner.analysis.timeline..",
                    "dev.coroner.finding..", "dev.coroner.ingest..");

    @ArchTest
    static final ArchRule sessionFactsAreBuiltBeforeAnyJudgement = noClasses().that()
            .resideInAPackage("dev.coroner.analysis.facts..")
            .should().dependOnClassesThat().resideInAnyPackage(ENGINE, "dev.coroner.analysis.verdict..",
                    "dev.coroner.analysis.filter..", "dev.coroner.analysis.timeline..", "dev.coroner.ingest..");

    @ArchTest
    static final ArchRule verdictsReadOnlyFindings = noClasses().that().resideInAPackage("dev.coroner.analysis.verdict..")
            .should().dependOnClassesThat().resideInAnyPackage(ENGINE, "dev.coroner.analysis.facts..",
                    "dev.coroner.analysis.filter..", "dev.coroner.analysis.timeline..", "dev.coroner.ingest..");

    @ArchTest
    static final ArchRule theEngineDoesNotFilter = noClasses().that().resideInAPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage("dev.coroner.analysis.filter..", "dev.coroner.examination..");

    @ArchTest
    static final ArchRule noCyclesInsideAnalysis = slices().matching("dev.coroner.analysis.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("dev.coroner.(*)..").should().beFreeOfCycles();
}
