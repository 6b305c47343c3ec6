package dev.coroner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.ingest.InputFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that do not fit in the heap end with the contract's one line and exit code 1, never an
 * OutOfMemoryError with a stack trace: coroner's real entry point is run in a forked JVM with a small
 * heap on a dump whose one session is larger than it, once on one thread and once on several (the
 * analysis runs sessions on worker threads).
 */
class OutOfMemoryTest {

    @TempDir
    Path dir;

    @Test
    void aDumpLargerThanTheHeapEndsWithOneLine() throws IOException, InterruptedException {
        Path dump = dir.resolve("big.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
            // One session larger than the heap: sessions one after the other are completed and spilled as
            // they are read, but the session being read is held whole.
            String filler = "lorem ipsum dolor sit amet ".repeat(400);
            w.write("{\"coroner\":1,\"type\":\"session\",\"session\":\"s-0\"}\n");
            for (int i = 0; i < 6000; i++) {
                w.write("{\"type\":\"message\",\"session\":\"s-0\",\"role\":\"user\",\"content\":\"" + i + " "
                        + filler + "\"}\n");
            }
        }
        for (String threads : List.of("1", "4")) {
            Forked run = fork("-Xmx32m", "examine", "--threads", threads, "--format", "json", dump.toString());
            assertEquals(1, run.exit(), run.err());
            List<String> lines = run.err().lines().filter(l -> !l.isBlank()).toList();
            assertEquals(1, lines.size(), run.err());
            assertTrue(lines.get(0).startsWith("coroner: out of memory while "), run.err());
            assertTrue(lines.get(0).contains("the Java heap (32 MiB) is full; give Java more with"
                    + " CORONER_JAVA_OPTS=-Xmx1g"), run.err());
            assertTrue(lines.get(0).contains(dump.toString()) || lines.get(0).contains("big.jsonl"),
                    "names the input: " + run.err());
            assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
        // Asked for, the same line is followed by where the heap ran out.
        Forked debug = fork("-Xmx32m", "examine", "--debug", "--format", "json", dump.toString());
        assertEquals(1, debug.exit(), debug.err());
        List<String> lines = debug.err().lines().toList();
        assertTrue(lines.get(0).startsWith("coroner: out of memory while "), debug.err());
        assertTrue(debug.err().contains("Caused by: java.lang.OutOfMemoryError"), debug.err());
        assertTrue(debug.err().contains("\tat "), debug.err());
    }

    private record Forked(int exit, String err) {
    }

    private static Forked fork(String heap, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, heap, "-cp", System.getProperty("java.class.path"),
                "dev.coroner.cli.Main"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "coroner did not finish");
        return new Forked(process.exitValue(), err);
    }

    @Test
    void theLineSaysWhatRanOutWhatWasRunningAndWhatToDo() {
        String line = OutOfMemory.line("reading big.jsonl");
        long mib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        assertTrue(line.startsWith("coroner: out of memory while reading big.jsonl: the Java heap (" + mib
                + " MiB) is full; give Java more with CORONER_JAVA_OPTS=-Xmx"), line);
        assertFalse(line.contains("\n"), line);
        assertTrue(OutOfMemory.line(null).startsWith("coroner: out of memory: the Java heap ("));
    }

    @Test
    void anOutOfMemoryErrorIsFoundBehindTheExceptionsThatCarryIt() {
        assertNull(OutOfMemory.lineFor(new IllegalStateException("a bug")));
        assertEquals(OutOfMemory.line(null), OutOfMemory.lineFor(new CompletionException(new OutOfMemoryError())));
        RuntimeException known = assertThrowsOutOfMemory();
        assertEquals(OutOfMemory.line("analysing 3 sessions"), OutOfMemory.lineFor(new RuntimeException(known)));
    }

    private static RuntimeException assertThrowsOutOfMemory() {
        try {
            OutOfMemory.during(() -> "analysing 3 sessions", () -> {
                throw new OutOfMemoryError("Java heap space");
            });
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the error was not turned into the one line's exception");
    }

    @Test
    void theInputBeingReadIsTheOneTheByteCountFallsIn() throws IOException {
        Path a = Files.writeString(dir.resolve("a.jsonl"), "x".repeat(100));
        Path b = Files.writeString(dir.resolve("b.jsonl"), "y".repeat(50));
        List<InputFile> files = List.of(new InputFile("a.jsonl", a, true), new InputFile("b.jsonl", b, true));
        assertEquals("reading a.jsonl (input 1 of 2)", OutOfMemory.reading(files, 99));
        assertEquals("reading b.jsonl (input 2 of 2)", OutOfMemory.reading(files, 100));
        assertEquals("reading b.jsonl (input 2 of 2)", OutOfMemory.reading(files, 150));
        assertEquals("reading a.jsonl", OutOfMemory.reading(files.subList(0, 1), 0));
        List<InputFile> withStdin = List.of(new InputFile(InputFile.STDIN, null, true), files.get(0));
        assertEquals("reading 2 inputs", OutOfMemory.reading(withStdin, 10));
    }
}
