package dev.coroner.ingest.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.ingest.ChatMessages;
import dev.coroner.ingest.FormatCapabilities;
import dev.coroner.ingest.Head;
import dev.coroner.ingest.ImportContext;
import dev.coroner.ingest.JsonFields;
import dev.coroner.ingest.RecordException;
import dev.coroner.trace.MessageDraft;
import dev.coroner.trace.MessageStep;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolInvocation;
import dev.coroner.trace.ToolResult;
import dev.coroner.trace.TraceJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads AG2 / AutoGen 0.2 group chats: {@code GroupChat.messages}, an agent's
 * {@code chat_messages[...]}, or a record holding one as {@code history} or {@code messages}, with an
 * optional {@code system_prompt} object keyed by agent name.
 *
 * <p>AG2 writes a group chat from one agent's point of view: {@code role} says only whether that
 * agent spoke ({@code assistant}) or heard ({@code user}); the speaker is {@code name}. So:
 * <ul>
 *   <li>the first message is the initiating message the program sent (the task): a user message (and,
 *       when the executor ran code it holds, a code-execution call made by the program);</li>
 *   <li>the code executor's replies ({@code exitcode: N (execution succeeded|failed)} then
 *       {@code Code output: …}) are results of a code-execution tool call made by the message whose
 *       code blocks it ran: the nearest earlier message with a fenced block since the executor last
 *       spoke, as AG2's executor looks back for code. The result failed when the exit code is not 0 or
 *       the output holds a traceback. The executor's "There is no code from the last N message" is a
 *       plain message, and the blocks before it were not code;</li>
 *   <li>every other speaker's message is a model output of that agent, whose input is its system
 *       prompt (when the record carries it) and the group chat so far, reconstructed;</li>
 *   <li>{@code tool_calls} / {@code tool_responses} (registered functions) are tool calls and results
 *       paired by id; a speaker the record gives no system prompt while it gives others is a human or
 *       proxy: a user message.</li>
 * </ul>
 * See {@code docs/formats/ag2.md}.
 */
public final class Ag2GroupChatImporter extends TranscriptImporter {

    public static final String NAME = "ag2-groupchat";

    /** AG2's code executor reply: {@code exitcode: 1 (execution failed)}. */
    static final Pattern EXIT = Pattern.compile("\\A\\s*exitcode:\\s*(-?\\d+)\\s*\\(execution (?:succeeded|failed)\\)");
    /** AG2's code executor reply when the messages it looked at held no code. */
    static final Pattern NO_CODE = Pattern.compile("\\A\\s*There is no code from the last \\d+ messages? for me to execute");
    /** A fenced code block, as AG2's {@code extract_code} finds it: language tag, then the code. */
    private static final Pattern BLOCK = Pattern.compile("```[ \\t]*([\\w+-]*)[ \\t]*\\r?\\n(.*?)\\r?\\n[ \\t]*```", Pattern.DOTALL);
    /** A Python traceback in an execution's output: the run failed whatever the exit code said. */
    static final Pattern TRACEBACK = Pattern.compile("Traceback \\(most recent call last\\)");
    private static final Pattern HEAD_MARKER = Pattern.compile(
            "exitcode:\\s*-?\\d+\\s*\\(execution (?:succeeded|failed)\\)|There is no code from the last \\d+ message"
                    + "|\"system_prompt\"\\s*:\\s*\\{|\"tool_responses\"\\s*:");
    private static final Set<String> NOT_EXECUTED = Set.of("text", "plaintext", "output", "console", "json", "csv",
            "markdown", "md", "yaml", "yml", "xml", "html", "txt", "log");

    /**
     * True when the head is an AG2 group chat: a transcript with replies of AG2's code executor, a
     * system prompt per agent, or AG2's {@code tool_responses}.
     */
    static boolean looksLike(Head head) {
        return ChatTranscriptImporter.transcriptShape(head) && HEAD_MARKER.matcher(head.text()).find()
                && !MagenticOneImporter.looksLike(head);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "AG2 / AutoGen 0.2 group chats (GroupChat.messages, chat_messages, records with a history and"
                + " a system prompt per agent), JSON or JSONL";
    }

    @Override
    public FormatCapabilities capabilities() {
        return new FormatCapabilities("the record's id, conversation_id, session_id or thread_id, else the file name"
                + " (with the line for JSONL)",
                List.of("each speaker's message as a model output of that agent (name, not role, is the speaker)",
                        "code blocks as code-execution tool calls and the executor's exitcode replies as their"
                                + " results, failed on a non-zero exit code or a traceback",
                        "registered functions (tool_calls, tool_responses) paired by id",
                        "each agent's system prompt when the record carries system_prompt; outcome from"
                                + " is_correct / success"),
                List.of("what each model call was actually given: the input is reconstructed as the agent's"
                                + " system prompt and the group chat so far",
                        "which speaker the manager chose and why; timing, token usage and cost",
                        "which code block of a message the executor ran when there were several (one call per"
                                + " message)"));
    }

