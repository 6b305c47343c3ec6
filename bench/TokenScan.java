import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The parse limit of bench/perf otlp: Jackson's streaming parser over the whole file, nextToken
 * until the end, counting tokens and root values (a JSONL file is a sequence of root values) —
 * no tree, no strings materialised, nothing kept. Any importer that reads the same bytes with
 * Jackson is slower than this. Prints the counts.
 */
public class TokenScan {
    public static void main(String[] args) throws IOException {
        JsonFactory factory = new JsonFactory();
        long tokens = 0;
        long roots = 0;
        int depth = 0;
        try (InputStream in = Files.newInputStream(Path.of(args[0]));
                JsonParser parser = factory.createParser(in)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                tokens++;
                if (token.isStructStart()) {
                    if (depth++ == 0) {
                        roots++;
                    }
                } else if (token.isStructEnd()) {
                    depth--;
                }
            }
        }
        System.out.println(tokens + " tokens, " + roots + " root values");
    }
}
