package dev.coroner.ingest.ag2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.trace.SourceRef;
import java.util.Map;

/**
 * One entry of AG2's runtime log, the same whichever logger wrote it (a row of the SQLite file or
 * a line of the file logger), in the order of its timestamp.
 */
sealed interface RuntimeRecord {

    SourceRef at();

    /** The time the logger wrote the entry ({@code %Y-%m-%d %H:%M:%S.%f}, UTC without a zone), for ordering. */
    String timestamp();

    /** The agent the entry names as its source ({@code source_name}), or empty. */
    String agent();

    /**
     * One model call ({@code log_chat_completion}).
     *
     * @param request    the create parameters as sent: messages, model, tools…
     * @param response   the ChatCompletion as a JSON tree, or a missing node when the call failed
     * @param error      the text the logger wrote instead of a ChatCompletion (an API error), or empty
     * @param attributes logged fields kept verbatim: ids, cost, cache flag, start and end time
     */
    record Completion(SourceRef at, String timestamp, String agent, JsonNode request, JsonNode response,
                      String error, Map<String, JsonNode> attributes) implements RuntimeRecord {
        public Completion {
            attributes = Map.copyOf(attributes);
        }
    }

    /**
     * A registered function executed by an agent ({@code log_function_use}).
     *
     * @param function the function's name, or empty when the logger did not write it (file logger)
     * @param args     the keyword arguments it was called with
     * @param returns  what it returned, as the logger serialised it
     */
    record FunctionUse(SourceRef at, String timestamp, String agent, String function, JsonNode args,
                       JsonNode returns) implements RuntimeRecord {
    }

    /**
     * An event an agent logged ({@code log_event}): {@code received_message}, {@code reply_func_executed}…
     *
     * @param name  the event name
     * @param state the event's keyword arguments ({@code json_state})
     */
    record Event(SourceRef at, String timestamp, String agent, String name, JsonNode state) implements RuntimeRecord {
    }
}
