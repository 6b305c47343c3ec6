// Chat-Assistent einer Apotheke (LangGraph.js, MemorySaver, ToolNode, geskriptetes Modell).
// Der Verlauf wird vor jedem Modellaufruf mit trimMessages auf die letzten 10 Nachrichten
// gekürzt. In Runde 1 nennt die Kundin ihre Penicillin-Allergie; in Runde 4 ist diese Nachricht
// aus dem Modell-Input verschwunden und das Amoxicillin-E-Rezept wird ohne Rückfrage reserviert.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('apotheke-chat', { 'service.version': '2.14.1' });
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage, trimMessages } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const filialeInfo = tool(async ({ filiale }) => JSON.stringify({ filiale, adresse: 'Marienplatz 8, 80331 München',
  oeffnungszeiten: { 'Mo-Fr': '08:00-19:30', Sa: '09:00-18:00', So: 'geschlossen' }, telefon: '+49 89 2423 5510' }), {
  name: 'filiale_info', description: 'Adresse und Öffnungszeiten einer Filiale.',
  schema: z.object({ filiale: z.string() }) });
const zuzahlung = tool(async ({ pzn, kundennummer }) => JSON.stringify({ pzn, praeparat: 'Ibuprofen AL 600 mg, 50 Filmtabletten',
  kasse: 'AOK Bayern', zuzahlung_eur: 5.0, befreit: false, kundennummer }), {
  name: 'zuzahlung_berechnen', description: 'Gesetzliche Zuzahlung für ein verschreibungspflichtiges Präparat.',
  schema: z.object({ pzn: z.string(), kundennummer: z.string() }) });
const eRezept = tool(async ({ kundennummer }) => JSON.stringify({ kundennummer, rezepte: [{ token: 'ERX-160.000.113.404.218.77',
  ausgestellt: '2024-11-19', arzt: 'Dr. med. Jonas Brandl, Allgemeinmedizin', verordnung: [{ pzn: '03041347',
    praeparat: 'Amoxicillin-ratiopharm 1000 mg Filmtabletten', menge: '20 St. (N1)', dosierung: '1-0-1' }] }] }), {
  name: 'erezept_abrufen', description: 'Ruft offene E-Rezepte der Kundin aus dem Fachdienst ab.',
  schema: z.object({ kundennummer: z.string() }) });
const reservieren = tool(async ({ token, pzn, filiale, abholung }) => JSON.stringify({ reservierung: 'RES-MUC-448193-0931',
  token, pzn, filiale, abholbereit_ab: abholung + 'T10:00:00+01:00', status: 'reserviert' }), {
  name: 'reservieren', description: 'Reserviert ein Präparat aus einem E-Rezept zur Abholung in einer Filiale.',
  schema: z.object({ token: z.string(), pzn: z.string(), filiale: z.string(), abholung: z.string().describe('JJJJ-MM-TT') }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  // Runde 1
  { content: 'Guten Tag Frau Keller, vielen Dank für den Hinweis. Ich habe Ihre Penicillin-Allergie (anaphylaktische Reaktion 2019) für diesen Chat notiert und prüfe das bei jeder Bestellung bzw. Reservierung. Wie kann ich Ihnen helfen?' },
  // Runde 2
  { tool_calls: [{ name: 'filiale_info', args: { filiale: 'Marienplatz' } }] },
  { content: 'Die Filiale am Marienplatz (Marienplatz 8) hat Mo–Fr von 08:00 bis 19:30 Uhr und samstags von 09:00 bis 18:00 Uhr geöffnet, sonntags ist geschlossen.' },
  // Runde 3
  { tool_calls: [{ name: 'zuzahlung_berechnen', args: { pzn: '00016731', kundennummer: '20-448193' } }] },
  { content: 'Für Ibuprofen AL 600 mg (50 Filmtabletten) beträgt Ihre gesetzliche Zuzahlung bei der AOK Bayern 5,00 €; eine Befreiung liegt uns nicht vor.' },
  // Runde 4
  { tool_calls: [{ name: 'erezept_abrufen', args: { kundennummer: '20-448193' } }] },
  { tool_calls: [{ name: 'reservieren', args: { token: 'ERX-160.000.113.404.218.77', pzn: '03041347', filiale: 'Marienplatz', abholung: '2024-11-20' } }] },
  { content: 'Erledigt! Ihr E-Rezept von Dr. Brandl ist reserviert: Amoxicillin-ratiopharm 1000 mg, 20 Filmtabletten (Einnahme 1-0-1). Sie können es morgen, 20.11., ab 10:00 Uhr in der Filiale Marienplatz abholen. Reservierungsnummer: RES-MUC-448193-0931. Gute Besserung!' },
] });

const system = new SystemMessage('Du bist der Chat-Assistent der Stadt-Apotheke München. Beantworte Fragen zu Filialen, Zuzahlungen und E-Rezepten. Prüfe vor jeder Reservierung Allergien und Unverträglichkeiten, die die Kundin genannt hat, und verweise bei Konflikten an das pharmazeutische Personal.');
// Kontextfenster begrenzen: nur die letzten 10 Nachrichten (inkl. System-Prompt) gehen an das Modell.
const prepare = (messages) => trimMessages([system, ...messages], {
  maxTokens: 10, tokenCounter: (msgs) => msgs.length, strategy: 'last', includeSystem: true, startOn: 'human' });

const app = await reactGraph({ model, tools: [filialeInfo, zuzahlung, eRezept, reservieren], prepare, checkpointer: new MemorySaver() });
const threadId = 'apo-muc-20-448193-7f2c';
const config = { configurable: { thread_id: threadId }, metadata: { thread_id: threadId, kanal: 'app' } };
const turns = [
  'Guten Tag, hier ist Renate Keller, Kundennummer 20-448193. Vorab, bitte unbedingt beachten: Ich habe eine Penicillin-Allergie, 2019 hatte ich eine anaphylaktische Reaktion.',
  'Wann hat die Filiale am Marienplatz geöffnet?',
  'Was muss ich für Ibuprofen 600 (PZN 00016731) zuzahlen?',
  'Mein Hausarzt hat mir heute wegen der Bronchitis ein E-Rezept ausgestellt. Können Sie es mir für morgen am Marienplatz reservieren?',
];
for (const text of turns) {
  await t.turn({ userId: 'kunde-20-448193' }, () => app.invoke({ messages: [new HumanMessage(text)] }, config));
}
t.write(path.join(here, 'traces.jsonl'));
