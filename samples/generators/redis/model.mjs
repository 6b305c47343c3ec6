// A scripted chat model: answers from a fixed script instead of calling a provider, so the
// fixtures are produced offline. Each script entry is the fields of the AIMessage to return
// (content, tool_calls), or a function of the prompt messages returning those fields.
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
