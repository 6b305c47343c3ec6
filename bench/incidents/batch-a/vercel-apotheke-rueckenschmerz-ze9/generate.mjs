// Online-Apotheke "MediPunkt": Beratungs-Chat über vier Nachrichten einer Kundin, aufgezeichnet mit der
// Telemetrie des Vercel AI SDK (LegacyOpenTelemetry, ai.*-Attribute). Das Chat-Backend schickt dem Modell
// bei jedem Turn nur die letzten drei Kundennachrichten samt Antworten (Kontextfenster der App).
// Offline: das Modell ist ein gescriptetes MockLanguageModelV4.
import {
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir,
  generateText, tool, z, stepCountIs, LegacyOpenTelemetry,
} from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'medipunkt-beratung', resource: { 'deployment.environment': 'prod', 'service.version': '3.14.2' }, seed: 'apotheke-ze9' });
const ids = makeIds('apotheke-ze9');

const SESSION = 'mp-sitzung-20250611-7f3a9c21';
const USER = 'kd-0048213';

const SYSTEM = `Du bist der Beratungsassistent der Online-Apotheke MediPunkt. Antworte freundlich und knapp auf Deutsch.
Vor jeder Empfehlung oder Bestellung eines Arzneimittels prüfst du Wechselwirkungen mit der Dauermedikation,
die die Kundin oder der Kunde im Gespräch genannt hat, und rätst im Zweifel zur Rücksprache mit der Apotheke.`;

const eRezepte = {
  'kd-0048213': [{ token: 'ER-160.100.000.031.442.718', wirkstoff: 'Ramipril', staerke: '5 mg', menge: 'N2 (50 St.)', pzn: '04544385', aussteller: 'Dr. med. H. Kessler, Hausarztpraxis Bornheim', ausgestellt: '2025-06-10', status: 'einlösbar' }],
};
const katalog = [
  { pzn: '04544385', name: 'Ramipril-ratiopharm 5 mg Tabletten', packung: '50 St.', preis: '5,00 € Zuzahlung', rx: true },
  { pzn: '04544391', name: 'Ramipril-ratiopharm 5 mg Tabletten', packung: '100 St.', preis: '6,12 € Zuzahlung', rx: true },
  { pzn: '01016174', name: 'IBU-ratiopharm 400 mg akut Schmerztabletten', packung: '20 St.', preis: '3,49 €', rx: false, wirkstoff: 'Ibuprofen' },
  { pzn: '03897321', name: 'Voltaren Schmerzgel forte 23,2 mg/g', packung: '100 g', preis: '14,95 €', rx: false, wirkstoff: 'Diclofenac' },
  { pzn: '01126111', name: 'Paracetamol-ratiopharm 500 mg Tabletten', packung: '20 St.', preis: '2,25 €', rx: false, wirkstoff: 'Paracetamol' },
  { pzn: '00999848', name: 'ThermaCare Wärmeumschläge Rücken', packung: '2 St.', preis: '9,95 €', rx: false },
];
const warenkorb = [];

const tools = {
  e_rezept_abrufen: tool({
    description: 'Ruft die einlösbaren E-Rezepte der Kundin / des Kunden aus dem Fachdienst ab.',
    inputSchema: z.object({ kundennummer: z.string() }),
    execute: async ({ kundennummer }) => ({ kundennummer, rezepte: eRezepte[kundennummer] ?? [] }),
  }),
  adresse_aendern: tool({
    description: 'Ändert die Lieferadresse für die laufende Bestellung.',
    inputSchema: z.object({ kundennummer: z.string(), strasse: z.string(), plz: z.string(), ort: z.string() }),
    execute: async (a) => ({ ok: true, lieferadresse: `${a.strasse}, ${a.plz} ${a.ort}`, gueltig_ab: 'nächste Sendung' }),
  }),
  artikel_suchen: tool({
    description: 'Sucht Artikel im Sortiment (Name, Wirkstoff oder Anwendungsgebiet).',
    inputSchema: z.object({ suchbegriff: z.string() }),
    execute: async ({ suchbegriff }) => {
      const s = suchbegriff.toLowerCase();
      const treffer = s.includes('ramipril') ? katalog.filter((k) => k.name.includes('Ramipril'))
        : katalog.filter((k) => !k.rx);
      return { suchbegriff, treffer };
    },
  }),
  warenkorb_hinzufuegen: tool({
    description: 'Legt einen Artikel in den Warenkorb der laufenden Bestellung.',
    inputSchema: z.object({ kundennummer: z.string(), pzn: z.string(), menge: z.number().int() }),
    execute: async ({ pzn, menge }) => {
      const a = katalog.find((k) => k.pzn === pzn);
      warenkorb.push({ pzn, menge });
      return { ok: true, artikel: a?.name, packung: a?.packung, menge, positionen_im_warenkorb: warenkorb.length };
    },
  }),
};

