package dev.coroner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./coroner} launcher on the shaded jar (an integration test: it runs after
 * {@code package}): the first {@code examine} writes the class-data sharing archive, later runs map
 * it, and neither the archive nor the JVM's notes about it change what coroner prints or its exit
 * code. The launcher runs from a copy beside a copy of the built jar, so the checkout's own
 * {@code cli/target} is never written.
 */
class LauncherIT {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path ROOT = MODULE.getParent();
    private static final Path JAR = MODULE.resolve("target/coroner.jar");
    private static final String SAMPLE = ROOT.resolve("samples/poisoning-order-not-found").toString();

    @TempDir
    Path home;

    private Path jar;
    private Path archive;

    @BeforeEach
    void layOut() throws IOException {
        Files.copy(ROOT.resolve("coroner"), home.resolve("coroner"));
        Path target = Files.createDirectories(home.resolve("cli/target"));
        jar = Files.copy(JAR, target.resolve("coroner.jar"));
        archive = target.resolve("coroner.jsa");
    }

    private record Run(int code, String out, String err) {
    }

    private Run launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", home.resolve("coroner").toString()));
        command.addAll(List.of(args));
        return run(command, env);
    }

    private static Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("CORONER_JAVA_OPTS");
        builder.environment().put("CORONER_PROGRESS", "off");
        builder.environment().putAll(env);
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            process.getOutputStream().close(); // standard input: empty
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the launcher finished");
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(archive.getParent())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("coroner.jsa.")).toList();
        }
    }

    @Test
    void theFirstExamineWritesTheArchiveAndLaterRunsPrintTheSame() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Run plain = run(List.of(java, "-jar", JAR.toString(), "examine", SAMPLE), Map.of());
        assertEquals(4, plain.code(), "the sample fails on a high finding");

        Run first = launch(Map.of(), "examine", SAMPLE);
        assertTrue(Files.size(archive) > 0, "the first examine wrote the archive");
        assertEquals(List.of(), leftovers(), "no temporary archive is left behind");
        Run second = launch(Map.of(), "examine", SAMPLE);
        for (Run run : List.of(first, second)) {
            assertEquals(plain.code(), run.code());
            assertEquals(plain.out(), run.out(), "the archive changes nothing coroner prints");
            assertEquals(plain.err(), run.err(), "the JVM's notes about the archive are not printed");
        }
    }

    @Test
    void aStaleArchiveIsWrittenAnewByTheNextExamine() throws IOException, InterruptedException {
        launch(Map.of(), "examine", SAMPLE);
        FileTime old = FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000);
        Files.setLastModifiedTime(archive, old);
        Run run = launch(Map.of(), "examine", SAMPLE);
        assertEquals(4, run.code());
        assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0,
                "an archive older than the jar is replaced");
    }

    @Test
    void anExamineOfStandardInputWritesNoArchiveTheNextSmallOneDoes() throws IOException, InterruptedException {
        // Standard input has no size beforehand, like a large dump: the run keeps both JIT tiers and does
        // not pay the archive's dump at its exit.
        Run piped = launch(Map.of(), "examine", "-");
        assertEquals(3, piped.code(), "an empty standard input is an input error: " + piped.err());
        assertFalse(Files.exists(archive), "no archive from a run on standard input");
        launch(Map.of(), "examine", SAMPLE);
        assertTrue(Files.size(archive) > 0, "the next examine of a small input wrote it");
    }

    @Test
    void otherCommandsAndCdsOffWriteNoArchive() throws IOException, InterruptedException {
        Run version = launch(Map.of(), "--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("coroner " + dev.coroner.analysis.CoronerVersion.get() + "\n"),
                "the jar's manifest names the build's version: " + version.out());
        assertFalse(Files.exists(archive), "only an examine trains the archive");
        Run off = launch(Map.of("CORONER_CDS", "off"), "examine", SAMPLE);
        assertEquals(4, off.code());
        assertFalse(Files.exists(archive), "CORONER_CDS=off runs without an archive");
    }

    @Test
    void theHeapIsCappedByDefaultAndCoronerJavaOptsWins() throws IOException, InterruptedException {
        // -XshowSettings:vm prints the maximum heap the JVM was started with on stderr.
        Run defaults = launch(Map.of("CORONER_JAVA_OPTS", "-XshowSettings:vm"), "--version");
        assertEquals(0, defaults.code());
        assertTrue(defaults.err().contains("Max. Heap Size: 320.00M"), defaults.err());
        Run larger = launch(Map.of("CORONER_JAVA_OPTS", "-XshowSettings:vm -Xmx1g"), "--version");
        assertEquals(0, larger.code());
        assertTrue(larger.err().contains("Max. Heap Size: 1.00G"), larger.err());
    }
}
