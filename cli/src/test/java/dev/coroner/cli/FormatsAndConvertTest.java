package dev.coroner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.ZstdOutputStream;
import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.TraceImporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coroner formats}, {@code coroner convert} and .zst inputs, through the real entry point. */
class FormatsAndConvertTest {

    @TempDir
    Path tmp;

    private static final Path AGENTS = Cli.ROOT.resolve("samples/agents-refund-timeout/trace.jsonl");

    @Test
    void formatsListsEveryImporterWithItsSessionKeyAndGaps() {
        Cli.Run run = Cli.exec("formats");
        assertEquals(0, run.exit(), run.err());
        for (TraceImporter importer : FormatRegistry.standard().importers()) {
            assertTrue(run.out().contains(importer.name() + ": " + importer.description() + "\n  session: "
                    + importer.capabilities().sessionKey() + "\n"), importer.name() + " in\n" + run.out());
        }
        assertTrue(run.out().contains("  cannot:  prompt and response of response spans"), run.out());
        assertEquals(FormatRegistry.standard().importers().size(), run.out().split("\n\n").length);
    }

    @Test
    void convertWritesCoronerJsonlThatExaminesTheSame() throws IOException {
        Cli.Run convert = new Cli().cwd(tmp).run("convert", "-o", "out.jsonl", AGENTS.toString());
        assertEquals(0, convert.exit(), convert.err());
        assertEquals("", convert.err());
        List<String> lines = Files.readAllLines(tmp.resolve("out.jsonl"));
        assertTrue(lines.get(0).startsWith("{\"coroner\":1,\"type\":\"session\",\"session\":\"thread-9c2e71\""),
                lines.get(0));
        JsonNode original = json(Cli.exec("examine", "--format", "json", AGENTS.toString()).out());
        Cli.Run again = new Cli().cwd(tmp).run("examine", "--format", "json", "out.jsonl");
        assertEquals(4, again.exit(), again.err());
        JsonNode converted = json(again.out());
        assertEquals("coroner-jsonl", converted.at("/inputs/0/format").asText());
        assertEquals("openai-agents", original.at("/inputs/0/format").asText());
        assertEquals(original.at("/sessions/0/verdict/kind"), converted.at("/sessions/0/verdict/kind"));
        assertEquals(original.at("/findings/0/check"), converted.at("/findings/0/check"));
        assertEquals(original.at("/findings/0/message"), converted.at("/findings/0/message"));
        assertEquals(original.at("/findings/0/step"), converted.at("/findings/0/step"));
    }

    @Test
    void convertRefusesToOverwriteItsInputAndNeedsAnOutput() throws IOException {
        Path input = Files.copy(AGENTS, tmp.resolve("in.jsonl"));
        Cli.Run run = new Cli().cwd(tmp).run("convert", "-o", "in.jsonl", "in.jsonl");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("refusing to write the conversion over the input in.jsonl"), run.err());
        assertEquals(Files.readString(AGENTS), Files.readString(input));
        assertEquals(2, new Cli().cwd(tmp).run("convert", "in.jsonl").exit());
    }

    @Test
    void zstdInputsAreReadLikeGzip() throws IOException {
        Path zst = tmp.resolve("trace.jsonl.zst");
        try (OutputStream out = new ZstdOutputStream(Files.newOutputStream(zst))) {
            out.write(Files.readAllBytes(AGENTS));
        }
        Cli.Run run = new Cli().cwd(tmp).run("examine", "--format", "json", "trace.jsonl.zst");
        assertEquals(4, run.exit(), run.err());
        JsonNode report = json(run.out());
        assertEquals("openai-agents", report.at("/inputs/0/format").asText());
        assertEquals("state-failure", report.at("/sessions/0/verdict/kind").asText());
    }

    @Test
    void zstdBombIsRefusedByTheRatioCap() throws IOException {
        Path zst = tmp.resolve("bomb.jsonl.zst");
        try (OutputStream out = new ZstdOutputStream(Files.newOutputStream(zst))) {
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 8; i++) {
                out.write(blanks);
            }
        }
        Cli.Run run = new Cli().cwd(tmp).run("examine", "--from", "coroner-jsonl", "bomb.jsonl.zst");
        assertEquals(3, run.exit(), run.err());
        assertTrue(run.err().contains("decompressed data exceeds 200 times its compressed size"), run.err());
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }
}
