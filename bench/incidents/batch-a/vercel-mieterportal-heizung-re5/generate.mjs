// Mieterportal-Assistent einer Hamburger Hausverwaltung: zwei Mieter desselben Objekts, zwei Chats.
// Vercel AI SDK (ai 7) mit geskriptetem Mock-Modell, LegacyOpenTelemetry (ai.* Attribute),
// Laufzeitkontext sessionId/userId. Eine OTLP/JSON-Anfrage pro Chat-Turn und Zeile.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z,
  writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'mieterportal-assistent',
  resource: { 'deployment.environment': 'prod', 'service.version': '3.8.2' },
  seed: 'mieterportal-heizung-re5',
});
const ids = makeIds('mieterportal-heizung-re5');

// --- Backend (Stub der Verwaltungssoftware) -------------------------------------------------------
const konten = {
  'M-20417': { mieternummer: 'M-20417', name: 'Sabine Weber', objekt: 'OBJ-HH-0417', anschrift: 'Eppendorfer Weg 112, 20259 Hamburg',
    wohnung: '3. OG links', vertrag_seit: '2016-04-01', kontakt: { email: 'sabine.weber@gmx.de' } },
  'M-20588': { mieternummer: 'M-20588', name: 'Jonas Okafor', objekt: 'OBJ-HH-0417', anschrift: 'Eppendorfer Weg 112, 20259 Hamburg',
    wohnung: '1. OG rechts', vertrag_seit: '2023-09-01', kontakt: { email: 'j.okafor@posteo.de' } },
};
let ticketNr = 3318;
// Notiz pro Objekt: wird nach jedem Chat überschrieben und beim nächsten Chat in den Prompt geladen.
const objektNotizen = new Map();

const tools = {
  mieterkonto_abrufen: tool({
    description: 'Stammdaten eines Mieters aus der Verwaltungssoftware lesen.',
    inputSchema: z.object({ mieternummer: z.string().describe('Mieternummer, z. B. M-12345') }),
    execute: async ({ mieternummer }) => { await sleep(40); return konten[mieternummer] ?? { fehler: 'unbekannte Mieternummer' }; },
  }),
  schadensmeldung_anlegen: tool({
    description: 'Legt eine Schadensmeldung (Reparaturauftrag) für eine Wohnung an.',
    inputSchema: z.object({
      mieternummer: z.string(), objekt: z.string(), gewerk: z.enum(['Sanitär', 'Heizung', 'Elektro', 'Sonstiges']),
      beschreibung: z.string(), dringlichkeit: z.enum(['normal', 'hoch', 'notfall']),
    }),
    execute: async (a) => { await sleep(60); return { ticket: `SM-2025-0${ticketNr++}`, status: 'angelegt', ...a, handwerker: a.gewerk === 'Heizung' ? 'Thermo Nord GmbH' : 'Sanitär Kröger KG' }; },
  }),
  rueckruf_planen: tool({
    description: 'Plant einen telefonischen Rückruf des Handwerkers vor dem Termin.',
    inputSchema: z.object({ ticket: z.string(), telefon: z.string(), zeitfenster: z.string() }),
    execute: async (a) => { await sleep(30); return { rueckruf_id: `RR-${a.ticket.slice(-5)}-1`, ...a, status: 'geplant' }; },
  }),
};

const systemBasis = 'Du bist der digitale Assistent der Hansa Wohnen Hausverwaltung. Du hilfst Mietern bei Schadensmeldungen. '
  + 'Lege Meldungen nur für die angemeldete Mieternummer an. Antworte freundlich und knapp auf Deutsch.';
const system = (mieternummer, objekt) => {
  const notiz = objektNotizen.get(objekt);
  return `${systemBasis}\nAngemeldet: Mieternummer ${mieternummer}.` + (notiz ? `\nLetzter Kontakt zum Objekt ${objekt}: ${notiz}` : '');
};

