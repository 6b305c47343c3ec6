package dev.coroner.ingest.otel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One producer's dialect of agent spans over OTLP, as data: which attributes hold the session and
 * its user, which make a span a model call or a tool execution, and which carry a model call's
 * input and output and a tool call's name, arguments, result and id. {@link OtelImporter} reads
 * every span through every dialect in {@link #ALL} order (a span is matched by its attributes, so
 * one file may mix dialects), and a new dialect is a table here plus fixtures.
 */
final class OtelDialect {

    /** How an attribute's content is written, which decides the reader {@link OtelContent} applies. */
    enum Format {
        /** {@code gen_ai.system_instructions}: a text or a list of parts, one system message. */
        SYSTEM_INSTRUCTIONS,
        /** GenAI semantic-convention messages ({role, parts}), a list. */
        GENAI_MESSAGES,
        /** AI SDK model messages ({role, content: text or parts}), a list. */
        AI_SDK_MESSAGES,
        /** The AI SDK's answer: {@code ai.response.text} with {@code ai.response.toolCalls}. */
        AI_SDK_RESPONSE,
        /** An OpenAI chat request ({messages, tools}), a message list, or a plain prompt text. */
        OPENAI_REQUEST,
        /** An OpenAI chat answer message, or a plain text. */
        OPENAI_ANSWER,
        /** Tool arguments: JSON (or a JSON string), else text. */
        ARGUMENTS,
        /** A function's call as {"args": [...], "kwargs": {...}}: the keyword arguments, else the one argument. */
        CALL_ARGUMENTS,
        /** Tool output: a text, or JSON. */
        TOOL_OUTPUT,
        /** Tool definitions: a list of {name, description, parameters | inputSchema} or OpenAI function tools. */
        TOOL_DEFINITIONS,
        /** The AI SDK's offered tools: a list of JSON strings, one per tool. */
        AI_SDK_TOOLS,
        /** The tools of an OpenAI chat request ({messages, tools}) written as a JSON string. */
        OPENAI_REQUEST_TOOLS
    }

    /** A span whose attribute equals one of the values, or ends with one of the suffixes. */
    record Match(String key, Set<String> values, Set<String> suffixes) {

        static Match is(String key, String... values) {
            return new Match(key, Set.of(values), Set.of());
        }

        static Match endsWith(String key, String... suffixes) {
            return new Match(key, Set.of(), Set.of(suffixes));
        }

        boolean test(OtlpSpan span) {
            String value = span.text(key);
            return !value.isEmpty() && (values.contains(value) || suffixes.stream().anyMatch(value::endsWith));
        }

        @Override
        public String toString() {
            return key + (values.isEmpty() ? " ending " + String.join(" or ", suffixes.stream().sorted().toList())
                    : " = " + String.join(" or ", values.stream().sorted().toList()));
        }
    }

    /** An attribute that holds content, and how it is written. */
    record Content(String key, Format format) {
    }

    /** The OpenTelemetry GenAI semantic conventions (attribute form v1.37+; the event forms are read in code). */
    static final OtelDialect GENAI = new OtelDialect("genai", "OpenTelemetry GenAI semantic conventions")
            .session("gen_ai.conversation.id", "session.id")
            .user("user.id", "enduser.id")
            .modelSpan(Match.is("gen_ai.operation.name", "chat", "text_completion", "generate_content"))
            .toolSpan(Match.is("gen_ai.operation.name", "execute_tool"))
            .input(new Content("gen_ai.system_instructions", Format.SYSTEM_INSTRUCTIONS),
                    new Content("gen_ai.input.messages", Format.GENAI_MESSAGES))
            .output(new Content("gen_ai.output.messages", Format.GENAI_MESSAGES))
            .model("gen_ai.request.model")
            .tools(new Content("gen_ai.tool.definitions", Format.TOOL_DEFINITIONS))
            .toolName("gen_ai.tool.name")
            .arguments(new Content("gen_ai.tool.call.arguments", Format.ARGUMENTS))
            .result(new Content("gen_ai.tool.call.result", Format.TOOL_OUTPUT))
            .callId("gen_ai.tool.call.id")
            .spanContent("gen_ai.retrieval.documents", "gen_ai.prompt", "gen_ai.completion", "gen_ai.input.messages",
                    "gen_ai.output.messages", "gen_ai.system_instructions", "gen_ai.tool.definitions",
                    "gen_ai.tool.call.arguments", "gen_ai.tool.call.result")
            .shows("model calls with gen_ai.input.messages / gen_ai.output.messages and gen_ai.system_instructions,"
                    + " or the gen_ai.* events (log records or span events), when content capture is on",
                    "execute_tool spans with gen_ai.tool.call.arguments / result, paired by gen_ai.tool.call.id",
                    "retrieval spans (document ids and scores)")
            .cannotShow("message content unless the producer opted in"
                    + " (OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT)");