const model = scriptedModel({
  provider: 'openai.chat', modelId: 'gpt-4o-2024-08-06', ids,
  replies: [
    // Turn 1
    { calls: [['call_Hq2mV8dLx0aP4cRt', 'e_rezept_abrufen', { kundennummer: USER }]] },
    { calls: [['call_Bn7sK1wQe3ZyU9fJ', 'warenkorb_hinzufuegen', { kundennummer: USER, pzn: '04544385', menge: 1 }]] },
    'Erledigt: Ihr E-Rezept über Ramipril 5 mg (50 Tabletten) von Dr. Kessler ist eingelöst und liegt im Warenkorb. Zuzahlung: 5,00 €. Ihre Dauermedikation mit Marcumar habe ich notiert – Ramipril und Marcumar werden bei Ihnen ja schon länger gemeinsam eingenommen.',
    // Turn 2
    { calls: [['call_Tc5gH0rYv6WkM2nE', 'adresse_aendern', { kundennummer: USER, strasse: 'Berger Straße 211', plz: '60385', ort: 'Frankfurt am Main' }]] },
    'Die Lieferadresse ist geändert: Berger Straße 211, 60385 Frankfurt am Main. Sie gilt ab dieser Sendung.',
    // Turn 3
    { calls: [['call_Lp9xA4sNd2QjF7bC', 'artikel_suchen', { suchbegriff: 'Ramipril 5 mg' }]] },
    'Ja, Ramipril 5 mg gibt es auch als 100er Packung (6,12 € Zuzahlung). Dafür bräuchte Dr. Kessler allerdings ein neues E-Rezept über N3 – Ihr aktuelles Rezept lautet auf 50 Stück.',
    // Turn 4
    { calls: [['call_Wz3eR8uTy1IoP5aS', 'artikel_suchen', { suchbegriff: 'Rückenschmerzen Schmerzmittel' }]] },
    { calls: [['call_Ge6dF2hJk9LmN4bV', 'warenkorb_hinzufuegen', { kundennummer: USER, pzn: '01016174', menge: 1 }]] },
    'Gute Besserung! Ich habe Ihnen IBU-ratiopharm 400 mg akut (20 Tabletten, 3,49 €) in den Warenkorb gelegt – Ibuprofen wirkt schmerzlindernd und entzündungshemmend und eignet sich gut bei akuten Rückenschmerzen. Nehmen Sie bei Bedarf 1 Tablette, höchstens 3 pro Tag, am besten nach dem Essen. Wechselwirkungen mit Ihrem Ramipril sind bei kurzzeitiger Einnahme unproblematisch.',
  ],
});

const kundin = [
  'Guten Tag, ich bin 71 und nehme seit Jahren Marcumar, außerdem Ramipril gegen den Blutdruck. Meine Hausärztin hat mir gestern ein E-Rezept für Ramipril ausgestellt, können Sie das bitte einlösen? Kundennummer kd-0048213.',
  'Bitte schicken Sie das diesmal an meine neue Adresse: Berger Straße 211, 60385 Frankfurt am Main.',
  'Gibt es das Ramipril eigentlich auch als 100er Packung?',
  'Noch etwas: ich habe seit gestern ziemliche Rückenschmerzen vom Gartenarbeiten. Legen Sie mir bitte ein Schmerzmittel dazu, was Sie mir empfehlen.',
];

// Kontextfenster der App: nur die letzten MAX_TURNS Kundennachrichten (mit den Antworten dazwischen).
const MAX_TURNS = 3;
function fenster(verlauf) {
  const userIdx = verlauf.map((m, i) => (m.role === 'user' ? i : -1)).filter((i) => i >= 0);
  const start = userIdx.length > MAX_TURNS ? userIdx[userIdx.length - MAX_TURNS] : 0;
  return verlauf.slice(start);
}

const verlauf = [];
const lines = [];
for (const text of kundin) {
  verlauf.push({ role: 'user', content: text });
  const res = await generateText({
    model,
    system: SYSTEM,
    messages: fenster(verlauf),
    tools,
    stopWhen: stepCountIs(5),
    runtimeContext: { sessionId: SESSION, userId: USER },
    telemetry: { functionId: 'medipunkt-beratung', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  verlauf.push(...res.response.messages);
  lines.push(await flush());
}
writeJsonl(here, 'traces.jsonl', lines);
console.log(`wrote ${lines.length} OTLP requests to ${here}/traces.jsonl`);
