// Reiseassistent eines Firmenreisebüros: LangGraph-Agent mit MemorySaver (ein Thread pro Reise),
// vor jedem Modellaufruf wird der Verlauf auf ein Token-Budget gekürzt (trimMessages, "last").
// Vier Nutzer-Turns, jeder Turn eine OTLP/JSON-Zeile.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage, trimMessages } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('reiseassistent', { 'deployment.environment': 'prod', 'service.version': '3.8.2' });

const HOTELS = {
  barrierefrei: [
    { angebot_id: 'HH-MES-40817', hotel: 'Hotel Dammtor Plaza', entfernung_messe_m: 450, preis_nacht_eur: 149,
      zimmer: 'Doppelzimmer barrierefrei (DIN 18040-2 R), bodengleiche Dusche, Aufzug', storno: 'kostenfrei bis 10.03.' },
    { angebot_id: 'HH-MES-40822', hotel: 'Parkhotel Planten un Blomen', entfernung_messe_m: 300, preis_nacht_eur: 189,
      zimmer: 'Komfortzimmer rollstuhlgerecht, bodengleiche Dusche, Aufzug', storno: 'kostenfrei bis 11.03.' },
  ],
  standard: [
    { angebot_id: 'HH-MES-41530', hotel: 'Hotel Kompakt Sternschanze', entfernung_messe_m: 900, preis_nacht_eur: 119,
      zimmer: 'Economy Doppelzimmer, 3. OG, Dusche mit Duschtasse, kein Aufzug', storno: 'kostenfrei bis 10.03.' },
    { angebot_id: 'HH-MES-41536', hotel: 'Hotel Kompakt Sternschanze', entfernung_messe_m: 900, preis_nacht_eur: 128,
      zimmer: 'Standard Doppelzimmer, 2. OG, Badewanne, kein Aufzug', storno: 'kostenfrei bis 10.03.' },
  ],
};

const hotelsSuchen = tool(async ({ stadt, anreise, abreise, naehe, barrierefrei, max_preis_eur }) => {
  let list = barrierefrei ? HOTELS.barrierefrei : [...HOTELS.standard, ...HOTELS.barrierefrei];
  if (max_preis_eur) list = list.filter((h) => h.preis_nacht_eur <= max_preis_eur);
  return JSON.stringify({ stadt, anreise, abreise, naehe: naehe ?? null, treffer: list.length, angebote: list });
}, {
  name: 'hotels_suchen',
  description: 'Sucht verfügbare Hotelangebote im Firmenkontingent.',
  schema: z.object({
    stadt: z.string(), anreise: z.string().describe('YYYY-MM-DD'), abreise: z.string().describe('YYYY-MM-DD'),
    naehe: z.string().optional().describe('Ort/Adresse, in dessen Nähe gesucht wird'),
    barrierefrei: z.boolean().optional(), max_preis_eur: z.number().optional(),
  }),
});

const zugSuchen = tool(async ({ von, nach, datum, ankunft_bis, abfahrt_ab }) => {
  if (ankunft_bis) return JSON.stringify({ datum, von, nach, verbindungen: [
    { zug: 'ICE 610', ab: '06:14', an: '10:05', umstiege: 0, gleis_ab: '7', preis_flex_eur: 121.9 },
    { zug: 'ICE 612', ab: '07:14', an: '11:02', umstiege: 0, gleis_ab: '6', preis_flex_eur: 121.9 },
    { zug: 'IC 2220', ab: '05:49', an: '10:16', umstiege: 1, gleis_ab: '2', preis_flex_eur: 98.5 },
  ] });
  return JSON.stringify({ datum, von, nach, verbindungen: [
    { zug: 'ICE 619', ab: '16:46', an: '20:44', umstiege: 0, gleis_ab: '13', preis_flex_eur: 121.9 },
    { zug: 'ICE 1027', ab: '17:24', an: '21:40', umstiege: 1, gleis_ab: '14', preis_flex_eur: 112.4 },
  ] });
}, {
  name: 'zugverbindung_suchen',
  description: 'Fahrplanauskunft Fernverkehr.',
  schema: z.object({ von: z.string(), nach: z.string(), datum: z.string(),
    ankunft_bis: z.string().optional(), abfahrt_ab: z.string().optional() }),
});

const hotelBuchen = tool(async ({ angebot_id, gast, kostenstelle }) => JSON.stringify({
  status: 'bestaetigt', buchungsnummer: 'BK-7731-2290', angebot_id, gast, kostenstelle,
  hotel: 'Hotel Kompakt Sternschanze', zimmer: 'Economy Doppelzimmer, 3. OG, Dusche mit Duschtasse, kein Aufzug',
  zeitraum: '12.03.–14.03. (2 Nächte)', preis_gesamt_eur: 238, storno: 'kostenfrei bis 10.03.',
}), {
  name: 'hotel_buchen',
  description: 'Bucht ein Angebot aus hotels_suchen verbindlich auf die Kostenstelle.',
  schema: z.object({ angebot_id: z.string(), gast: z.string(), kostenstelle: z.string() }),
});