    /** The Vercel AI SDK's own {@code ai.*} attributes (experimental_telemetry). */
    static final OtelDialect AI_SDK = new OtelDialect("ai-sdk", "Vercel AI SDK (ai.* attributes)")
            .marker("ai.operationId")
            .session("ai.telemetry.metadata.sessionId", "ai.telemetry.metadata.session_id",
                    "ai.telemetry.metadata.conversationId", "ai.telemetry.metadata.threadId",
                    "ai.settings.context.sessionId", "ai.settings.context.conversationId", "ai.settings.context.threadId")
            .user("ai.telemetry.metadata.userId", "ai.telemetry.metadata.user_id", "ai.settings.context.userId")
            .modelSpan(Match.endsWith("ai.operationId", ".doGenerate", ".doStream"))
            .toolSpan(Match.is("ai.operationId", "ai.toolCall"))
            .input(new Content("ai.prompt.messages", Format.AI_SDK_MESSAGES))
            .output(new Content("ai.response.text", Format.AI_SDK_RESPONSE),
                    new Content("ai.response.toolCalls", Format.AI_SDK_RESPONSE))
            .model("ai.model.id")
            .tools(new Content("ai.prompt.tools", Format.AI_SDK_TOOLS))
            .toolName("ai.toolCall.name")
            .arguments(new Content("ai.toolCall.args", Format.ARGUMENTS))
            .result(new Content("ai.toolCall.result", Format.TOOL_OUTPUT))
            .callId("ai.toolCall.id")
            .spanContent("ai.prompt", "ai.prompt.messages", "ai.response.text", "ai.response.toolCalls",
                    "ai.prompt.tools", "ai.toolCall.args", "ai.toolCall.result")
            .shows("doGenerate / doStream spans as model calls (ai.prompt.messages, ai.response.text and"
                    + " toolCalls, ai.prompt.tools), ai.toolCall spans as tool calls with arguments and results",
                    "the session and user from experimental_telemetry metadata (sessionId, userId)")
            .cannotShow("a conversation id when the app sets no telemetry metadata (the SDK sets none)");

    /** OpenLLMetry / Traceloop (JS and Python write the same names). */
    static final OtelDialect TRACELOOP = new OtelDialect("traceloop", "OpenLLMetry / Traceloop")
            .marker("traceloop.span.kind", "traceloop.entity.name")
            .session("traceloop.association.properties.session_id", "traceloop.association.properties.sessionId",
                    "traceloop.association.properties.conversation_id", "traceloop.association.properties.thread_id")
            .user("traceloop.association.properties.user_id", "traceloop.association.properties.userId")
            .toolSpan(Match.is("traceloop.span.kind", "tool"))
            .toolName("traceloop.entity.name")
            .arguments(new Content("traceloop.entity.input", Format.CALL_ARGUMENTS))
            .result(new Content("traceloop.entity.output", Format.TOOL_OUTPUT))
            .shows("the session and user set with withAssociationProperties"
                    + " (traceloop.association.properties.session_id / user_id)",
                    "<name>.tool spans as tool calls (traceloop.entity.input {args, kwargs}, traceloop.entity.output),"
                    + " paired with the model's call by name and arguments (the span has no call id)",
                    "its chat spans' content through the GenAI attributes it writes (gen_ai.input/output.messages)")
            .cannotShow("a tool call id on tool spans");

