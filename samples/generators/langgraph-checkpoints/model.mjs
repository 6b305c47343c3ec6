// A scripted chat model: answers from a fixed script instead of calling a provider, so the
// fixtures are produced offline and the same way every time. Each script entry is either the
// fields of the AIMessage to return, or a function of the messages the model was given (so an
// answer can depend on what the node actually put in the prompt, e.g. the constraints it read
// from state). Like the OpenAI chat API, it rejects a prompt in which an assistant tool call is
// not answered by a tool message before the next message, so a wedged thread fails the way it
// would in production.
import { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { AIMessage } from "@langchain/core/messages";

export class ScriptedChatModel extends BaseChatModel {
  constructor(name, script) {
    super({});
    this.scriptName = name;
    this.script = [...script];
  }

  _llmType() {
    return "scripted";
  }

  async _generate(messages) {
    rejectUnansweredToolCalls(messages);
    const next = this.script.shift();
    if (next === undefined) {
      throw new Error(`scripted model ${this.scriptName}: no answer left in the script`);
    }
    const fields = typeof next === "function" ? next(messages) : next;
    const toolCalls = fields.tool_calls ?? [];
    const message = new AIMessage({
      content: fields.content ?? "",
      tool_calls: toolCalls,
      response_metadata: {
        model_name: "scripted-chat-1",
        finish_reason: toolCalls.length > 0 ? "tool_calls" : "stop",
      },
    });
    return { generations: [{ text: message.content, message }] };
  }
}

/** Throws the provider's 400 when a tool call is followed by anything but its tool result. */
function rejectUnansweredToolCalls(messages) {
  let open = [];
  for (const message of messages) {
    const type = message.getType();
    if (type === "tool") {
      open = open.filter((id) => id !== message.tool_call_id);
      continue;
    }
    if (open.length > 0) {
      throw new Error(
        "400 An assistant message with 'tool_calls' must be followed by tool messages responding to " +
          `each 'tool_call_id'. The following tool_call_ids did not have response messages: ${open.join(", ")}`,
      );
    }
    if (type === "ai") {
      open = (message.tool_calls ?? []).map((call) => call.id);
    }
  }
}

/** The text of the last message of a type in a prompt. */
export function lastText(messages, type) {
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i].getType() === type) {
      return typeof messages[i].content === "string" ? messages[i].content : JSON.stringify(messages[i].content);
    }
  }
  return "";
}