    @Override
    public boolean recognises(Head head) {
        return looksLike(head);
    }

    @Override
    void conversation(JsonNode record, SourceRef at, String fallbackId, ImportContext context) throws RecordException {
        ConversationReader.Opened opened = ConversationReader.open(record, at, fallbackId, context);
        Map<String, String> prompts = new LinkedHashMap<>();
        JsonNode system = record.isObject() ? record.get("system_prompt") : null;
        if (system != null && system.isObject()) {
            system.fields().forEachRemaining(f -> prompts.put(f.getKey(), ChatMessages.content(f.getValue())));
        }
        new Chat(opened.session(), context, prompts).read(opened.messages(), at, opened.listName());
    }

    /** Walks one group chat. */
    private static final class Chat {
        private final SessionBuilder session;
        private final ImportContext context;
        private final Map<String, String> prompts;
        private final Map<String, Integer> promptIds = new HashMap<>();
        private final List<Integer> thread = new ArrayList<>();
        private final Map<String, String> toolsByCallId = new HashMap<>();

        Chat(SessionBuilder session, ImportContext context, Map<String, String> prompts) {
            this.session = session;
            this.context = context;
            this.prompts = prompts;
        }

        void read(JsonNode messages, SourceRef at, String listName) {
            Set<String> executors = executors(messages);
            Map<Integer, Integer> ranBy = codeRuns(messages, executors);
            Map<Integer, String> executorOf = new HashMap<>();
            ranBy.forEach((reply, call) -> executorOf.put(call, messages.get(reply).path("name").asText()));
            Set<Integer> pending = new HashSet<>();
            for (int i = 0; i < messages.size(); i++) {
                SourceRef where = at.withLocator(listName + "[" + i + "]");
                try {
                    JsonNode turn = messages.get(i);
                    if (!turn.isObject()) {
                        throw RecordException.expected("a message object", JsonFields.describe(turn));
                    }
                    String speaker = JsonFields.optionalText(turn, "name", "");
                    String role = JsonFields.optionalText(turn, "role", "");
                    String text = ChatMessages.content(turn.get("content"));
                    if (i == 0 || role.equals("system") || !speaker.isEmpty() && !prompts.isEmpty()
                            && !prompts.containsKey(speaker) && !executors.contains(speaker)) {
                        message(role.equals("system") ? "system" : "user", speaker, text, where);
                        if (executorOf.containsKey(i)) {
                            // The initiating message held code the executor ran: a call the program made.
                            String executor = executorOf.get(i);
                            session.add(new ToolCall(session.nextIndex(), where, speaker, "", executor,
                                    codeArguments(text), Map.of()));
                            pending.add(i);
                        }
                    } else if (role.equals("tool") || role.equals("function") || turn.has("tool_responses")) {
                        toolResponses(turn, speaker, text, where);
                    } else if (executors.contains(speaker)) {
                        Integer call = ranBy.get(i);
                        if (call == null || !pending.remove(call)) {
                            message("user", speaker, text, where);
                        } else {
                            result("", speaker, text, failed(text), where);
                        }
                    } else {
                        String executor = executorOf.getOrDefault(i, "");
                        agentTurn(turn, speaker, text, executor, where);
                        if (!executor.isEmpty()) {
                            pending.add(i);
                        }
                    }
                } catch (RecordException e) {
                    context.problem(where, e.getMessage());
                }
            }
        }

        private void agentTurn(JsonNode turn, String agent, String text, String executor, SourceRef where)
                throws RecordException {
            List<ToolInvocation> invocations = new ArrayList<>();
            JsonNode toolCalls = JsonFields.optionalArray(turn, "tool_calls", "");
            if (toolCalls != null) {
                for (int i = 0; i < toolCalls.size(); i++) {
                    invocations.add(ConversationReader.Turns.openAiToolCall(toolCalls.get(i), " in tool_calls[" + i + "]"));
                }
            }
            if (!executor.isEmpty()) {
                // The chat records no call id for code it ran: the call and its result pair by the
                // executor's name, in order, as they do in the chat itself.
                invocations.add(new ToolInvocation("", executor, codeArguments(text)));
            }
            List<Integer> input = new ArrayList<>();
            String prompt = prompts.get(agent);
            if (prompt != null && !prompt.isBlank()) {
                input.add(promptIds.computeIfAbsent(agent, a -> session.intern(
                        new MessageDraft("system", a, prompt, List.of(), ""), session.nextIndex())));
            }
            input.addAll(thread);
            int index = session.nextIndex();
            int out = session.intern(new MessageDraft("assistant", agent, text, invocations, ""), index);
            Map<String, JsonNode> attributes = new TreeMap<>();
            attributes.put("context", TextNode.valueOf(prompt == null || prompt.isBlank()
                    ? "the group chat so far" : "the agent's system prompt and the group chat so far"));
            session.add(new ModelCall(index, where, agent, "", input, true, OptionalInt.of(out), "", attributes));
            thread.add(out);
            for (ToolInvocation call : invocations) {
                session.add(new ToolCall(session.nextIndex(), where, agent, call.id(), call.name(), call.arguments(),
                        Map.of()));
                if (!call.id().isEmpty()) {
                    toolsByCallId.put(call.id(), call.name());
                }
            }
        }