    /** Langfuse v5, the OpenTelemetry-based SDK ({@code langfuse.observation.*}). */
    static final OtelDialect LANGFUSE = new OtelDialect("langfuse-v5", "Langfuse v5 (@langfuse/otel)")
            .marker("langfuse.observation.type")
            .modelSpan(Match.is("langfuse.observation.type", "generation"))
            .toolSpan(Match.is("langfuse.observation.type", "tool"))
            .input(new Content("langfuse.observation.input", Format.OPENAI_REQUEST))
            .output(new Content("langfuse.observation.output", Format.OPENAI_ANSWER))
            .model("langfuse.observation.model.name")
            .tools(new Content("langfuse.observation.input", Format.OPENAI_REQUEST_TOOLS))
            .toolsNamedBySpan()
            .arguments(new Content("langfuse.observation.input", Format.ARGUMENTS))
            .result(new Content("langfuse.observation.output", Format.TOOL_OUTPUT))
            .callId("langfuse.observation.metadata.tool_call_id")
            .failedWhen(Match.is("langfuse.observation.level", "ERROR"), "langfuse.observation.status_message")
            .shows("generations as model calls (langfuse.observation.input / output in OpenAI's chat format, model,"
                    + " offered tools), tool observations as tool calls with results, level ERROR as a failure",
                    "the session and user as session.id / user.id")
            .cannotShow("a tool call id unless the app puts one in the observation's metadata (tool_call_id)");

    /** Mastra's exporter ({@code mastra.*}); a model call's context is rebuilt from its spans by {@link MastraCalls}. */
    static final OtelDialect MASTRA = new OtelDialect("mastra", "Mastra (@mastra/otel-exporter)")
            .marker("mastra.span.type")
            .user("mastra.metadata.resourceId")
            .shows("model calls with their context rebuilt from the generation span (mastra.model_generation.input)"
                    + " and the earlier steps' tool calls and execute_tool results; the thread as the session"
                    + " (gen_ai.conversation.id) and the resource as the user")
            .cannotShow("a chat span's own input (Mastra records it on the generation span)");

    /** Every dialect, in the order a field is looked up. */
    static final List<OtelDialect> ALL = List.of(GENAI, AI_SDK, TRACELOOP, LANGFUSE, MASTRA);

    private final String name;
    private final String producer;
    private final List<String> markers = new ArrayList<>();
    private final List<String> sessionKeys = new ArrayList<>();
    private final List<String> userKeys = new ArrayList<>();
    private final List<Match> modelSpans = new ArrayList<>();
    private final List<Match> toolSpans = new ArrayList<>();
    private final List<Content> input = new ArrayList<>();
    private final List<Content> output = new ArrayList<>();
    private final List<String> modelKeys = new ArrayList<>();
    private final List<Content> tools = new ArrayList<>();
    private final List<String> toolNameKeys = new ArrayList<>();
    private boolean toolNamedBySpan;
    private final List<Content> arguments = new ArrayList<>();
    private final List<Content> results = new ArrayList<>();
    private final List<String> callIdKeys = new ArrayList<>();
    private final List<String> spanContent = new ArrayList<>();
    private Match failedWhen;
    private String failureMessageKey = "";
    private final List<String> shows = new ArrayList<>();
    private final List<String> cannotShow = new ArrayList<>();

    private OtelDialect(String name, String producer) {
        this.name = name;
        this.producer = producer;
    }

    String name() {
        return name;
    }

    String producer() {
        return producer;
    }

    /** True when the span carries an attribute only this dialect writes. */
    boolean marks(OtlpSpan span) {
        return markers.stream().anyMatch(span::has);
    }

    List<String> sessionKeys() {
        return Collections.unmodifiableList(sessionKeys);
    }

    List<String> userKeys() {
        return Collections.unmodifiableList(userKeys);
    }

    List<Match> modelSpans() {
        return Collections.unmodifiableList(modelSpans);
    }

    List<Match> toolSpans() {
        return Collections.unmodifiableList(toolSpans);
    }

