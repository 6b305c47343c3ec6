// Shared harness for the LangGraph.js SQLite-checkpointer incidents (bench/incidents/*/lgsqlite-*).
//
// Everything an incident's generate.mjs needs is re-exported from here, so the incident folders
// need no node_modules of their own: they import this file by relative path and this file resolves
// the real packages from harness/lgsqlite/node_modules (install with `npm ci` here).
//
// The chat model is scripted (no network, no keys). Each script entry is the fields of the
// AIMessage to return, or a function of the prompt the node built (so an answer can depend on what
// the node actually put into the prompt). Like the OpenAI chat API, the model rejects a prompt in
// which an assistant tool call is not answered by a tool message before the next message.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { AIMessage, HumanMessage } from "@langchain/core/messages";
import { SqliteSaver } from "@langchain/langgraph-checkpoint-sqlite";

export { Annotation, Command, END, MessagesAnnotation, START, StateGraph, interrupt, messagesStateReducer }
  from "@langchain/langgraph";
export { ToolNode, toolsCondition } from "@langchain/langgraph/prebuilt";
export { AIMessage, HumanMessage, RemoveMessage, SystemMessage, ToolMessage } from "@langchain/core/messages";
export { tool } from "@langchain/core/tools";
export { z } from "zod";
export { SqliteSaver };

export class ScriptedChatModel extends BaseChatModel {
  constructor(name, script, modelName = "scripted-chat-1") {
    super({});
    this.scriptName = name;
    this.script = [...script];
    this.modelName = modelName;
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
    const toolCalls = (fields.tool_calls ?? []).map((c) => ({ type: "tool_call", ...c }));
    const message = new AIMessage({
      content: fields.content ?? "",
      tool_calls: toolCalls,
      response_metadata: {
        model_name: this.modelName,
        finish_reason: toolCalls.length > 0 ? "tool_calls" : "stop",
      },
    });
    return { generations: [{ text: message.content, message }] };
  }
}

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
        "400 An assistant message with 'tool_calls' must be followed by tool messages responding to "
          + `each 'tool_call_id'. The following tool_call_ids did not have response messages: ${open.join(", ")}`,
      );
    }
    if (type === "ai") {
      open = (message.tool_calls ?? []).map((c) => c.id);
    }
  }
}

/** The text of the last message of a type in a prompt. */
export function lastText(messages, type) {
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i].getType() === type) {
      const c = messages[i].content;
      return typeof c === "string" ? c : JSON.stringify(c);
    }
  }
  return "";
}

/** All text of a prompt, for scripted answers that depend on what the model was shown. */
export function promptText(messages) {
  return messages.map((m) => (typeof m.content === "string" ? m.content : JSON.stringify(m.content))).join("\n");
}

export function call(id, name, args) {
  return { id, name, args, type: "tool_call" };
}

export function human(text, fields = {}) {
  return new HumanMessage({ content: text, ...fields });
}

export function threadConfig(thread, extra = {}) {
  return { configurable: { thread_id: thread, ...extra } };
}

/**
 * Runs `scenario(saver)` against a fresh checkpoints.sqlite in the folder of the calling
 * generate.mjs, then folds the WAL into the file and leaves one self-contained rollback-journal
 * database, the way a service's nightly backup would copy it.
 */
export async function writeIncident(importMetaUrl, scenario, fileName = "checkpoints.sqlite") {
  const dir = path.dirname(fileURLToPath(importMetaUrl));
  const file = path.join(dir, fileName);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) {
    fs.rmSync(file + suffix, { force: true });
  }
  const saver = SqliteSaver.fromConnString(file);
  await scenario(saver);
  saver.db.pragma("wal_checkpoint(TRUNCATE)");
  saver.db.pragma("journal_mode=DELETE");
  saver.db.close();
  console.log(`wrote ${path.relative(process.cwd(), file) || file}`);
}
