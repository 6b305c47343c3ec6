// Writes OpenAI Agents SDK traces as a file trace processor would: one JSON object per line,
// JSON.stringify(span.toJSON()) when a span ends and JSON.stringify(trace.toJSON()) when a trace
// ends. The model is the SDK's own OpenAIChatCompletionsModel (so generation spans carry the exact
// chat messages sent), talking to a scripted fake fetch: no network, no API key.
import fs from 'node:fs';
import path from 'node:path';
import OpenAI from 'openai';
import { z } from 'zod';
import { Agent, Runner, tool, setTraceProcessors, setTracingDisabled, withTrace } from '@openai/agents';
import { OpenAIChatCompletionsModel } from '@openai/agents-openai';

const out = process.argv[2] ?? '../../../analyzers/src/test/resources/fixtures/openai-agents';
fs.mkdirSync(out, { recursive: true });

class JsonlProcessor {
  constructor() { this.lines = []; }
  async onTraceStart() {}
  async onTraceEnd(trace) { const j = trace.toJSON(); if (j) this.lines.push(JSON.stringify(j)); }
  async onSpanStart() {}
  async onSpanEnd(span) { const j = span.toJSON(); if (j) this.lines.push(JSON.stringify(j)); }
  async shutdown() {}
  async forceFlush() {}
  drain(file) { fs.writeFileSync(path.join(out, file), this.lines.join('\n') + '\n'); this.lines = []; }
}
const processor = new JsonlProcessor();
setTracingDisabled(false);
setTraceProcessors([processor]);

// A fake Chat Completions endpoint answering from a script, one reply per request.
function scriptedClient(replies) {
  let n = 0;
  const fetch = async (url, init) => {
    const reply = replies[n++];
    if (!reply) throw new Error('script exhausted at request ' + n);
    const message = { role: 'assistant', content: reply.content ?? null };
    if (reply.tool_calls) {
      message.tool_calls = reply.tool_calls.map((c, i) => ({
        id: c.id, type: 'function', function: { name: c.name, arguments: JSON.stringify(c.args) } }));
    }
    const body = {
      id: 'chatcmpl-fixture-' + n, object: 'chat.completion', created: 1767225600 + n, model: 'gpt-4o-2024-08-06',
      choices: [{ index: 0, message, finish_reason: reply.tool_calls ? 'tool_calls' : 'stop' }],
      usage: { prompt_tokens: 100 + n, completion_tokens: 10 + n, total_tokens: 110 + 2 * n },
    };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return new OpenAI({ apiKey: 'sk-fixture-not-a-key', baseURL: 'http://fixture.invalid/v1', fetch, maxRetries: 0 });
}

function model(replies) { return new OpenAIChatCompletionsModel(scriptedClient(replies), 'gpt-4o'); }

// 1. Triage hands a billing question to Billing, which calls a tool and answers.
async function supportHandoff() {
  const lookupInvoice = tool({
    name: 'lookup_invoice', description: 'Find an invoice by number.',
    parameters: z.object({ invoice: z.string() }),
    execute: async ({ invoice }) => JSON.stringify({ invoice, total: '182.40 EUR', status: 'paid' }),
  });
  const m = model([
    { tool_calls: [{ id: 'call_h1', name: 'transfer_to_Billing', args: {} }] },
    { tool_calls: [{ id: 'call_l1', name: 'lookup_invoice', args: { invoice: 'INV-2291' } }] },
    { content: 'Invoice INV-2291 was paid in full: 182.40 EUR.' },
  ]);
  const billing = new Agent({ name: 'Billing', instructions: 'You answer invoice questions.', model: m, tools: [lookupInvoice] });
  const triage = new Agent({ name: 'Triage', instructions: 'Route the customer to the right agent.', model: m, handoffs: [billing] });
  const runner = new Runner({ groupId: 'chat-7f3a', workflowName: 'Support', traceMetadata: { user: 'u-42' } });
  await runner.run(triage, 'Was invoice INV-2291 paid?');
}

// 2. A tool fails, the agent restates the failure as a fact (the OpenAI Agents sample incident).
async function toolErrorRestated() {
  const getOrder = tool({
    name: 'get_order', description: 'Look up an order.',
    parameters: z.object({ order_id: z.string() }),
    execute: async () => 'Error: OrderServiceError: upstream timeout after 30s (order service unavailable)',
  });
  const m = model([
    { tool_calls: [{ id: 'call_o1', name: 'get_order', args: { order_id: '58213' } }] },
    { content: 'Order 58213 could not be found: upstream timeout after 30s (order service unavailable). It was probably never placed, so I cannot issue a refund.' },
  ]);
  const agent = new Agent({ name: 'Refunds', instructions: 'You handle refund requests. Always look the order up first.', model: m, tools: [getOrder] });
  const runner = new Runner({ groupId: 'thread-9c2e71', workflowName: 'Refund desk', traceMetadata: { user: 'cust-3307' } });
  await runner.run(agent, 'I want a refund for order 58213, it never arrived.');
}

// 3. No group id: the session can only be rebuilt from the trace id.
async function noGroupId() {
  const m = model([{ content: 'Our opening hours are 9:00 to 17:00, Monday to Friday.' }]);
  const agent = new Agent({ name: 'FAQ', instructions: 'Answer questions about the shop.', model: m });
  await new Runner({ workflowName: 'FAQ' }).run(agent, 'When are you open?');
}

await supportHandoff();
processor.drain('support-handoff.jsonl');
await toolErrorRestated();
processor.drain('tool-error-restated.jsonl');
await noGroupId();
processor.drain('no-group-id.jsonl');
