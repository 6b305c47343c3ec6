// Runs the Langfuse JS v5 SDK (OpenTelemetry-based: @langfuse/tracing, @langfuse/otel, @langfuse/openai)
// against a scripted fake OpenAI endpoint (no network, no API key, no Langfuse server).
// The tracer provider, the Langfuse span processor and the fake endpoint are in harness.mjs. One
// OTLP/JSON line per finished trace.
import fs from 'node:fs';
import path from 'node:path';
import { startActiveObservation, propagateAttributes } from '@langfuse/tracing';
import { langfuseHarness, SUPPORT_SYSTEM } from './harness.mjs';

const out = process.argv[2] ?? '../../../analyzers/src/test/resources/fixtures/otel';
fs.mkdirSync(out, { recursive: true });

const { queue, rawClient, openai, flushLine, finish } = langfuseHarness({ created: 1767225600 });

function write(file, lines) {
  fs.writeFileSync(path.join(out, file), lines.join('\n') + '\n');
  console.log('wrote', path.join(out, file), lines.length, 'line(s)');
}

// ---- 1. a plain two-turn conversation: one trace per turn, both in session lf-sess-4410 ----
{
  const lines = [];
  const history = [{ role: 'system', content: SUPPORT_SYSTEM }];
  const turns = [
    { user: 'Hi, can I still change the delivery address of an order?',
      reply: { id: 'chatcmpl-lf-conv-1', content: 'Yes, as long as the order has not shipped. Which order is it?', usage: [41, 16] } },
    { user: 'It is order ORD-77102, it was placed an hour ago.',
      reply: { id: 'chatcmpl-lf-conv-2', content: 'ORD-77102 has not shipped yet, so you can change the address under My orders > Edit delivery.', usage: [74, 24] } },
  ];
  for (const t of turns) {
    history.push({ role: 'user', content: t.user });
    queue.push(t.reply);
    await propagateAttributes({ sessionId: 'lf-sess-4410', userId: 'user-ana', traceName: 'support-chat' }, () =>
      startActiveObservation('handle-chat-turn', async (span) => {
        span.update({ input: { message: t.user } });
        const completion = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: history, temperature: 0.2 });
        const answer = completion.choices[0].message;
        history.push({ role: 'assistant', content: answer.content });
        span.update({ output: { answer: answer.content } });
      }));
    lines.push(await flushLine());
  }
  write('langfuse-v5-conversation.jsonl', lines);
}

// ---- 2. an agent with one tool call: agent -> generation (tool call) -> tool -> generation ----
{
  const tools = [{ type: 'function', function: { name: 'get_order_status', description: 'Look up the shipping status of an order.',
    parameters: { type: 'object', properties: { order_id: { type: 'string' } }, required: ['order_id'] } } }];
  const orderStatus = async ({ order_id }) => ({ order_id, status: 'shipped', carrier: 'DHL', tracking: 'JD014600006281', eta: '2026-12-05' });
  queue.push({ id: 'chatcmpl-lf-tool-1', toolCalls: [{ id: 'call_Xq81ZtPm4', name: 'get_order_status', args: { order_id: 'ORD-88231' } }], usage: [96, 19] });
  queue.push({ id: 'chatcmpl-lf-tool-2', content: 'Your order ORD-88231 has shipped with DHL (tracking JD014600006281) and should arrive on 5 December.', usage: [151, 31] });
  await propagateAttributes({ sessionId: 'lf-sess-5120', userId: 'user-ben', traceName: 'order-agent', tags: ['support', 'orders'],
    metadata: { channel: 'web' } }, () =>
    startActiveObservation('order-agent', async (agent) => {
      const question = 'Where is my order ORD-88231?';
      agent.update({ input: { question } });
      const messages = [{ role: 'system', content: SUPPORT_SYSTEM + ' Use get_order_status for order questions.' },
        { role: 'user', content: question }];
      const first = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages, tools, tool_choice: 'auto' });
      const assistant = first.choices[0].message;
      messages.push(assistant);
      for (const call of assistant.tool_calls) {
        const args = JSON.parse(call.function.arguments);
        const result = await startActiveObservation(call.function.name, async (tool) => {
          tool.update({ input: args, metadata: { tool_call_id: call.id } });
          const r = await orderStatus(args);
          tool.update({ output: r });
          return r;
        }, { asType: 'tool' });
        messages.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(result) });
      }
      const second = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages, tools });
      agent.update({ output: { answer: second.choices[0].message.content } });
    }, { asType: 'agent' }));
  write('langfuse-v5-tool-call.jsonl', [await flushLine()]);
}

// ---- 3. two users, two sessions, one generation each ----
{
  const lines = [];
  // user-ana: the observeOpenAI wrapper makes the generation.
  queue.push({ id: 'chatcmpl-lf-two-a', content: 'Returns are free within 30 days; start one under My orders > Return.', usage: [38, 17] });
  await propagateAttributes({ sessionId: 'lf-sess-a', userId: 'user-ana', traceName: 'support-chat' }, () =>
    openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'system', content: SUPPORT_SYSTEM },
      { role: 'user', content: 'How do I return a jacket?' }] }));
  lines.push(await flushLine());
  // user-carl: a hand-written generation observation around the unwrapped client (how an app records a
  // model call the wrapper does not cover).
  queue.push({ id: 'chatcmpl-lf-two-b', content: 'We ship to Austria, Germany and Switzerland; delivery takes 2-4 working days.', usage: [36, 19] });
  await propagateAttributes({ sessionId: 'lf-sess-b', userId: 'user-carl', traceName: 'support-chat' }, () =>
    startActiveObservation('answer-question', async (gen) => {
      const messages = [{ role: 'system', content: SUPPORT_SYSTEM }, { role: 'user', content: 'Do you ship to Switzerland?' }];
      gen.update({ model: 'gpt-4o-mini', modelParameters: { temperature: 0 }, input: messages });
      const res = await rawClient.chat.completions.create({ model: 'gpt-4o-mini', messages, temperature: 0 });
      gen.update({ output: res.choices[0].message,
        usageDetails: { input: res.usage.prompt_tokens, output: res.usage.completion_tokens, total: res.usage.total_tokens } });
    }, { asType: 'generation' }));
  lines.push(await flushLine());
  write('langfuse-v5-two-users.jsonl', lines);
}

await finish();
