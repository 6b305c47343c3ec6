// Shared harness for the OpenAI Agents SDK bench incidents.
//
// - A file trace processor that writes what a custom trace processor would: one JSON object per
//   line, JSON.stringify(span.toJSON()) when a span ends and JSON.stringify(trace.toJSON()) when a
//   trace ends.
// - A scripted fake Chat Completions endpoint behind the SDK's own OpenAIChatCompletionsModel, so
//   generation spans carry the exact chat messages sent and returned. No network, no API key.
//
// Incident scripts import everything from here (the SDK resolves from this folder's node_modules).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import OpenAI from 'openai';
import { setTraceProcessors, setTracingDisabled } from '@openai/agents';
import { OpenAIChatCompletionsModel } from '@openai/agents-openai';

export { z } from 'zod';
export {
  Agent, Runner, tool, handoff, withTrace, run, user, assistant, system,
} from '@openai/agents';
export { removeAllTools } from '@openai/agents-core/extensions';

class JsonlProcessor {
  constructor() { this.lines = []; }
  async onTraceStart() {}
  async onTraceEnd(trace) { const j = trace.toJSON(); if (j) this.lines.push(JSON.stringify(j)); }
  async onSpanStart() {}
  async onSpanEnd(span) { const j = span.toJSON(); if (j) this.lines.push(JSON.stringify(j)); }
  async shutdown() {}
  async forceFlush() {}
}

const processor = new JsonlProcessor();
setTracingDisabled(false);
setTraceProcessors([processor]);

/** Writes every span and trace recorded so far to `dir/file` (one JSON object per line). */
export function writeTrace(dir, file) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), processor.lines.join('\n') + '\n');
  processor.lines = [];
}

/** Deterministic OpenAI-looking ids derived from a seed, so reruns produce the same call ids. */
export function idMaker(seed) {
  let n = 0;
  return (prefix = 'call_', len = 24) => {
    const h = crypto.createHash('sha256').update(seed + ':' + (n++)).digest('base64url').replace(/[-_]/g, 'x');
    return prefix + h.slice(0, len);
  };
}

/**
 * A fake Chat Completions endpoint answering from a script, one reply per request.
 * A reply is { content } or { tool_calls: [{ name, args, id? }], content? }, or a function of the
 * request body returning one.
 */
export function scriptedModel(replies, { seed = 'x', model = 'gpt-4o', served = 'gpt-4o-2024-08-06', created = 1767225600 } = {}) {
  const ids = idMaker(seed);
  let n = 0;
  const fetch = async (url, init) => {
    const reqBody = JSON.parse(init.body);
    let reply = replies[n++];
    if (typeof reply === 'function') reply = reply(reqBody);
    if (!reply) throw new Error('script exhausted at request ' + n);
    const message = { role: 'assistant', content: reply.content ?? null };
    if (reply.tool_calls) {
      message.tool_calls = reply.tool_calls.map((c) => ({
        id: c.id ?? ids('call_'), type: 'function',
        function: { name: c.name, arguments: typeof c.args === 'string' ? c.args : JSON.stringify(c.args ?? {}) } }));
    }
    const prompt = JSON.stringify(reqBody.messages ?? []).length >> 2;
    const completion = JSON.stringify(message).length >> 2;
    const body = {
      id: ids('chatcmpl-', 29), object: 'chat.completion', created: created + n * 3, model: served,
      choices: [{ index: 0, message, finish_reason: reply.tool_calls ? 'tool_calls' : 'stop' }],
      usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
    };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const client = new OpenAI({ apiKey: 'sk-offline-not-a-key', baseURL: 'http://model.invalid/v1', fetch, maxRetries: 0 });
  return new OpenAIChatCompletionsModel(client, model);
}