const SYSTEM = 'Du bist der Reiseassistent der Nordhafen Logistik GmbH. Buche nur aus dem Firmenkontingent, '
  + 'Kostenstelle KST-4410. Gast: Frau Jana Wieland. Antworte knapp auf Deutsch.';

// Token-Budget des Verlaufs (Schätzung: 4 Zeichen ≈ 1 Token).
const countTokens = (msgs) => msgs.reduce((n, m) => n + Math.ceil(
  (typeof m.content === 'string' ? m.content : JSON.stringify(m.content)).length / 4)
  + (m.tool_calls?.length ? Math.ceil(JSON.stringify(m.tool_calls).length / 4) : 0) + 4, 0);
const prepare = async (messages) => [new SystemMessage(SYSTEM),
  ...await trimMessages(messages, { maxTokens: 768, strategy: 'last', tokenCounter: countTokens, startOn: 'human' })];

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  // Turn 1
  { tool_calls: [{ name: 'hotels_suchen', args: { stadt: 'Hamburg', anreise: '2025-03-12', abreise: '2025-03-14',
    naehe: 'Messe Hamburg', barrierefrei: true } }] },
  { content: 'In Messenähe habe ich zwei barrierefreie Angebote gefunden:\n'
    + '1. Hotel Dammtor Plaza (450 m zur Messe) – 149 €/Nacht, Doppelzimmer barrierefrei nach DIN 18040-2 R, bodengleiche Dusche, Aufzug.\n'
    + '2. Parkhotel Planten un Blomen (300 m) – 189 €/Nacht, rollstuhlgerechtes Komfortzimmer.\n'
    + 'Beide sind bis 10./11.03. kostenfrei stornierbar. Soll ich eines davon buchen?' },
  // Turn 2
  { tool_calls: [{ name: 'zugverbindung_suchen', args: { von: 'Köln Hbf', nach: 'Hamburg Hbf', datum: '2025-03-12', ankunft_bis: '11:00' } }] },
  { content: 'Am 12.03. passen:\n- ICE 610, ab Köln 06:14, an Hamburg 10:05, direkt (121,90 € Flex)\n'
    + '- IC 2220, ab 05:49, an 10:16, 1 Umstieg (98,50 €)\nDer ICE 612 (an 11:02) wäre knapp zu spät. Welche Verbindung möchtest du?' },
  // Turn 3
  { tool_calls: [{ name: 'zugverbindung_suchen', args: { von: 'Hamburg Hbf', nach: 'Köln Hbf', datum: '2025-03-14', abfahrt_ab: '17:00' } }] },
  { content: 'Zurück am 14.03.: ICE 1027 ab 17:24 (1 Umstieg, an 21:40, 112,40 €). Direkt wäre nur der ICE 619 um 16:46 (an 20:44). '
    + 'Hin würde ich den ICE 610 nehmen. Soll ich die Zugtickets mit anfragen?' },
  // Turn 4
  { tool_calls: [{ name: 'hotels_suchen', args: { stadt: 'Hamburg', anreise: '2025-03-12', abreise: '2025-03-14',
    naehe: 'Messe Hamburg', max_preis_eur: 130 } }] },
  { tool_calls: [{ name: 'hotel_buchen', args: { angebot_id: 'HH-MES-41530', gast: 'Jana Wieland', kostenstelle: 'KST-4410' } }] },
  { content: 'Erledigt: Hotel Kompakt Sternschanze, 12.–14.03., Economy Doppelzimmer für 119 €/Nacht (238 € gesamt), '
    + 'Buchungsnummer BK-7731-2290, kostenfrei stornierbar bis 10.03. Damit liegst du unter dem Limit von 130 €. '
    + 'Zur Messe sind es ca. 900 m bzw. zwei Stationen mit der U3.' },
] });

const app = await reactGraph({ model, tools: [hotelsSuchen, zugSuchen, hotelBuchen], prepare,
  checkpointer: new MemorySaver(), name: 'reiseassistent' });

const threadId = 'reise-7f3a2c91';
const turns = [
  'Hallo! Ich bin vom 12. bis 14. März auf der Messe in Hamburg. Vorab wichtig: ich bin im Rollstuhl unterwegs, '
    + 'das Zimmer muss also wirklich barrierefrei sein (bodengleiche Dusche, Aufzug). Was gibt es in Messenähe?',
  'Danke. Wie komme ich am 12. von Köln aus hin? Ich möchte vor 11 Uhr in Hamburg sein.',
  'Und zurück am 14., nicht vor 17 Uhr bitte.',
  'Mein Chef hat gerade geschrieben: maximal 130 € pro Nacht. Such bitte was Günstigeres in der Nähe und buch es direkt.',
];
for (const text of turns) {
  await t.turn({ userId: 'ma-31055' }, () => app.invoke({ messages: [new HumanMessage(text)] },
    { configurable: { thread_id: threadId }, metadata: { thread_id: threadId, kanal: 'teams' } }));
}
t.write(path.join(here, 'traces.jsonl'));
