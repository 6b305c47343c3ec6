package dev.coroner.analysis.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.regex.RegularExpression;
import dev.coroner.trace.TraceJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A JSON Schema that values are validated against: a state schema given on the command line, or
 * the parameter schema of a tool as the trace declared it. Validation uses networknt
 * json-schema-validator, JSON Schema 2020-12 unless the schema names another draft with
 * {@code $schema}. Schemas come from untrusted traces too, so nothing is ever fetched: a
 * {@code $ref} outside the schema itself (http, file, …) makes the schema unusable rather than
 * reaching the network or the disk, and a {@code pattern} that backtracks for too long fails its
 * match instead of hanging the run.
 */
public final class DeclaredSchema {

    /** One way a value breaks the schema. */
    public record Violation(String path, String keyword, String message) {
        static final Comparator<Violation> ORDER = Comparator.comparing(Violation::path)
                .thenComparing(Violation::keyword).thenComparing(Violation::message);

        /** The instance location as a dotted path, "" for the value itself: {@code /items/0/sku} is {@code items.0.sku}. */
        public String dottedPath() {
            return path.isEmpty() ? "" : path.substring(1).replace('/', '.');
        }
    }

    /** Thrown when a schema cannot be used; the message says why. */
    public static final class UnusableSchemaException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UnusableSchemaException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Character reads one regular-expression match may make before it counts as a failed match. */
    static final long REGEX_STEP_BUDGET = 1_000_000;

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            // No cache: a schema from one trace must never resolve a reference through another's $id.
            builder -> builder.schemaCacheEnabled(false)
                    .schemaLoader(loader -> loader.fetchRemoteResources(false)
                            .block(iri -> !iri.toString().startsWith("https://json-schema.org/")
                                    && !iri.toString().startsWith("http://json-schema.org/")
                                    && !iri.toString().startsWith("classpath:")))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .regularExpressionFactory(DeclaredSchema::boundedRegex)
                            .build()));

    private final Schema schema;
    private final JsonNode node;

    private DeclaredSchema(Schema schema, JsonNode node) {
        this.schema = schema;
        this.node = node;
    }

    /**
     * Compiles a schema.
     *
     * @throws UnusableSchemaException when it is not a JSON Schema this validator can use
     */
    public static DeclaredSchema of(JsonNode node) {
        if (node == null || !(node.isObject() || node.isBoolean())) {
            throw new UnusableSchemaException("expected a JSON Schema (an object), found "
                    + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)), null);
        }
        try {
            Schema schema = REGISTRY.getSchema(node);
            schema.initializeValidators();
            return new DeclaredSchema(schema, node);
        } catch (SchemaException | IllegalArgumentException | IllegalStateException e) {
            throw new UnusableSchemaException(describe(e), e);
        }
    }

    /**
     * Parses and compiles a schema written as JSON text (a schema file).
     *
     * @throws UnusableSchemaException when the text is not JSON or not a usable JSON Schema
     */
    public static DeclaredSchema parse(String text) {
        JsonNode node;
        try {
            node = TraceJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new UnusableSchemaException("not JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
        return of(node);
    }

    /** Compiles a schema, or empty when it cannot be used (a schema declared in a trace). */
    public static Optional<DeclaredSchema> tryOf(JsonNode node) {
        try {
            return Optional.of(of(node));
        } catch (UnusableSchemaException e) {
            return Optional.empty();
        }
    }

    /** The schema as declared. */
    public JsonNode node() {
        return node;
    }

    /**
     * The ways the value breaks the schema, sorted by path; empty when it conforms. Empty too
     * when the schema turns out unusable for this value (an unresolvable reference met only now).
     */
    public List<Violation> validate(JsonNode value) {
        List<Error> errors;
        try {
            errors = schema.validate(value);
        } catch (SchemaException | IllegalArgumentException | IllegalStateException e) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>();
        for (Error error : errors) {
            String keyword = error.getKeyword() == null ? "" : error.getKeyword();
            out.add(new Violation(pointer(error), keyword, error.getMessage()));
        }
        out.sort(Violation.ORDER);
        return List.copyOf(out);
    }

    /** The instance location as a JSON Pointer ("" for the value itself). */
    private static String pointer(Error error) {
        NodePath location = error.getInstanceLocation();
        StringBuilder out = new StringBuilder();
        for (int i = 0; location != null && i < location.getNameCount(); i++) {
            out.append('/').append(String.valueOf(location.getElement(i)).replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static RegularExpression boundedRegex(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return text -> {
            try {
                return pattern.matcher(new BoundedChars(text, REGEX_STEP_BUDGET)).find();
            } catch (BoundedChars.Exhausted e) {
                return false;
            }
        };
    }

    /** A char sequence that stops a runaway match: each read spends one step of a budget. */
    private static final class BoundedChars implements CharSequence {
        static final class Exhausted extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Exhausted() {
                super(null, null, false, false);
            }
        }

        private final String text;
        private final long[] budget;
        private final int start;
        private final int end;

        BoundedChars(String text, long budget) {
            this(text, new long[] {budget}, 0, text.length());
        }

        private BoundedChars(String text, long[] budget, int start, int end) {
            this.text = text;
            this.budget = budget;
            this.start = start;
            this.end = end;
        }

        @Override
        public int length() {
            return end - start;
        }

        @Override
        public char charAt(int index) {
            if (--budget[0] < 0) {
                throw new Exhausted();
            }
            return text.charAt(start + index);
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new BoundedChars(text, budget, start + from, start + to);
        }

        @Override
        public String toString() {
            return text.substring(start, end);
        }
    }
}
