import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline of bench/perf: read a JSONL file line by line and parse every line into a Jackson
 * tree, nothing else — the floor under any importer. Prints the line count.
 */
public class ParseOnly {
    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        long lines = 0;
        long fields = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode node = mapper.readTree(line);
                fields += node.size();
                lines++;
            }
        }
        System.out.println(lines + " lines, " + fields + " top-level fields");
    }
}