        private void toolResponses(JsonNode turn, String speaker, String text, SourceRef where) throws RecordException {
            JsonNode responses = JsonFields.optionalArray(turn, "tool_responses", "");
            if (responses == null) {
                String callId = JsonFields.optionalText(turn, "tool_call_id", "");
                result(callId, speaker, text, false, where);
                return;
            }
            for (int i = 0; i < responses.size(); i++) {
                JsonNode response = responses.get(i);
                result(JsonFields.optionalText(response, "tool_call_id", " in tool_responses[" + i + "]"), speaker,
                        ChatMessages.content(response.get("content")), false, where.withLocator(where.locator()
                                + ".tool_responses[" + i + "]"));
            }
        }

        private void result(String callId, String speaker, String text, boolean failed, SourceRef where) {
            String tool = toolsByCallId.getOrDefault(callId, speaker);
            int index = session.nextIndex();
            int id = session.intern(new MessageDraft("tool", tool, text, List.of(), callId), index);
            session.add(new ToolResult(index, where, speaker, callId, tool, id, failed, Map.of()));
            thread.add(id);
        }

        private void message(String role, String speaker, String text, SourceRef where) {
            int index = session.nextIndex();
            int id = session.intern(new MessageDraft(role, speaker, text, List.of(), ""), index);
            session.add(new MessageStep(index, where, speaker, id, Map.of()));
            thread.add(id);
        }
    }

    /** Speakers that answer as AG2's code executor does. */
    static Set<String> executors(JsonNode messages) {
        Set<String> out = new HashSet<>();
        for (JsonNode m : messages) {
            String text = ChatMessages.content(m.get("content"));
            if (m.hasNonNull("name") && (EXIT.matcher(text).find() || NO_CODE.matcher(text).find())) {
                out.add(m.get("name").asText());
            }
        }
        return out;
    }

    /**
     * For every executor reply with an exit code, the message whose code it ran: the nearest earlier
     * message by another speaker holding a fenced block of an executable language, since the executor
     * last spoke.
     */
    static Map<Integer, Integer> codeRuns(JsonNode messages, Set<String> executors) {
        Map<Integer, Integer> out = new TreeMap<>();
        for (int i = 0; i < messages.size(); i++) {
            JsonNode m = messages.get(i);
            if (!executors.contains(m.path("name").asText()) || !EXIT.matcher(ChatMessages.content(m.get("content"))).find()) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                JsonNode before = messages.get(j);
                if (executors.contains(before.path("name").asText())) {
                    break;
                }
                if (!codeBlocks(ChatMessages.content(before.get("content"))).isEmpty()) {
                    out.put(i, j);
                    break;
                }
            }
        }
        return out;
    }

    /** The executable fenced blocks of a message, as language and code. */
    static List<String[]> codeBlocks(String text) {
        List<String[]> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            String language = m.group(1).toLowerCase(java.util.Locale.ROOT);
            if (!NOT_EXECUTED.contains(language)) {
                out.add(new String[] {language, m.group(2)});
            }
        }
        return out;
    }

    /** The arguments of a code-execution call: the language and code of each block the message holds. */
    private static JsonNode codeArguments(String text) {
        List<String[]> blocks = codeBlocks(text);
        ObjectNode args = TraceJson.mapper().createObjectNode();
        if (blocks.size() == 1) {
            args.put("language", blocks.get(0)[0]);
            args.put("code", blocks.get(0)[1]);
        } else {
            var list = args.putArray("blocks");
            for (String[] b : blocks) {
                list.addObject().put("language", b[0]).put("code", b[1]);
            }
        }
        return args;
    }

    /** An executor reply that reports a failed run: a non-zero exit code or a traceback. */
    static boolean failed(String text) {
        Matcher exit = EXIT.matcher(text);
        return exit.find() && !exit.group(1).equals("0") || TRACEBACK.matcher(text).find();
    }
}
