package dev.coroner.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration for reading untrusted trace content: read limits set, no
 * polymorphic typing, duplicate keys rejected, trailing tokens rejected.
 */
public final class TraceJson {

    /** Deepest nesting accepted in a trace record. */
    public static final int MAX_NESTING_DEPTH = 200;
    /** Longest single string accepted (characters). */
    public static final int MAX_STRING_LENGTH = 50_000_000;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxNumberLength(1000)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    // The loader owns input streams (it hashes them to the end): parsers never close them.
                    .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private TraceJson() {
    }

    private static final ObjectReader VALUE_READER = MAPPER.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads the value at the parser's current token as a tree and leaves the parser after it, for
     * streaming over the elements of a large document one at a time.
     */
    public static JsonNode readValue(JsonParser parser) throws java.io.IOException {
        return VALUE_READER.readValue(parser);
    }

    public static JsonParser parser(String text) throws java.io.IOException {
        return MAPPER.createParser(text);
    }

    /** Parses text that may or may not be JSON (tool arguments, tool output); null when it is not. */
    public static JsonNode tryParse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || (trimmed.charAt(0) != '{' && trimmed.charAt(0) != '[')) {
            return null;
        }
        try {
            return MAPPER.readTree(trimmed);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
