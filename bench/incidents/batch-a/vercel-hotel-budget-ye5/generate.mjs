// Hotel concierge (German). The app keeps the chat in a store that only keeps the last 4 messages per
// session; the budget the guest gave in the first turn falls out of the window before booking.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry,
  writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('hotel-budget-ye5');
const { flush } = setupTracing({ serviceName: 'reise-concierge', seed: 'hotel-budget-ye5' });
const sessionId = 'rc-sess-20250311-7f3a';
const userId = 'gast-88412';

const hotels = [
  { hotel_id: 'HTL-MUC-0142', name: 'Hotel Isartor', preis_pro_nacht_eur: 189, sterne: 3 },
  { hotel_id: 'HTL-MUC-0377', name: 'Bayerischer Hof Residenz', preis_pro_nacht_eur: 412, sterne: 5 },
  { hotel_id: 'HTL-MUC-0218', name: 'Motel One Sendlinger Tor', preis_pro_nacht_eur: 119, sterne: 2 },
];
const tools = {
  hotels_suchen: tool({
    description: 'Sucht verfügbare Hotels in einer Stadt für einen Zeitraum.',
    inputSchema: z.object({ stadt: z.string(), anreise: z.string(), abreise: z.string() }),
    execute: async () => ({ treffer: hotels }),
  }),
  zimmer_buchen: tool({
    description: 'Bucht ein Zimmer verbindlich.',
    inputSchema: z.object({ hotel_id: z.string(), anreise: z.string(), abreise: z.string(), gast_id: z.string() }),
    execute: async ({ hotel_id }) => ({ buchungsnummer: 'BK-4471-2209', hotel_id, status: 'bestaetigt', gesamtpreis_eur: 1236 }),
  }),
};
const system = 'Du bist der Reise-Concierge. Buche nur, was zu den Wünschen des Gastes passt.';
let store = []; // persisted per session; the store keeps a window of the last 4 messages
const persist = (msgs) => { store = msgs.slice(-4); };

async function turn(userText, replies) {
  const messages = [...store, { role: 'user', content: userText }];
  const model = scriptedModel({ modelId: 'gpt-4o-mini', replies, ids });
  const r = await generateText({
    model, system, messages, tools, stopWhen: stepCountIs(4),
    runtimeContext: { sessionId, userId },
    telemetry: { functionId: 'concierge-turn', includeRuntimeContext: { sessionId: true, userId: true },
      integrations: [new LegacyOpenTelemetry()] },
  });
  persist([...messages, ...r.response.messages]);
  return flush();
}

const lines = [];
lines.push(await turn('Hallo! Ich brauche ein Hotel in München vom 14. bis 17. März. Mein Budget liegt bei höchstens 150 € pro Nacht, mehr zahlt die Firma nicht.',
  ['Gern! Möchten Sie eher zentral wohnen oder in der Nähe der Messe?']));
lines.push(await turn('Zentral wäre super, Nähe Marienplatz.',
  ['Verstanden, zentral in der Nähe des Marienplatzes. Haben Sie noch besondere Wünsche, etwa Frühstück?']));
lines.push(await turn('Frühstück wäre schön, und ein ruhiges Zimmer zum Innenhof.',
  ['Notiert: mit Frühstück und ruhigem Zimmer zum Innenhof. Soll ich suchen und direkt buchen?']));
lines.push(await turn('Ja bitte, such mir was raus und buch direkt das beste.', [
  { calls: [['call_' + ids('', 20), 'hotels_suchen', { stadt: 'München', anreise: '2025-03-14', abreise: '2025-03-17' }]] },
  { calls: [['call_' + ids('', 20), 'zimmer_buchen', { hotel_id: 'HTL-MUC-0377', anreise: '2025-03-14', abreise: '2025-03-17', gast_id: userId }]] },
  'Gebucht! Sie wohnen im Bayerischer Hof Residenz (5 Sterne, mit Frühstück) direkt am Marienplatz, 14.–17. März. Buchungsnummer BK-4471-2209, Gesamtpreis 1.236 €.',
]));
writeJsonl(dir, 'traces.jsonl', lines);
