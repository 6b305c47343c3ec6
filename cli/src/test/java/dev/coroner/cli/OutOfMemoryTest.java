package dev.coroner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that do not fit in the heap end with the contract's one line and exit code 3, never an
 * OutOfMemoryError with a stack trace: coroner is run in a JVM with a small heap on a dump larger
 * than it.
 */
class OutOfMemoryTest {

    @TempDir
    Path dir;

    @Test
    void aDumpLargerThanTheHeapEndsWithOneLine() throws IOException, InterruptedException {
        Path dump = dir.resolve("big.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
            String filler = "lorem ipsum dolor sit amet ".repeat(400);
            for (int i = 0; i < 6000; i++) {
                w.write("{\"coroner\":1,\"type\":\"session\",\"session\":\"s-" + i + "\"}\n");
                w.write("{\"type\":\"message\",\"session\":\"s-" + i + "\",\"role\":\"user\",\"content\":\"" + i + " "
                        + filler + "\"}\n");
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                "dev.coroner.cli.Main", "examine", "--format", "json", dump.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "coroner did not finish");
        assertEquals(3, process.exitValue(), err);
        List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).startsWith("coroner: the inputs did not fit in the Java heap ("), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
    }
}
