package dev.coroner.analysis.filter;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.coroner.analysis.Suppression;
import dev.coroner.ingest.IoProblems;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a suppression file ({@code .coroner.yml} by convention):
 *
 * <pre>
 * suppressions:
 *   - check: state.field-dropped          # required: a check id
 *     session: thread-5b1e9c              # optional: only this session
 *     fingerprint: 0f3c…                  # optional: only this finding
 *     reason: tier moved to the profile service (INC-2291)   # required
 * </pre>
 *
 * Strict on purpose: an unknown key (a typo such as {@code sesion} would widen the suppression to
 * every session), an unknown check id or a missing reason is an error naming the line. Plain YAML
 * only: no tags, few aliases, a size limit.
 */
public final class SuppressionFile {

    private static final Set<String> KEYS = Set.of("check", "session", "fingerprint", "reason");
    private static final ObjectMapper YAML = yamlMapper();

    private SuppressionFile() {
    }

    /**
     * @param file        the file to read
     * @param display     how to name it in messages and in each suppression's origin
     * @param knownChecks every check id that exists
     */
    public static List<Suppression> read(Path file, String display, Collection<String> knownChecks)
            throws FilterFileException {
        List<Suppression> out = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonParser parser = YAML.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                return out;
            }
            if (first != JsonToken.START_OBJECT) {
                throw error(display, parser.currentTokenLocation(), "a mapping with the key \"suppressions\"",
                        describe(first));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonLocation at = parser.currentTokenLocation();
                JsonToken value = parser.nextToken();
                if (!key.equals("suppressions")) {
                    throw error(display, at, "the key \"suppressions\"", "\"" + key + "\"");
                }
                if (value == JsonToken.VALUE_NULL || value == JsonToken.VALUE_STRING && parser.getText().isEmpty()) {
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw error(display, parser.currentTokenLocation(), "a list of suppressions", describe(value));
                }
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    JsonLocation entryAt = parser.currentTokenLocation();
                    JsonNode entry = YAML.readTree(parser);
                    out.add(entry(entry, display, entryAt, knownChecks));
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new FilterFileException(display + ": no such file");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new FilterFileException(display + (at != null && at.getLineNr() > 0 ? ":" + at.getLineNr() : "")
                    + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new FilterFileException(display + ": cannot read: " + IoProblems.describe(e, "no such file"));
        }
        return out;
    }

    private static Suppression entry(JsonNode entry, String display, JsonLocation at, Collection<String> knownChecks)
            throws FilterFileException {
        if (!entry.isObject()) {
            throw error(display, at, "a suppression with \"check\" and \"reason\"", describe(entry));
        }
        for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw error(display, at, "only the keys check, session, fingerprint, reason", "\"" + name + "\"");
            }
            if (!entry.get(name).isValueNode() || entry.get(name).isNull()) {
                throw error(display, at, "a text value for \"" + name + "\"", describe(entry.get(name)));
            }
        }
        String check = text(entry, "check");
        String reason = text(entry, "reason");
        if (check.isEmpty()) {
            throw error(display, at, "a \"check\"", "none");
        }
        if (!knownChecks.contains(check)) {
            throw error(display, at, "a check id (coroner checks lists them)", "\"" + check + "\"");
        }
        if (reason.isBlank()) {
            throw error(display, at, "a \"reason\" for suppressing " + check, "none");
        }
        String origin = at.getLineNr() > 0 ? display + ":" + at.getLineNr() : display;
        return new Suppression(check, text(entry, "session"), text(entry, "fingerprint"), reason, origin);
    }

    private static String text(JsonNode entry, String key) {
        JsonNode node = entry.get(key);
        return node == null ? "" : node.asText();
    }

    private static FilterFileException error(String display, JsonLocation at, String expected, String found) {
        String where = at != null && at.getLineNr() > 0 ? display + ":" + at.getLineNr() : display;
        return new FilterFileException(where + ": expected " + expected + ", found " + found);
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "a mapping";
            case VALUE_NULL -> "nothing";
            default -> "a single value";
        };
    }

    private static String describe(JsonNode node) {
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isNull()) {
            return "nothing";
        }
        return "\"" + node.asText() + "\"";
    }

    private static ObjectMapper yamlMapper() {
        LoaderOptions loader = new LoaderOptions();
        loader.setAllowDuplicateKeys(false);
        loader.setMaxAliasesForCollections(10);
        loader.setCodePointLimit(1 << 20);
        loader.setNestingDepthLimit(20);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(20).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return new YAMLMapper(factory);
    }
}
