package dev.coroner.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.ingest.jsonl.CoronerJsonlImporter;
import dev.coroner.testing.Traces;
import dev.coroner.trace.Session;
import dev.coroner.trace.Step;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceLoaderTest {

    private static final String[] TRACE = {
        "{\"coroner\":1,\"type\":\"session\",\"session\":\"s-1\",\"principal\":\"alice\"}",
        "{\"type\":\"message\",\"session\":\"s-1\",\"role\":\"user\",\"content\":\"Refund order 1182.\"}",
        "{\"type\":\"tool_result\",\"session\":\"s-1\",\"call_id\":\"c1\",\"content\":\"timeout\",\"is_error\":true}",
        "{\"type\":\"message\",\"session\":\"s-0\",\"role\":\"user\",\"content\":\"Hello.\"}",
        "{\"type\":\"state\",\"session\":\"s-1\",\"state\":{\"order\":\"1182\"}}",
    };

    @TempDir
    Path dir;

    private static String problems(LoadedTrace trace) {
        return String.join("\n", trace.problems().stream().map(ImportProblem::toString).toList());
    }

    private static List<String> ids(LoadedTrace trace) {
        return trace.sessions().stream().map(Session::id).toList();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    @Test
    void inputHashIsTheSha256OfTheFileAsStored() throws Exception {
        Traces.write(dir, "one.jsonl", "{\"coroner\":1,\"type\":\"session\",\"session\":\"s\"}");
        LoadedTrace trace = Traces.load(dir, "one.jsonl");

        // Value printed by: printf '{"coroner":1,"type":"session","session":"s"}\n' | sha256sum
        assertEquals(List.of(new InputRecord("one.jsonl", "coroner-jsonl",
                "80938d6d3e59fdb7a357c557358d1848512fb914a4cf1d960a6a38b4d24bd177", 45)), trace.inputs());
    }

    @Test
    void gzipInputGivesTheSameSessionsAndHashesTheCompressedBytes() throws Exception {
        Path plain = Traces.write(dir.resolve("plain"), "t.jsonl", TRACE);
        byte[] compressed = gzip(Files.readAllBytes(plain));
        writeBytes("gz/t.jsonl.gz", compressed);

        LoadedTrace fromPlain = Traces.load(dir.resolve("plain"), "t.jsonl");
        LoadedTrace fromGzip = Traces.load(dir.resolve("gz"), "t.jsonl.gz");

        assertEquals("", problems(fromGzip));
        assertEquals(List.of("s-0", "s-1"), ids(fromGzip));
        assertEquals(fromPlain.sessions().toString(),
                fromGzip.sessions().toString().replace("t.jsonl.gz:", "t.jsonl:"));
        assertEquals(List.of(new InputRecord("t.jsonl.gz", "coroner-jsonl", sha256(compressed), compressed.length)),
                fromGzip.inputs());
    }

    @Test
    void aTruncatedGzipIsAWholeInputProblemAndTheNextInputIsStillRead() throws Exception {
        byte[] compressed = gzip(String.join("\n", TRACE).getBytes(StandardCharsets.UTF_8));
        byte[] truncated = Arrays.copyOf(compressed, compressed.length / 2);
        writeBytes("a.jsonl.gz", truncated);
        Traces.write(dir, "b.jsonl", "{\"coroner\":1,\"type\":\"session\",\"session\":\"after\"}");

        LoadedTrace trace = Traces.load(dir, "a.jsonl.gz", "b.jsonl");

        assertEquals("a.jsonl.gz: cannot read: unexpected end of compressed data (truncated file?)", problems(trace));
        assertTrue(trace.problems().get(0).wholeInput());
        assertTrue(ids(trace).contains("after"));
        // The truncated evidence is still hashed as stored, for the chain of custody.
        assertEquals(new InputRecord("a.jsonl.gz", "", sha256(truncated), truncated.length), trace.inputs().get(0));
        assertEquals("coroner-jsonl", trace.inputs().get(1).format());
    }

    @Test
    void aDecompressionBombIsRefusedAndTheNextInputIsStillRead() throws Exception {
        // A valid first event, then 50 MB of blank lines: about 50 KB compressed.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("{\"coroner\":1,\"type\":\"session\",\"session\":\"bomb\"}\n".getBytes(StandardCharsets.UTF_8));
            byte[] blank = new byte[1 << 20];
            Arrays.fill(blank, (byte) '\n');
            for (int i = 0; i < 50; i++) {
                gz.write(blank);
            }
        }
        byte[] bomb = bytes.toByteArray();
        writeBytes("bomb.jsonl.gz", bomb);
        Traces.write(dir, "z.jsonl", "{\"coroner\":1,\"type\":\"session\",\"session\":\"after\"}");

        LoadedTrace trace = Traces.load(dir, "bomb.jsonl.gz", "z.jsonl");

        assertEquals("bomb.jsonl.gz: cannot read: decompressed data exceeds 200 times its compressed size"
                + " (refusing a possible decompression bomb)", problems(trace));
        assertTrue(trace.problems().get(0).wholeInput());
        assertTrue(ids(trace).contains("after"));
        assertEquals(new InputRecord("bomb.jsonl.gz", "coroner-jsonl", sha256(bomb), bomb.length),
                trace.inputs().get(0));
    }

    @Test
    void zerosForcedThroughTheImporterAreRefusedToo() throws Exception {
        byte[] zeros = gzip(new byte[50 << 20]);
        writeBytes("zeros.gz", zeros);

        LoadedTrace sniffed = Traces.load(dir, "zeros.gz");
        LoadedTrace forced = Traces.load(dir, FormatRegistry.standard().byName(CoronerJsonlImporter.NAME),
                new byte[0], "zeros.gz");

        assertEquals("zeros.gz: not a recognised trace format (looked for: " + dev.coroner.ingest.FormatRegistry.standard().names() + ")", problems(sniffed));
        assertEquals("zeros.gz: cannot read: decompressed data exceeds 200 times its compressed size"
                + " (refusing a possible decompression bomb)", problems(forced));
    }

    @Test
    void standardInputIsReadForADash() throws Exception {
        byte[] stdin = (String.join("\n", TRACE) + "\n]\n").getBytes(StandardCharsets.UTF_8);

        LoadedTrace plain = Traces.load(dir, Optional.empty(), stdin, "-");
        LoadedTrace gzipped = Traces.load(dir, Optional.empty(), gzip(stdin), "-");

        assertEquals(List.of("s-0", "s-1"), ids(plain));
        assertEquals("<stdin>:6: expected a JSON object, found ']'", problems(plain));
        assertEquals("<stdin>:2", plain.sessions().get(1).step(0).source().fileAndLine());
        assertEquals(new InputRecord("<stdin>", "coroner-jsonl", sha256(stdin), stdin.length), plain.inputs().get(0));
        assertEquals(plain.sessions(), gzipped.sessions());
    }

    @Test
    void directoriesSkipNonTracesButANamedNonTraceIsAProblem() throws Exception {
        Traces.write(dir, "dump/a.jsonl", TRACE);
        Traces.write(dir, "dump/notes.txt", "Incident 42: refunds failed after the deploy.");
        Traces.write(dir, "dump/metrics.json", "{\"p99_ms\": 5400}");
        Traces.write(dir, "dump/report.json", "{\"tool\": \"coroner\", \"report_version\": 1, \"findings\": []}");

        LoadedTrace walked = Traces.load(dir, "dump");

        assertEquals("", problems(walked));
        // notes.txt is not read at all (no trace suffix); metrics.json is read, and is no trace.
        assertEquals(List.of("dump/metrics.json: not a recognised trace format"), walked.skipped());
        assertEquals(List.of("dump/a.jsonl", "dump/metrics.json"),
                walked.inputs().stream().map(InputRecord::path).toList());
        assertEquals(List.of("s-0", "s-1"), ids(walked));

        LoadedTrace named = Traces.load(dir, "dump/notes.txt", "dump/report.json", "dump/a.jsonl");

        assertEquals("dump/notes.txt: not a recognised trace format (looked for: " + dev.coroner.ingest.FormatRegistry.standard().names() + ")\n"
                + "dump/report.json: a coroner report, not a trace", problems(named));
        assertTrue(named.problems().stream().allMatch(ImportProblem::wholeInput));
        assertEquals(List.of(), named.skipped());
        assertEquals(List.of("s-0", "s-1"), ids(named));
    }

    @Test
    void fromForcesTheFormatOfAFileWithoutMarker() {
        Traces.write(dir, "export.log",
                "{\"type\":\"session\",\"session\":\"s\",\"principal\":\"alice\"}",
                "{\"type\":\"message\",\"session\":\"s\",\"role\":\"user\",\"content\":\"hi\"}");

        LoadedTrace sniffed = Traces.load(dir, "export.log");
        LoadedTrace forced = Traces.load(dir, FormatRegistry.standard().byName("coroner-jsonl"), new byte[0],
                "export.log");

        assertEquals("export.log: not a recognised trace format (looked for: " + dev.coroner.ingest.FormatRegistry.standard().names() + ")", problems(sniffed));
        assertEquals(List.of(), sniffed.sessions());
        assertEquals("", problems(forced));
        assertEquals(List.of("s"), ids(forced));
        assertEquals("alice", forced.sessions().get(0).principal());
        assertEquals("coroner-jsonl", forced.inputs().get(0).format());
    }

    @Test
    void sessionsAreSortedByIdAndOneIdAcrossFilesIsOneSessionInInputOrder() {
        Traces.write(dir, "x.jsonl",
                "{\"coroner\":1,\"type\":\"message\",\"session\":\"shared\",\"role\":\"user\",\"content\":\"from x\"}",
                "{\"type\":\"message\",\"session\":\"b\",\"role\":\"user\",\"content\":\"b\"}");
        Traces.write(dir, "y.jsonl",
                "{\"coroner\":1,\"type\":\"message\",\"session\":\"c\",\"role\":\"user\",\"content\":\"c\"}",
                "{\"type\":\"message\",\"session\":\"shared\",\"role\":\"user\",\"content\":\"from y\"}",
                "{\"type\":\"message\",\"session\":\"a\",\"role\":\"user\",\"content\":\"a\"}");

        LoadedTrace trace = Traces.load(dir, "y.jsonl", "x.jsonl");

        assertEquals(List.of("a", "b", "c", "shared"), ids(trace));
        Session shared = trace.sessions().get(3);
        assertEquals(List.of("y.jsonl:2", "x.jsonl:1"),
                shared.steps().stream().map(Step::source).map(s -> s.fileAndLine()).toList());
        assertEquals(List.of(0, 1), shared.steps().stream().map(Step::index).toList());
        assertEquals("y.jsonl:2", shared.source().fileAndLine());
        assertEquals(List.of("y.jsonl", "x.jsonl"), trace.inputs().stream().map(InputRecord::path).toList());
    }

    @Test
    void badLinesInOneInputDoNotStopTheNextInput() {
        Traces.write(dir, "a.jsonl", "{\"coroner\":1,\"type\":\"session\",\"session\":\"first\"}", "]",
                "{\"type\":\"message\",\"session\":\"first\",\"role\":\"user\",\"content\":\"still read\"}");
        Traces.write(dir, "b.jsonl", TRACE);

        LoadedTrace trace = Traces.load(dir, "a.jsonl", "b.jsonl");

        assertEquals("a.jsonl:2: expected a JSON object, found ']'", problems(trace));
        assertEquals(List.of("first", "s-0", "s-1"), ids(trace));
        assertEquals("a.jsonl:3", trace.sessions().get(0).step(0).source().fileAndLine());
        assertEquals(List.of("coroner-jsonl", "coroner-jsonl"),
                trace.inputs().stream().map(InputRecord::format).toList());
    }

    @Test
    void problemsOfSeveralInputsAreSortedByLocation() {
        Traces.write(dir, "b.jsonl", "{\"coroner\":1,\"type\":\"session\",\"session\":\"s\"}", "]", "[");
        Traces.write(dir, "a.jsonl", "{\"coroner\":1,\"type\":\"session\",\"session\":\"s\"}", "nope");

        LoadedTrace trace = Traces.load(dir, "b.jsonl", "missing.jsonl", "a.jsonl");

        assertEquals("a.jsonl:2: expected a JSON object, found 'nope'\n"
                + "b.jsonl:2: expected a JSON object, found ']'\n"
                + "b.jsonl:3: expected a JSON object, found an array\n"
                + "missing.jsonl: no such file or directory", problems(trace));
    }
}
