import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic coroner JSONL trace for benchmarks: SESSIONS sessions of TURNS turns each.
 * A turn is a user message, a model call whose input is the whole history so far (so contexts
 * grow as in real agents), a tool call and its result (every 7th one an error), and a state
 * snapshot. Seeded: the same arguments give the same bytes.
 *
 *   java bench/GenerateTrace.java OUT.jsonl SESSIONS TURNS
 */
public class GenerateTrace {

    private static final String[] WORDS = ("order refund parcel delivery invoice account address carrier warehouse "
            + "payment card customer ticket status region label return exchange discount shipping tracking").split(" ");

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int sessions = Integer.parseInt(args[1]);
        int turns = Integer.parseInt(args[2]);
        Random random = new Random(42);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            boolean first = true;
            for (int s = 0; s < sessions; s++) {
                String id = "bench-" + s;
                w.write((first ? "{\"coroner\":1," : "{") + "\"type\":\"session\",\"session\":\"" + id
                        + "\",\"principal\":\"user-" + (s % 97) + "\"}\n");
                first = false;
                List<String> history = new ArrayList<>();
                history.add(message("system", "You are a support agent for order ORD-" + (10000 + s) + ".", ""));
                for (int t = 0; t < turns; t++) {
                    String user = message("user", sentence(random, 18) + " my email is user" + s + "@example.com", "");
                    w.write(event("message", id, user.substring(1)));
                    history.add(user);
                    String call = "call_" + s + "_" + t;
                    String output = "{\"role\":\"assistant\",\"content\":\"" + sentence(random, 12)
                            + "\",\"tool_calls\":[{\"id\":\"" + call + "\",\"name\":\"lookup\",\"arguments\":{\"q\":\""
                            + WORDS[random.nextInt(WORDS.length)] + "\"}}]}";
                    w.write("{\"type\":\"model_call\",\"session\":\"" + id + "\",\"model\":\"bench-model\",\"input\":["
                            + String.join(",", history) + "],\"output\":" + output + "}\n");
                    history.add(output);
                    w.write("{\"type\":\"tool_call\",\"session\":\"" + id + "\",\"call_id\":\"" + call
                            + "\",\"tool\":\"lookup\",\"arguments\":{\"q\":\"x\"}}\n");
                    boolean error = (s + t) % 7 == 0;
                    String content = error ? "Error 503: lookup service unavailable (attempt " + t + ")"
                            : sentence(random, 40);
                    w.write("{\"type\":\"tool_result\",\"session\":\"" + id + "\",\"call_id\":\"" + call
                            + "\",\"tool\":\"lookup\",\"is_error\":" + error + ",\"content\":\"" + content + "\"}\n");
                    history.add(message("tool", content, call));
                    w.write("{\"type\":\"state\",\"session\":\"" + id + "\",\"state\":{\"turn\":" + t
                            + ",\"customer\":{\"id\":\"C-" + s + "\",\"tier\":\"gold\"},\"notes\":\""
                            + sentence(random, 6) + "\"}}\n");
                }
            }
        }
    }

    private static String event(String type, String session, String body) {
        return "{\"type\":\"" + type + "\",\"session\":\"" + session + "\"," + body + "\n";
    }

    private static String message(String role, String content, String toolCallId) {
        return "{\"role\":\"" + role + "\",\"content\":\"" + content + "\""
                + (toolCallId.isEmpty() ? "" : ",\"tool_call_id\":\"" + toolCallId + "\"") + "}";
    }

    private static String sentence(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }
}
