import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an OTLP/JSON file in the file-exporter shape (one ExportTraceServiceRequest object per
 * line, as the OpenTelemetry collector's file exporter writes) of about SIZE_MB MiB, for
 * bench/perf otlp. The content is the project's own real-producer OTLP fixtures (written by the
 * Vercel AI SDK, OpenLLMetry, Langfuse v5 and Mastra, see samples/generators/README.md), read as
 * data and replicated round-robin; each copy of a fixture gets fresh ids, consistent inside the
 * copy: every traceId and spanId (parentSpanId and links follow), and every session and user id —
 * an attribute value equal to one of the fixture's session or user ids is rewritten whatever its
 * key, and so is the id quoted inside a JSON text (Mastra's memory payloads carry threadId,
 * resourceId and traceId). Run from the repository root:
 *
 *   java -cp cli/target/coroner.jar bench/GenerateOtlp.java OUT SIZE_MB [SEED] [FIXTURE ...]
 *
 * Same arguments, same bytes. Prints lines, spans, fixture copies and bytes written.
 */
public class GenerateOtlp {

    /** Fixtures replicated unless others are given; every request line of each file is used. */
    static final List<String> FIXTURES = List.of(
            "analyzers/src/test/resources/fixtures/otel/vercel-legacy.jsonl",
            "analyzers/src/test/resources/fixtures/otel/genai-attributes.jsonl",
            "analyzers/src/test/resources/fixtures/otel/openllmetry-conversation.jsonl",
            "analyzers/src/test/resources/fixtures/otel/openllmetry-tool-call.jsonl",
            "analyzers/src/test/resources/fixtures/otel/openllmetry-two-users.jsonl",
            "analyzers/src/test/resources/fixtures/otel/langfuse-v5-conversation.jsonl",
            "analyzers/src/test/resources/fixtures/otel/langfuse-v5-tool-call.jsonl",
            "analyzers/src/test/resources/fixtures/otel/langfuse-v5-two-users.jsonl",
            "analyzers/src/test/resources/fixtures/otel/mastra-conversation.jsonl",
            "analyzers/src/test/resources/fixtures/otel/mastra-tool-call.jsonl",
            "analyzers/src/test/resources/fixtures/otel/mastra-two-users.jsonl");

    /** Attribute keys whose values are session or user ids, across the dialects. */
    static final Set<String> ID_KEYS = Set.of("session.id", "user.id", "enduser.id", "gen_ai.conversation.id",
            "ai.telemetry.metadata.sessionId", "ai.telemetry.metadata.session_id", "ai.telemetry.metadata.userId",
            "ai.telemetry.metadata.user_id", "ai.telemetry.metadata.conversationId", "ai.telemetry.metadata.threadId",
            "ai.settings.context.sessionId", "ai.settings.context.userId", "ai.settings.context.conversationId",
            "ai.settings.context.threadId", "traceloop.association.properties.session_id",
            "traceloop.association.properties.sessionId", "traceloop.association.properties.user_id",
            "traceloop.association.properties.userId", "traceloop.association.properties.conversation_id",
            "traceloop.association.properties.thread_id", "langfuse.session.id", "langfuse.user.id",
            "langfuse.trace.session_id", "langfuse.trace.user_id", "mastra.metadata.resourceId",
            "mastra.metadata.threadId");

    static final Pattern MARK = Pattern.compile("@@(\\d+)@@");

    enum Kind { TRACE, SPAN, NAME }

    /** One fixture file as literal bytes between slots; a slot is an id replaced in every copy. */
    static final class Template {
        final String name;
        final List<String> originals = new ArrayList<>();
        final List<Kind> kinds = new ArrayList<>();
        final Map<String, Integer> slots = new LinkedHashMap<>();
        final List<byte[]> literals = new ArrayList<>();   // literal, slot, literal, slot ... literal
        final List<Integer> order = new ArrayList<>();
        int spans;
        int lines;

        Template(String name) {
            this.name = name;
        }

