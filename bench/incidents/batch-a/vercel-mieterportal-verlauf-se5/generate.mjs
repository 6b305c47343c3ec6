// Mieterportal der Hausverwaltung: Chat-Assistent (Vercel AI SDK v7, LegacyOpenTelemetry, ai.* Attribute).
// Zwei Mieter desselben Hauses (Objekt LIN14) chatten nacheinander. Der Gesprächsverlauf wird aus dem
// Verlaufsspeicher der App geladen; der Schlüssel ist `verlauf:${objekt}`.
// Rerun from the checkout root: node bench/incidents/batch-a/vercel-mieterportal-verlauf-se5/generate.mjs
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const { flush } = setupTracing({
  serviceName: 'mieterportal-assistent',
  resource: { 'service.version': '3.8.1', 'deployment.environment.name': 'prod', 'service.namespace': 'hv-nord' },
  seed: 'vercel-mieterportal-verlauf-se5',
});
const ids = makeIds('vercel-mieterportal-verlauf-se5');

const SYSTEM = 'Du bist der Assistent im Mieterportal der Hausverwaltung Nordhaus GmbH. Antworte freundlich und knapp auf Deutsch. '
  + 'Schadensmeldungen legst du mit stoerung_melden an, Handwerkertermine buchst du mit handwerkertermin_buchen. '
  + 'Ergänzungen zu einer bestehenden Meldung trägst du mit stoerung_ergaenzen ein.';

// ---- Backend (In-Memory-Stubs der Verwaltungssoftware) ----
const mieter = {
  '20417': { mieternummer: '20417', name: 'Aylin Kaya', objekt: 'LIN14', lage: '3. OG links', einheit: 'LIN14-WE09' },
  '20433': { mieternummer: '20433', name: 'Jens Brandt', objekt: 'LIN14', lage: 'EG rechts', einheit: 'LIN14-WE02' },
};
const tickets = {};
const tools = {
  mieterkonto_lesen: tool({
    description: 'Stammdaten eines Mieters aus der Verwaltungssoftware lesen.',
    inputSchema: z.object({ mieternummer: z.string() }),
    execute: async ({ mieternummer }) => mieter[mieternummer] ?? { fehler: 'unbekannte Mieternummer' },
  }),
  stoerung_melden: tool({
    description: 'Neue Störungsmeldung für eine Wohneinheit anlegen.',
    inputSchema: z.object({ einheit: z.string(), kategorie: z.enum(['heizung', 'sanitaer', 'elektro', 'sonstiges']), beschreibung: z.string() }),
    execute: async ({ einheit, kategorie, beschreibung }) => {
      const t = { ticket: 'ST-24-08812', einheit, kategorie, status: 'offen', angelegt: '2024-11-05T09:14:22+01:00' };
      tickets[t.ticket] = { ...t, beschreibung, notizen: [] };
      return t;
    },
  }),
  handwerkertermin_buchen: tool({
    description: 'Handwerkertermin zu einer Störungsmeldung buchen.',
    inputSchema: z.object({ ticket: z.string(), zeitfenster: z.string(), rueckrufnummer: z.string() }),
    execute: async ({ ticket, zeitfenster, rueckrufnummer }) => ({
      ticket, bestaetigt: true, firma: 'Wärmetechnik Obermaier', zeitfenster, rueckrufnummer,
    }),
  }),
  stoerung_ergaenzen: tool({
    description: 'Notiz zu einer bestehenden Störungsmeldung hinzufügen.',
    inputSchema: z.object({ ticket: z.string(), notiz: z.string() }),
    execute: async ({ ticket, notiz }) => {
      tickets[ticket]?.notizen.push(notiz);
      return { ticket, notizen: tickets[ticket]?.notizen.length ?? 0, status: tickets[ticket]?.status ?? 'unbekannt' };
    },
  }),
};

// Verlaufsspeicher der App
const store = new Map();
const verlaufKey = (objekt) => `verlauf:${objekt}`;

async function turn({ sessionId, userId, objekt, text, replies }) {
  const key = verlaufKey(objekt);
  const history = store.get(key) ?? [];
  const messages = [...history, { role: 'user', content: text }];
  const model = scriptedModel({ provider: 'anthropic.messages', modelId: 'claude-3-5-haiku-20241022', responsePrefix: 'msg_01', ids, replies });
  const res = await generateText({
    model,
    system: SYSTEM,
    messages,
    tools,
    stopWhen: stepCountIs(6),
    runtimeContext: { sessionId, userId, objekt },
    telemetry: {
      functionId: 'mieterportal-chat',
      includeRuntimeContext: { sessionId: true, userId: true, objekt: true },
      integrations: [new LegacyOpenTelemetry()],
    },
  });
  store.set(key, [...messages, ...res.response.messages]);
  return flush();
}

const lines = [];

// Frau Kaya, 3. OG links
lines.push(await turn({
  sessionId: '6b1d0c4e-93a7-4f52-b8e1-2c7a55f0d913',
  userId: 'mieter-20417',
  objekt: 'LIN14',
  text: 'Guten Morgen, bei mir ist seit gestern Abend die Heizung komplett kalt, alle Heizkörper. Mieternummer 20417. '
    + 'Ich bin am Donnerstag vormittags zu Hause, bitte vorher kurz anrufen: 0171 5523901.',
  replies: [
    { calls: [['toolu_01Hk7PqR2vW9xYc3Lm4Ns8Tb', 'mieterkonto_lesen', { mieternummer: '20417' }]] },
    { calls: [['toolu_01Jd2FgS8uK1oZe6Qa9Vw3Rx', 'stoerung_melden', { einheit: 'LIN14-WE09', kategorie: 'heizung', beschreibung: 'Alle Heizkörper kalt seit 04.11. abends' }]] },
    { calls: [['toolu_01Mn5BtC7yH4iLp2Xs6Gf0Ek', 'handwerkertermin_buchen', { ticket: 'ST-24-08812', zeitfenster: 'Do 07.11. 08:00–12:00', rueckrufnummer: '0171 5523901' }]] },
    'Danke, Frau Kaya. Ich habe die Störung aufgenommen (Ticket ST-24-08812). Wärmetechnik Obermaier kommt am Donnerstag, 07.11., '
      + 'zwischen 8 und 12 Uhr und ruft Sie vorher unter 0171 5523901 an.',
  ],
}));

// Herr Brandt, EG rechts – eine Stunde später, eigener Chat
lines.push(await turn({
  sessionId: 'e4f87a20-1c5b-4d6e-a0f3-9b2d71c48a56',
  userId: 'mieter-20433',
  objekt: 'LIN14',
  text: 'Hallo, Brandt hier, Mieternummer 20433. Mein Küchenwasserhahn tropft jetzt seit einer Woche. Wann kommt denn endlich jemand?',
  replies: [
    { calls: [['toolu_01Pq8ZrT3wE6nVb1Ky5Hd2Lc', 'stoerung_ergaenzen', { ticket: 'ST-24-08812', notiz: 'Zusätzlich: Küchenwasserhahn tropft seit einer Woche (Meldung Hr. Brandt)' }]] },
    'Hallo Herr Brandt, ich habe den tropfenden Wasserhahn zu Ihrer Meldung ST-24-08812 hinzugefügt. Der Handwerker von Wärmetechnik Obermaier '
      + 'kommt am Donnerstag, 07.11., zwischen 8 und 12 Uhr und meldet sich vorher telefonisch unter 0171 5523901.',
  ],
}));

writeJsonl(scriptDir(import.meta.url), 'mieterportal-spans.jsonl', lines);
