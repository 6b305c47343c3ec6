import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coroner.cli.Environment;
import dev.coroner.cli.Main;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Scores coroner on the blind-written incidents of bench/incidents/<batch>/ (run by bench/score).
 *
 * Each incident folder holds the artifacts and a truth.json {failures: [{class, session, step, story}]}.
 * coroner examines each folder on its own (so sessions of different incidents never meet) with
 * --reveal (ids unmasked, to match truth.json). Mapping of a class to what counts as finding it:
 *  - a failure is found when its session has a finding at severity medium or more in the class's
 *    stage: poisoning -> context; amnesia -> state, or context.window-pressure / context.stale-content
 *    (a trimmed or stale history is amnesia in the context window); bleed -> bleed; handoff ->
 *    handoff; retrieval -> retrieval; boundary -> boundary;
 *  - "root cause right" additionally requires the session's verdict to be state-failure with its root
 *    cause in one of those checks;
 *  - a clean session (class none) is a false alarm when it has any finding at severity high or more.
 * Prints per class recall, clean-run false alarms, and every miss and false alarm by name.
 *
 *   java -cp cli/target/coroner.jar bench/IncidentScore.java [--only=REGEX] BATCH_DIR...
 * (--only, before the batches it applies to: only the incident folders whose name matches, e.g. one
 * round of batch B by its suffixes, --only='-w[a-e][0-9]$' or --only='-x[a-e][0-9]$').
 */
public class IncidentScore {

    static final List<String> CLASSES = List.of("poisoning", "amnesia", "bleed", "handoff", "retrieval", "boundary");

    /** Only the incident folders whose name this finds (--only=REGEX), e.g. one round of a batch: --only='-x[a-e][0-9]$'. */
    static java.util.regex.Pattern only = java.util.regex.Pattern.compile("");

    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            if (arg.startsWith("--only=")) {
                only = java.util.regex.Pattern.compile(arg.substring("--only=".length()));
            } else {
                score(Path.of(arg));
            }
        }
    }

    static boolean counts(String cls, String check) {
        String stage = check.substring(0, check.indexOf('.'));
        return switch (cls) {
            case "poisoning" -> stage.equals("context") && !check.equals("context.window-pressure");
            case "amnesia" -> stage.equals("state") || check.equals("context.window-pressure")
                    || check.equals("context.stale-content");
            default -> stage.equals(cls);
        };
    }

    static int rank(String severity) {
        return switch (severity) {
            case "critical" -> 4;
            case "high" -> 3;
            case "medium" -> 2;
            case "low" -> 1;
            default -> 0;
        };
    }

    static void score(Path batch) throws IOException {
        List<Path> incidents;
        try (Stream<Path> s = Files.list(batch)) {
            incidents = s.filter(p -> Files.isRegularFile(p.resolve("truth.json")))
                    .filter(p -> only.matcher(p.getFileName().toString()).find()).sorted().toList();
        }
        ObjectMapper mapper = new ObjectMapper();
        Map<String, int[]> perClass = new TreeMap<>(); // found, rootRight, total
        CLASSES.forEach(c -> perClass.put(c, new int[3]));
        int cleanSessions = 0;
        int cleanAlarms = 0;
        int cleanAnyFinding = 0;
        int problems = 0;
        List<String> notes = new ArrayList<>();
        for (Path incident : incidents) {
            JsonNode truth = mapper.readTree(incident.resolve("truth.json").toFile());
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            Environment env = new Environment(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                    new PrintWriter(err), Map.of(), false, Path.of("").toAbsolutePath());
            int code = Main.run(new String[] {"examine", "--format", "json", "--reveal", "--fail-on", "critical",
                    incident.toString()}, env);
            if (code != 0 && code != 4 && code != 3) {
                notes.add("ERROR " + incident.getFileName() + ": exit " + code + " " + err.toString().strip());
                continue;
            }
            JsonNode report = mapper.readTree(out.toString());
            problems += report.get("import_problems").size();
            for (JsonNode failure : truth.get("failures")) {
                String cls = failure.get("class").asText();
                String session = failure.get("session").asText();
                List<JsonNode> findings = new ArrayList<>();
                report.get("findings").forEach(f -> {
                    if (f.get("session").asText().equals(session)) {
                        findings.add(f);
                    }
                });
                JsonNode verdict = null;
                for (JsonNode s : report.get("sessions")) {
                    if (s.get("id").asText().equals(session)) {
                        verdict = s.get("verdict");
                    }
                }
                String name = incident.getFileName() + " [" + session + "]";
                if (verdict == null) {
                    notes.add("NO SESSION " + name + " (sessions: " + ids(report) + ")");
                }
                if (cls.equals("none")) {
                    cleanSessions++;
                    List<String> high = findings.stream().filter(f -> rank(f.get("severity").asText()) >= 3)
                            .map(f -> f.get("check").asText() + "/" + f.get("severity").asText()).toList();
                    if (!findings.isEmpty()) {
                        cleanAnyFinding++;
                    }
                    if (!high.isEmpty()) {
                        cleanAlarms++;
                        notes.add("FALSE ALARM " + name + ": " + high);
                    } else if (!findings.isEmpty()) {
                        notes.add("  (clean, below high) " + name + ": " + findings.stream()
                                .map(f -> f.get("check").asText() + "/" + f.get("severity").asText()).toList());
                    }
                    continue;
                }
                int[] counts = perClass.computeIfAbsent(cls, c -> new int[3]);
                counts[2]++;
                boolean found = findings.stream().anyMatch(f -> rank(f.get("severity").asText()) >= 2
                        && counts(cls, f.get("check").asText()));
                boolean root = verdict != null && "state-failure".equals(verdict.path("kind").asText())
                        && counts(cls, verdict.at("/root_cause/check").asText());
                if (found) {
                    counts[0]++;
                }
                if (root) {
                    counts[1]++;
                }
                if (found && !root) {
                    notes.add("  (found, root cause elsewhere) " + cls + " " + name + ": "
                            + (verdict == null ? "no verdict" : verdict.path("kind").asText() + " "
                            + verdict.at("/root_cause/check").asText()));
                }
                if (!found) {
                    notes.add("MISS " + cls + " " + name + ": found " + findings.stream()
                            .map(f -> f.get("check").asText() + "/" + f.get("severity").asText()).toList());
                }
            }
        }
        int total = 0;
        int found = 0;
        System.out.printf("== %s: %d incidents, %d import problems%n", batch, incidents.size(), problems);
        System.out.printf("%-10s %6s %8s %10s%n", "class", "faults", "found", "root right");
        for (String cls : perClass.keySet()) {
            int[] c = perClass.get(cls);
            total += c[2];
            found += c[0];
            System.out.printf("%-10s %6d %8s %10s%n", cls, c[2], c[0] + " (" + percent(c[0], c[2]) + ")",
                    c[1] + " (" + percent(c[1], c[2]) + ")");
        }
        System.out.printf("%-10s %6d %8s%n", "all", total, found + " (" + percent(found, total) + ")");
        System.out.printf("clean sessions %d: with a high finding %d, with any finding %d%n", cleanSessions, cleanAlarms,
                cleanAnyFinding);
        notes.forEach(n -> System.out.println("  " + n));
    }

    static String ids(JsonNode report) {
        List<String> ids = new ArrayList<>();
        report.get("sessions").forEach(s -> ids.add(s.get("id").asText()));
        return String.join(", ", ids);
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "-" : Math.round(100.0 * part / whole) + "%";
    }
}