    List<Content> input() {
        return Collections.unmodifiableList(input);
    }

    List<Content> output() {
        return Collections.unmodifiableList(output);
    }

    List<String> modelKeys() {
        return Collections.unmodifiableList(modelKeys);
    }

    List<Content> tools() {
        return Collections.unmodifiableList(tools);
    }

    List<String> toolNameKeys() {
        return Collections.unmodifiableList(toolNameKeys);
    }

    /** True when a tool observation is named after its tool (no attribute holds the name). */
    boolean toolNamedBySpan() {
        return toolNamedBySpan;
    }

    List<Content> arguments() {
        return Collections.unmodifiableList(arguments);
    }

    List<Content> results() {
        return Collections.unmodifiableList(results);
    }

    List<String> callIdKeys() {
        return Collections.unmodifiableList(callIdKeys);
    }

    /** A span the dialect marks as failed though its OTel status is not ERROR, or null. */
    Match failedWhen() {
        return failedWhen;
    }

    String failureMessageKey() {
        return failureMessageKey;
    }

    /** The attributes a model call of this dialect reads as its messages and offered tools. */
    Set<String> modelContentKeys() {
        return keys(input, output, tools);
    }

    /** The attributes a tool span of this dialect reads as its arguments and result. */
    Set<String> toolContentKeys() {
        return keys(arguments, results);
    }

    /**
     * The attributes read as content on any span: documents, and the prompt and answer an outer span
     * restates from the model calls under it.
     */
    Set<String> spanContentKeys() {
        return Set.copyOf(spanContent);
    }

    @SafeVarargs
    private static Set<String> keys(List<Content>... lists) {
        Set<String> out = new LinkedHashSet<>();
        for (List<Content> list : lists) {
            list.forEach(c -> out.add(c.key()));
        }
        return out;
    }

    /** One line per thing read, for {@code coroner formats}. */
    List<String> shows() {
        return Collections.unmodifiableList(shows);
    }

    List<String> cannotShow() {
        return Collections.unmodifiableList(cannotShow);
    }

    private OtelDialect marker(String... keys) {
        markers.addAll(List.of(keys));
        return this;
    }

    private OtelDialect session(String... keys) {
        sessionKeys.addAll(List.of(keys));
        return this;
    }

    private OtelDialect user(String... keys) {
        userKeys.addAll(List.of(keys));
        return this;
    }

    private OtelDialect modelSpan(Match match) {
        modelSpans.add(match);
        return this;
    }

    private OtelDialect toolSpan(Match match) {
        toolSpans.add(match);
        return this;
    }

    private OtelDialect input(Content... contents) {
        input.addAll(List.of(contents));
        return this;
    }

    private OtelDialect output(Content... contents) {
        output.addAll(List.of(contents));
        return this;
    }

    private OtelDialect model(String... keys) {
        modelKeys.addAll(List.of(keys));
        return this;
    }

    private OtelDialect tools(Content... contents) {
        tools.addAll(List.of(contents));
        return this;
    }

    private OtelDialect toolName(String... keys) {
        toolNameKeys.addAll(List.of(keys));
        return this;
    }

    private OtelDialect toolsNamedBySpan() {
        toolNamedBySpan = true;
        return this;
    }

    private OtelDialect arguments(Content... contents) {
        arguments.addAll(List.of(contents));
        return this;
    }

    private OtelDialect result(Content... contents) {
        results.addAll(List.of(contents));
        return this;
    }

    private OtelDialect callId(String... keys) {
        callIdKeys.addAll(List.of(keys));
        return this;
    }

    private OtelDialect spanContent(String... keys) {
        spanContent.addAll(List.of(keys));
        return this;
    }

    private OtelDialect failedWhen(Match match, String messageKey) {
        failedWhen = match;
        failureMessageKey = messageKey;
        return this;
    }

    private OtelDialect shows(String... lines) {
        shows.addAll(List.of(lines));
        return this;
    }

    private OtelDialect cannotShow(String... lines) {
        cannotShow.addAll(List.of(lines));
        return this;
    }
}