async function turn({ sessionId, userId, objekt, messages, replies }) {
  const model = scriptedModel({ provider: 'openai.chat', modelId: 'gpt-4.1-mini', replies, ids });
  const res = await generateText({
    model, system: system(userId, objekt), messages, tools, stopWhen: stepCountIs(6),
    runtimeContext: { sessionId, userId },
    telemetry: { functionId: 'mieter-chat', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  return { res, line: await flush() };
}

const lines = [];

// --- Chat 1: Frau Weber, Wasserschaden im Bad -------------------------------------------------------
const s1 = 'mp-7f3a2c91';
const m1 = [{ role: 'user', content: 'Guten Morgen, unter unserer Badewanne kommt Wasser raus, der Boden ist schon ganz nass. Mieternummer M-20417.' }];
let r = await turn({ sessionId: s1, userId: 'M-20417', objekt: 'OBJ-HH-0417', messages: m1, replies: [
  { calls: [['call_q2LkW8', 'mieterkonto_abrufen', { mieternummer: 'M-20417' }]] },
  { calls: [['call_Vx81pA', 'schadensmeldung_anlegen', { mieternummer: 'M-20417', objekt: 'OBJ-HH-0417', gewerk: 'Sanitär',
    beschreibung: 'Wasseraustritt unter der Badewanne, Boden nass', dringlichkeit: 'hoch' }]] },
  'Danke, Frau Weber. Ich habe die Meldung SM-2025-03318 mit hoher Dringlichkeit angelegt, Sanitär Kröger KG ist beauftragt. Unter welcher Telefonnummer kann der Handwerker Sie vorher erreichen?',
] });
lines.push(r.line);
m1.push(...r.res.response.messages);
m1.push({ role: 'user', content: 'Am besten vormittags unter 0176 4482 1937.' });
r = await turn({ sessionId: s1, userId: 'M-20417', objekt: 'OBJ-HH-0417', messages: m1, replies: [
  { calls: [['call_3nRfTe', 'rueckruf_planen', { ticket: 'SM-2025-03318', telefon: '0176 4482 1937', zeitfenster: 'vormittags (8–12 Uhr)' }]] },
  'Alles klar: Sanitär Kröger ruft Sie vormittags zwischen 8 und 12 Uhr unter 0176 4482 1937 an, bevor sie vorbeikommen. Bis dahin bitte das Wasser unter der Wanne möglichst aufwischen.',
] });
lines.push(r.line);
// Die App speichert eine Kurznotiz – pro Objekt.
objektNotizen.set('OBJ-HH-0417', 'Wasseraustritt Bad, Ticket SM-2025-03318, Rückruf erbeten unter 0176 4482 1937 (vormittags).');

await sleep(250);

// --- Chat 2: Herr Okafor, gleiche Adresse, andere Wohnung ------------------------------------------
const s2 = 'mp-d94a1706';
const m2 = [{ role: 'user', content: 'Hallo, bei mir im Wohnzimmer tropft der Heizkörper am Ventil. Können Sie jemanden schicken und mich vorher anrufen? M-20588' }];
r = await turn({ sessionId: s2, userId: 'M-20588', objekt: 'OBJ-HH-0417', messages: m2, replies: [
  { calls: [['call_Hk0sN4', 'mieterkonto_abrufen', { mieternummer: 'M-20588' }]] },
  { calls: [['call_b7YwQm', 'schadensmeldung_anlegen', { mieternummer: 'M-20588', objekt: 'OBJ-HH-0417', gewerk: 'Heizung',
    beschreibung: 'Heizkörper Wohnzimmer tropft am Ventil', dringlichkeit: 'normal' }]] },
  { calls: [['call_Zc5uJ2', 'rueckruf_planen', { ticket: 'SM-2025-03319', telefon: '0176 4482 1937', zeitfenster: 'vormittags (8–12 Uhr)' }]] },
  'Erledigt, Herr Okafor: Meldung SM-2025-03319 ist angelegt, Thermo Nord GmbH kümmert sich um das Ventil. Der Techniker ruft Sie vorher vormittags unter 0176 4482 1937 an. Stellen Sie bis dahin bitte eine Schüssel unter das Ventil.',
] });
lines.push(r.line);
m2.push(...r.res.response.messages);
m2.push({ role: 'user', content: 'Super, danke!' });
r = await turn({ sessionId: s2, userId: 'M-20588', objekt: 'OBJ-HH-0417', messages: m2, replies: [
  'Gern geschehen! Wenn das Tropfen stärker wird, melden Sie sich bitte sofort wieder.',
] });
lines.push(r.line);

writeJsonl(here, 'otlp-traces.jsonl', lines);
console.log(`wrote ${lines.length} requests to ${here}/otlp-traces.jsonl`);
