// Telecom support desk (Dutch). The chat server keeps one message buffer per support-desk seat
// ("balie-07") instead of per customer: the second customer's conversation is sent to the model with
// the first customer's turns in front of it, and the replacement router is couriered to the first
// customer's address. Real `ai` v7 + @ai-sdk/otel, scripted model, offline.
import {
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir,
  generateText, tool, stepCountIs, z, OpenTelemetry,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('modem-fe0');
const { flush } = setupTracing({ serviceName: 'klantenservice-chat', resource: { 'service.instance.id': 'balie-07' }, seed: 'modem-fe0' });

const tools = {
  lijn_diagnose: tool({
    description: 'Voert een lijndiagnose uit op een klantaansluiting.',
    inputSchema: z.object({ klantnummer: z.string() }),
    execute: async ({ klantnummer }) => klantnummer === 'KN-4410-2298'
      ? { klantnummer, sync: false, apparaat: 'FRITZ!Box 7590', status: 'modem reageert niet', advies: 'vervangen' }
      : { klantnummer, sync: true, apparaat: 'Experia Box v10', status: 'wifi-module defect (LED rood)', advies: 'vervangen' },
  }),
  plan_koerier: tool({
    description: 'Plant een koerier om een vervangend apparaat te bezorgen.',
    inputSchema: z.object({ klantnummer: z.string(), apparaat: z.string(), straat: z.string(), postcode: z.string(), plaats: z.string(), datum: z.string() }),
    execute: async (a) => ({ zending: `ZND-${a.postcode.replace(' ', '')}-${a.klantnummer.slice(-4)}`, bezorgdatum: a.datum, status: 'ingepland' }),
  }),
};
const system = 'Je bent de chatassistent van de klantenservice. Help klanten met storingen en vervangende apparatuur.';
const c = () => ids('call_', 24);
const telemetry = { functionId: 'storing-chat', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new OpenTelemetry({ runtimeContext: true })] };

// The seat buffer, shared across customers served from this seat.
const buffer = [];

async function turn({ sessionId, userId, text, replies }) {
  buffer.push({ role: 'user', content: text });
  const res = await generateText({
    model: scriptedModel({ provider: 'openai.chat', modelId: 'gpt-4o-mini', ids, replies }),
    system, messages: [...buffer], tools, stopWhen: stepCountIs(5),
    runtimeContext: { sessionId, userId }, telemetry,
  });
  buffer.push(...res.response.messages);
}

await turn({
  sessionId: 'chat-20261204-0913-a61f', userId: 'KN-4410-2298',
  text: 'Goedemorgen, mijn modem doet helemaal niets meer sinds vannacht. Klantnummer KN-4410-2298. Kunnen jullie een nieuwe sturen naar Burgemeester Reigerstraat 61, 3581 KP Utrecht?',
  replies: [
    { calls: [[c(), 'lijn_diagnose', { klantnummer: 'KN-4410-2298' }]] },
    { calls: [[c(), 'plan_koerier', { klantnummer: 'KN-4410-2298', apparaat: 'FRITZ!Box 7590', straat: 'Burgemeester Reigerstraat 61', postcode: '3581 KP', plaats: 'Utrecht', datum: '2026-12-05' }]] },
    'Uw modem reageert inderdaad niet. Er komt morgen (5 december) een nieuwe FRITZ!Box 7590 naar Burgemeester Reigerstraat 61, 3581 KP Utrecht.',
  ],
});

await turn({
  sessionId: 'chat-20261204-0927-c03b', userId: 'KN-7720-0135',
  text: 'Hoi, bij mij brandt het lampje van de router rood en heb ik geen wifi. Klantnummer KN-7720-0135. Graag een vervangende router naar mijn adres.',
  replies: [
    { calls: [[c(), 'lijn_diagnose', { klantnummer: 'KN-7720-0135' }]] },
    { calls: [[c(), 'plan_koerier', { klantnummer: 'KN-7720-0135', apparaat: 'Experia Box v10', straat: 'Burgemeester Reigerstraat 61', postcode: '3581 KP', plaats: 'Utrecht', datum: '2026-12-05' }]] },
    'De wifi-module van uw Experia Box is defect. Ik heb een vervangende router ingepland; de koerier bezorgt hem morgen op Burgemeester Reigerstraat 61 in Utrecht.',
  ],
});

writeJsonl(dir, 'spans.jsonl', [await flush()]);
