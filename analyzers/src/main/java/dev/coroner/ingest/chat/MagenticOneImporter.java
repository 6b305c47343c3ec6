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
import dev.coroner.trace.Handoff;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Magentic-One logs: a message list whose {@code role} is the speaker, with the
 * Orchestrator's turns qualified ({@code "Orchestrator (thought)"}, {@code "Orchestrator (-> WebSurfer)"},
 * {@code "Orchestrator (termination condition)"}), as the Who&amp;When hand-crafted runs record them.
 *
 * <ul>
 *   <li>{@code human} / {@code user}: the request, a user message;</li>
 *   <li>an Orchestrator turn: a model output of the Orchestrator (plans, ledgers, thoughts); one
 *       addressed to an agent ({@code -> Name}) is also a hand-over carrying that instruction;</li>
 *   <li>the WebSurfer, FileSurfer and ComputerTerminal act for the Orchestrator: an instruction to
 *       one of them is a tool call named for it (to the terminal, with the code blocks of the latest
 *       message that has them, which is what it runs), and its reply the result (the terminal's failed
 *       when the script exited with a non-zero code or printed a traceback);</li>
 *   <li>any other agent (the Coder, "Assistant") answers with a model output of its own.</li>
 * </ul>
 * Every agent is broadcast the whole thread, so each model call's input is reconstructed as every
 * earlier message, and a hand-over gives the receiver the whole thread with the instruction last. See {@code docs/formats/ag2.md}.
 */
public final class MagenticOneImporter extends TranscriptImporter {

    public static final String NAME = "magentic-one";

    /** Magentic-One's agents that act on the environment (a browser, files, a shell) for the Orchestrator. */
    static final Set<String> ACTING_AGENTS = Set.of("websurfer", "multimodalwebsurfer", "filesurfer", "computerterminal");
    private static final Pattern ORCHESTRATOR_TURN = Pattern.compile("\"role\"\\s*:\\s*\"Orchestrator \\((?:thought|->|termination)");
    private static final Pattern SPEAKER = Pattern.compile("\\A\\s*(.+?)\\s*\\((.*)\\)\\s*\\z", Pattern.DOTALL);
    private static final Pattern EXIT = Pattern.compile("(?i)exit(?:ed with)?(?: unix)? code(?: was)?:?\\s*(-?\\d+)");