        int slot(String original, Kind kind) {
            return slots.computeIfAbsent(original, o -> {
                originals.add(o);
                kinds.add(kind);
                return originals.size() - 1;
            });
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GenerateOtlp OUT SIZE_MB [SEED] [FIXTURE ...]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long target = (long) (Double.parseDouble(args[1]) * 1024 * 1024);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        List<String> files = args.length > 3 ? List.of(args).subList(3, args.length) : FIXTURES;
        ObjectMapper mapper = new ObjectMapper();
        List<Template> templates = new ArrayList<>();
        for (String file : files) {
            templates.add(template(mapper, Path.of(file)));
        }
        SplittableRandom random = new SplittableRandom(seed);
        long written = 0;
        long lines = 0;
        long spans = 0;
        long copies = 0;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
            while (written < target) {
                for (Template t : templates) {
                    copies++;
                    byte[][] values = new byte[t.originals.size()][];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = fresh(t.kinds.get(i), t.originals.get(i), copies, random);
                    }
                    for (int i = 0; i < t.order.size(); i++) {
                        byte[] literal = t.literals.get(i);
                        os.write(literal);
                        written += literal.length;
                        int slot = t.order.get(i);
                        if (slot >= 0) {
                            os.write(values[slot]);
                            written += values[slot].length;
                        }
                    }
                    lines += t.lines;
                    spans += t.spans;
                    if (written >= target) {
                        break;
                    }
                }
            }
        }
        System.out.printf("%d lines, %d spans, %d fixture copies (%d fixtures), %d bytes%n", lines, spans, copies,
                templates.size(), written);
    }

    static byte[] fresh(Kind kind, String original, long copy, SplittableRandom random) {
        String value = switch (kind) {
            case TRACE -> hex(random.nextLong()) + hex(random.nextLong());
            case SPAN -> hex(random.nextLong() | 1);
            case NAME -> original + "-" + copy;
        };
        return value.getBytes(StandardCharsets.UTF_8);
    }

    static String hex(long v) {
        String h = Long.toHexString(v);
        return "0".repeat(16 - h.length()) + h;
    }

    /** Parses the request lines of one fixture and cuts them at the ids that every copy replaces. */
    static Template template(ObjectMapper mapper, Path file) throws IOException {
        Template t = new Template(file.getFileName().toString());
        List<JsonNode> requests = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            if (line.contains("@@")) {
                throw new IllegalStateException(file + ": contains the slot marker @@");
            }
            JsonNode request = mapper.readTree(line);
            if (request.has("resourceSpans")) {   // a trace file exporter writes trace requests only
                requests.add(request);
            }
        }
        if (requests.isEmpty()) {
            throw new IllegalStateException(file + ": no resourceSpans request");
        }
        // First the ids: trace and span ids of every span and link, then session and user ids.
        for (JsonNode request : requests) {
            for (JsonNode rs : request.path("resourceSpans")) {
                ids(t, rs.path("resource").path("attributes"));
                for (JsonNode ss : rs.path("scopeSpans")) {
                    for (JsonNode span : ss.path("spans")) {
                        t.spans++;
                        t.slot(span.path("traceId").asText(), Kind.TRACE);
                        t.slot(span.path("spanId").asText(), Kind.SPAN);
                        ids(t, span.path("attributes"));
                        for (JsonNode event : span.path("events")) {
                            ids(t, event.path("attributes"));
                        }
                        for (JsonNode link : span.path("links")) {
                            t.slot(link.path("traceId").asText(), Kind.TRACE);
                            t.slot(link.path("spanId").asText(), Kind.SPAN);
                        }
                    }
                }
            }
        }
        t.slots.remove("");
        // Then every text equal to an id, or quoting one inside a JSON text, becomes a slot mark.
        StringBuilder text = new StringBuilder();
        for (JsonNode request : requests) {
            text.append(mapper.writeValueAsString(mark(t, request))).append('\n');
            t.lines++;
        }
        Matcher m = MARK.matcher(text);
        int from = 0;
        while (m.find()) {
            t.literals.add(text.substring(from, m.start()).getBytes(StandardCharsets.UTF_8));
            t.order.add(Integer.parseInt(m.group(1)));
            from = m.end();
        }
        t.literals.add(text.substring(from).getBytes(StandardCharsets.UTF_8));
        t.order.add(-1);
        return t;
    }

    static void ids(Template t, JsonNode attributes) {
        for (JsonNode a : attributes) {
            String value = a.path("value").path("stringValue").asText("");
            if (ID_KEYS.contains(a.path("key").asText()) && !value.isEmpty()) {
                t.slot(value, Kind.NAME);
            }
        }
    }

    static JsonNode mark(Template t, JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                object.set(name, mark(t, object.get(name)));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, mark(t, array.get(i)));
            }
        } else if (node.isTextual()) {
            String s = node.asText();
            Integer exact = t.slots.get(s);
            if (exact != null) {
                return TextNode.valueOf("@@" + exact + "@@");
            }
            if (s.indexOf('"') >= 0) {
                String r = s;
                for (Map.Entry<String, Integer> e : t.slots.entrySet()) {
                    r = r.replace("\"" + e.getKey() + "\"", "\"@@" + e.getValue() + "@@\"");
                }
                if (!r.equals(s)) {
                    return TextNode.valueOf(r);
                }
            }
        }
        return node;
    }
}
