// Writes the sample incident samples/langfuse-v5-tool-error-carried-forward/trace.jsonl with the real
// Langfuse JS v5 SDK, with the setup generate.mjs uses (harness.mjs): LangfuseSpanProcessor (immediate
// mode, InMemorySpanExporter) as the only span processor, observeOpenAI over an OpenAI client whose fetch
// returns scripted chat.completion bodies, OTLP/JSON lines from @opentelemetry/otlp-transformer.
//
// The story: a support agent is asked to cancel order ORD-55120 if it has not shipped. The model calls
// get_order_status; the order service answers 503, so the tool observation ends with level ERROR and
// the error text as its output. That text goes back to the model as the tool message, and the model
// tells the user the order could not be found — a failed lookup turned into a negative fact, no retry.
import fs from 'node:fs';
import path from 'node:path';
import { startActiveObservation, propagateAttributes } from '@langfuse/tracing';
import { langfuseHarness, SUPPORT_SYSTEM } from './harness.mjs';

const out = process.argv[2] ?? '../../langfuse-v5-tool-error-carried-forward';
fs.mkdirSync(out, { recursive: true });

const { queue, openai, flushLine, finish } = langfuseHarness({ created: 1767312000 });

// ---- the incident: agent -> generation (tool call) -> tool (ERROR) -> generation ("could not be found") ----
const tools = [
  { type: 'function', function: { name: 'get_order_status', description: 'Look up the shipping status of an order.',
    parameters: { type: 'object', properties: { order_id: { type: 'string' } }, required: ['order_id'] } } },
  { type: 'function', function: { name: 'cancel_order', description: 'Cancel an order that has not shipped yet.',
    parameters: { type: 'object', properties: { order_id: { type: 'string' } }, required: ['order_id'] } } },
];
// The order service is down: every lookup fails with an upstream 503.
const SERVICE_ERROR = 'Error: order-service responded 503 Service Unavailable (upstream timeout)';
const orderStatus = async () => { throw new Error(SERVICE_ERROR.replace(/^Error: /, '')); };

queue.push({ id: 'chatcmpl-lf-inc-1', toolCalls: [{ id: 'call_Rk27VwQn8', name: 'get_order_status', args: { order_id: 'ORD-55120' } }], usage: [131, 19] });
queue.push({ id: 'chatcmpl-lf-inc-2', content: 'Order ORD-55120 could not be found in our system, so there is nothing to cancel.', usage: [178, 20] });

await propagateAttributes({ sessionId: 'lf-inc-7731', userId: 'cust-2209', traceName: 'order-agent', tags: ['support', 'orders'],
  metadata: { channel: 'web' } }, () =>
  startActiveObservation('order-agent', async (agent) => {
    const question = 'Please cancel my order ORD-55120 if it has not shipped yet';
    agent.update({ input: { question } });
    const messages = [{ role: 'system', content: SUPPORT_SYSTEM + ' Use get_order_status before cancelling, and cancel_order only for unshipped orders.' },
      { role: 'user', content: question }];
    const first = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages, tools, tool_choice: 'auto' });
    const assistant = first.choices[0].message;
    messages.push(assistant);
    for (const call of assistant.tool_calls) {
      const args = JSON.parse(call.function.arguments);
      // The tool wrapper catches the failure, records it on the tool observation (level ERROR and a
      // status message) and hands the error text back to the model as the tool result.
      const result = await startActiveObservation(call.function.name, async (tool) => {
        tool.update({ input: args, metadata: { tool_call_id: call.id } });
        try {
          const r = JSON.stringify(await orderStatus(args));
          tool.update({ output: r });
          return r;
        } catch (e) {
          const text = 'Error: ' + e.message;
          tool.update({ level: 'ERROR', statusMessage: text, output: text });
          return text;
        }
      }, { asType: 'tool' });
      messages.push({ role: 'tool', tool_call_id: call.id, content: result });
    }
    const second = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages, tools });
    agent.update({ output: { answer: second.choices[0].message.content } });
  }, { asType: 'agent' }));

const file = path.join(out, 'trace.jsonl');
fs.writeFileSync(file, (await flushLine()) + '\n');
console.log('wrote', file, '1 line(s)');

await finish();