    static boolean looksLike(Head head) {
        return ChatTranscriptImporter.transcriptShape(head) && ORCHESTRATOR_TURN.matcher(head.text()).find();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Magentic-One logs: Orchestrator thoughts, ledgers and instructions (\"Orchestrator (-> WebSurfer)\"),"
                + " agent replies, as message lists (JSON or JSONL)";
    }

    @Override
    public FormatCapabilities capabilities() {
        return new FormatCapabilities("the record's id, conversation_id, session_id or thread_id, else the file name"
                + " (with the line for JSONL)",
                List.of("the Orchestrator's plans, ledgers and thoughts as its model outputs",
                        "each instruction as a hand-over from the Orchestrator to the agent it names",
                        "WebSurfer, FileSurfer and ComputerTerminal replies as results of the instruction (a tool"
                                + " call named for the agent); ComputerTerminal failed on a non-zero exit code",
                        "outcome from is_correct / is_corrected / success"),
                List.of("what each model call was actually given: the input is reconstructed as every earlier"
                                + " message", "the browser's or terminal's own actions (only the agent's report of"
                                + " them)", "timing and token usage"));
    }

    @Override
    public boolean recognises(Head head) {
        return looksLike(head);
    }

    @Override
    void conversation(JsonNode record, SourceRef at, String fallbackId, ImportContext context) throws RecordException {
        ConversationReader.Opened opened = ConversationReader.open(record, at, fallbackId, context);
        Log log = new Log(opened.session());
        JsonNode messages = opened.messages();
        for (int i = 0; i < messages.size(); i++) {
            SourceRef where = at.withLocator(opened.listName() + "[" + i + "]");
            try {
                log.turn(messages.get(i), where);
            } catch (RecordException e) {
                context.problem(where, e.getMessage());
            }
        }
    }

    private static boolean acting(String agent) {
        return ACTING_AGENTS.contains(plain(agent));
    }

    /** An agent's name as Magentic-One's classes spell it: lower case, without spaces, dashes or underscores. */
    private static String plain(String agent) {
        return agent.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
    }

    /** Walks one log. */
    private static final class Log {
        private final SessionBuilder session;
        private final List<Integer> thread = new ArrayList<>();
        /**
         * The open instruction to each acting agent, by agent, where it was given. The log records no
         * call ids, so calls and results carry none (they pair by the agent's name, in order).
         */
        private final Map<String, String> pending = new HashMap<>();
        /** The code of the latest message with code blocks, which the terminal runs when asked to. */
        private String lastCode = "";

        Log(SessionBuilder session) {
            this.session = session;
        }

        void turn(JsonNode turn, SourceRef where) throws RecordException {
            if (!turn.isObject()) {
                throw RecordException.expected("a message object", JsonFields.describe(turn));
            }
            String role = JsonFields.requiredText(turn, "role", "").strip();
            String text = ChatMessages.content(turn.get("content"));
            String lower = role.toLowerCase(Locale.ROOT);
            if (lower.equals("human") || lower.equals("user")) {
                message("user", JsonFields.optionalText(turn, "name", ""), text, where);
                return;
            }
            if (lower.equals("system")) {
                message("system", "", text, where);
                return;
            }
            Matcher speaker = SPEAKER.matcher(role);
            String agent = speaker.matches() ? speaker.group(1) : role;
            String qualifier = speaker.matches() ? speaker.group(2).strip() : "";
            String to = qualifier.startsWith("->") ? qualifier.substring(2).strip() : "";
            if (qualifier.isEmpty() && acting(agent) && pending.containsKey(agent)) {
                pending.remove(agent);
                int index = session.nextIndex();
                int message = session.intern(new MessageDraft("tool", agent, text, List.of(), ""), index);
                session.add(new ToolResult(index, where, agent, "", agent, message, failed(agent, text), Map.of()));
                thread.add(message);
                return;
            }
            List<ToolInvocation> calls = new ArrayList<>();
            if (!to.isEmpty() && acting(to)) {
                ObjectNode arguments = TraceJson.mapper().createObjectNode().put("instruction", text);
                if (!lastCode.isEmpty() && plain(to).equals("computerterminal")) {
                    // The terminal runs the code blocks of the latest message that has them.
                    arguments.put("code", lastCode);
                }
                calls.add(new ToolInvocation("", to, arguments));
            }
            List<String[]> blocks = Ag2GroupChatImporter.codeBlocks(text);
            if (!blocks.isEmpty()) {
                lastCode = String.join("\n", blocks.stream().map(b -> b[1]).toList());
            }
            int index = session.nextIndex();
            int out = session.intern(new MessageDraft("assistant", agent, text, calls, ""), index);
            session.add(new ModelCall(index, where, agent, "", thread, true, OptionalInt.of(out), "",
                    Map.of("context", TextNode.valueOf(ConversationReader.RECONSTRUCTED),
                            "magentic_one.turn", TextNode.valueOf(qualifier.isEmpty() ? "reply" : qualifier))));
            thread.add(out);
            if (!to.isEmpty()) {
                // The Orchestrator broadcasts every message to every agent: the receiver is given the
                // whole thread, with the instruction last.
                session.add(new Handoff(session.nextIndex(), where, agent, agent, to, TextNode.valueOf(text), thread,
                        Map.of()));
            }
            for (ToolInvocation call : calls) {
                session.add(new ToolCall(session.nextIndex(), where, agent, call.id(), call.name(), call.arguments(),
                        Map.of()));
                pending.put(call.name(), where.locator());
            }
        }

        private void message(String role, String name, String text, SourceRef where) {
            int index = session.nextIndex();
            int id = session.intern(new MessageDraft(role, name, text, List.of(), ""), index);
            session.add(new MessageStep(index, where, name, id, Map.of()));
            thread.add(id);
        }
    }

    /** A terminal reply that reports a failed run: a non-zero exit code or a traceback. */
    static boolean failed(String agent, String text) {
        if (!plain(agent).equals("computerterminal")) {
            return false;
        }
        Matcher exit = EXIT.matcher(text);
        return exit.find() && !exit.group(1).equals("0") || Ag2GroupChatImporter.TRACEBACK.matcher(text).find();
    }
}
