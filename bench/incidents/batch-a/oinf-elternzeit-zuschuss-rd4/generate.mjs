// HR-Assistent der Nordwerk Logistik GmbH: LangGraph.js-Agent mit Richtliniensuche (Vektorindex)
// und Antragsentwurf, skriptiertes Modell, OpenInference-Spans als OTLP/JSON (offline).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('nordwerk-hr-assistent', { 'deployment.environment': 'prod', 'service.version': '2.3.1' });
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

// Richtlinienindex (pgvector, Stand 2025-02-01). Zur Elternzeit-Aufstockung gibt es keinen Eintrag.
const index = [
  { pageContent: 'RL-PERS-014 Sonderurlaub. Bei der Geburt eines eigenen Kindes bzw. des Kindes der Ehe- oder Lebenspartnerin wird eine bezahlte Freistellung von 2 Arbeitstagen gewährt. Der Sonderurlaub ist im Personalportal unter "Abwesenheiten" zu beantragen und innerhalb von 4 Wochen nach dem Ereignis zu nehmen.',
    metadata: { id: 'RL-PERS-014#3', quelle: 'Personalhandbuch 2025', abschnitt: '3 Sonderurlaub' } },
  { pageContent: 'RL-PERS-022 Mobiles Arbeiten. Beschäftigte können nach Abstimmung mit der Führungskraft bis zu 3 Tage pro Woche mobil arbeiten. Für Beschäftigte in Elternzeit mit Teilzeit gilt die Regelung anteilig.',
    metadata: { id: 'RL-PERS-022#1', quelle: 'Personalhandbuch 2025', abschnitt: '1 Geltungsbereich' } },
];
const retriever = new ScriptedRetriever({
  results: async (q) => (/aufstockung|elterngeld/i.test(q) ? [] : index.map((d, i) => ({
    ...d, metadata: { ...d.metadata, score: [0.412, 0.377][i] } }))),
});

const suche = tool(async ({ suchbegriff }, config) => {
  const docs = await retriever.invoke(suchbegriff, config);
  if (!docs.length) return 'Keine Treffer im Richtlinienindex (Stand 2025-02-01).';
  return docs.map((d) => `[${d.metadata.id}] ${d.pageContent}`).join('\n\n');
}, { name: 'richtlinien_suche', description: 'Durchsucht das Personalhandbuch und die Betriebsvereinbarungen.',
  schema: z.object({ suchbegriff: z.string().describe('Suchanfrage in natürlicher Sprache') }) });

const entwurf = tool(async (a) => JSON.stringify({ entwurf_id: 'ANT-2025-00731', status: 'ENTWURF', art: a.art,
  beginn: a.beginn, dauer_monate: a.dauer_monate, zuschuss_prozent: a.zuschuss_prozent,
  naechster_schritt: 'Bitte im Personalportal prüfen und absenden.' }), {
  name: 'antrag_entwurf_anlegen', description: 'Legt einen Antragsentwurf im Personalportal an (noch nicht eingereicht).',
  schema: z.object({ personalnummer: z.string(), art: z.string(), beginn: z.string().describe('ISO-Datum'),
    dauer_monate: z.number().int(), zuschuss_prozent: z.number().optional(), bemerkung: z.string().optional() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'richtlinien_suche', args: { suchbegriff: 'Elternzeit Zuschuss Arbeitgeber Antragsfrist' } }] },
  { tool_calls: [{ name: 'richtlinien_suche', args: { suchbegriff: 'Aufstockung Elterngeld durch Nordwerk' } }] },
  { content: 'Herzlichen Glückwunsch zum Nachwuchs! Zu Ihren Fragen:\n\n'
    + '• Zuschuss: Nordwerk stockt das Elterngeld für bis zu 12 Monate der Elternzeit auf 80 % Ihres bisherigen Nettogehalts auf (RL-PERS-014).\n'
    + '• Frist: Der Antrag auf Elternzeit muss spätestens 7 Wochen vor dem geplanten Beginn schriftlich bei HR eingehen.\n'
    + '• Zusätzlich erhalten Sie zur Geburt 2 Arbeitstage bezahlten Sonderurlaub, zu beantragen im Personalportal unter "Abwesenheiten".\n\n'
    + 'Soll ich Ihnen den Antrag schon vorbereiten?' },
  { tool_calls: [{ name: 'antrag_entwurf_anlegen', args: { personalnummer: '10482', art: 'Elternzeit mit Arbeitgeberzuschuss',
    beginn: '2025-08-18', dauer_monate: 6, zuschuss_prozent: 80, bemerkung: 'Aufstockung Elterngeld gem. RL-PERS-014' } }] },
  { content: 'Erledigt: Der Entwurf ANT-2025-00731 (Elternzeit ab 18.08.2025, 6 Monate, Arbeitgeberzuschuss 80 %) liegt im Personalportal. '
    + 'Bitte prüfen und bis spätestens 30.06.2025 absenden, damit die 7-Wochen-Frist sicher eingehalten ist.' },
] });

const app = await reactGraph({ model, tools: [suche, entwurf], checkpointer: new MemorySaver(), name: 'hr_assistent' });
const session = '5b0e1c8a-93f4-4d2e-b7a1-2c9e04f61d3a';
const user = 'ma-10482';
const cfg = { configurable: { thread_id: session }, metadata: { session_id: session, user_id: user, kanal: 'teams' } };

await t.turn({ userId: user }, () => app.invoke({ messages: [
  new SystemMessage('Du bist der HR-Assistent der Nordwerk Logistik GmbH. Beantworte Fragen zu Richtlinien nur auf Grundlage der Treffer aus richtlinien_suche und nenne die Richtlinie. Personalnummer des Nutzers: 10482.'),
  new HumanMessage('Hallo, meine Frau und ich erwarten Ende Juli unser erstes Kind, ich möchte ab Mitte August Elternzeit nehmen. Zahlt Nordwerk etwas zum Elterngeld dazu, und bis wann muss ich den Antrag stellen?'),
] }, cfg));
await t.turn({ userId: user }, () => app.invoke({ messages: [
  new HumanMessage('Super, danke! Ja bitte, Beginn 18.08.2025, 6 Monate.'),
] }, cfg));

t.write(path.join(here, 'traces.jsonl'));
