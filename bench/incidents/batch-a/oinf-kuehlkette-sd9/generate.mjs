// Disponent-Agent (LangGraph.js) übergibt die Transportbuchung an einen Buchungs-Subagenten.
// Scripted model, kein Netzwerk. Schreibt traces.jsonl (OTLP/JSON, eine Anfrage pro Turn).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { StateGraph, MessagesAnnotation, START, END } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('dispo-assistent', { 'deployment.environment': 'prod-eu' });

const lagerAbfrage = tool(async ({ sendung }) => JSON.stringify({
  sendung, paletten: 3, gewicht_kg: 1140, ware: 'Molkereiprodukte (Joghurt, Quark)',
  lagertemperatur: '2–8 °C', lager: 'Kühlhaus Halle 4, Nürnberg', bereit_ab: '2024-11-13T06:00+01:00',
}), { name: 'lager_abfrage', description: 'Bestand und Eigenschaften einer Sendung im Lager abfragen.',
  schema: z.object({ sendung: z.string() }) });

const spediteure = tool(async ({ ziel }) => JSON.stringify([
  { spediteur: 'Hofmann Logistik', fahrzeug: 'Plane 7,5 t', kuehlung: false, zustellung: '2024-11-15', preis_eur: 318.0 },
  { spediteur: 'FrischExpress Süd', fahrzeug: 'Kühlkoffer 7,5 t', kuehlung: true, zustellung: '2024-11-14', preis_eur: 472.5 },
]), { name: 'spediteure_suchen', description: 'Verfügbare Spediteure für eine Relation.',
  schema: z.object({ ziel: z.string(), gewicht_kg: z.number() }) });

const buchen = tool(async (a) => JSON.stringify({ auftrag: 'TB-2024-118342', status: 'gebucht', ...a }),
  { name: 'transport_buchen', description: 'Transportauftrag beim Spediteur verbindlich buchen.',
    schema: z.object({ sendung: z.string(), spediteur: z.string(), fahrzeug: z.string(), zustellung: z.string(), gewicht_kg: z.number() }) });

const disponentModel = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'lager_abfrage', args: { sendung: 'SND-44817' } }] },
  { content: 'Sendung SND-44817: 3 Paletten, 1.140 kg, Kühlware 2–8 °C, Zustellung spätestens Do 14.11. 14:00 in Regensburg. Übergabe an die Buchung.' },
] });
const buchungModel = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'spediteure_suchen', args: { ziel: 'Regensburg', gewicht_kg: 1140 } }] },
  { content: '', tool_calls: [{ name: 'transport_buchen', args: { sendung: 'SND-44817', spediteur: 'Hofmann Logistik', fahrzeug: 'Plane 7,5 t', zustellung: '2024-11-15', gewicht_kg: 1140 } }] },
  { content: 'Gebucht: Auftrag TB-2024-118342 bei Hofmann Logistik (Plane 7,5 t), Zustellung 15.11.2024, 318,00 €. Günstigste verfügbare Option.' },
] });

const disponent = await reactGraph({ model: disponentModel, tools: [lagerAbfrage], name: 'disponent' });
const buchung = await reactGraph({ model: buchungModel, tools: [spediteure, buchen], name: 'buchungs_agent' });

// Übergabe: der Buchungsagent bekommt nur eine kurze Auftragszeile, nicht den Verlauf des Disponenten.
const app = new StateGraph(MessagesAnnotation)
  .addNode('disponent', async (s, config) => disponent.invoke({ messages: s.messages }, config))
  .addNode('buchung', async (s, config) => {
    const auftrag = 'Bitte Transport buchen: Sendung SND-44817, 3 Paletten, 1140 kg, Nürnberg → Regensburg. Günstigsten Spediteur wählen.';
    const out = await buchung.invoke({ messages: [new SystemMessage('Du buchst Transporte. Halte dich an den Auftrag.'), new HumanMessage(auftrag)] }, config);
    return { messages: [out.messages[out.messages.length - 1]] };
  })
  .addEdge(START, 'disponent').addEdge('disponent', 'buchung').addEdge('buchung', END)
  .compile({ name: 'dispo_workflow' });

await t.turn({ userId: 'dispo.kraus@molkerei-frankenland.de' }, () => app.invoke({ messages: [
  new SystemMessage('Du bist der Disponent-Assistent der Molkerei Frankenland. Prüfe Sendungen im Lager und übergib die Buchung.'),
  new HumanMessage('Sendung SND-44817 muss bis Donnerstag 14 Uhr bei Edeka Regensburg sein, durchgehend gekühlt 2–8 Grad. Bitte buchen.'),
] }, { metadata: { session_id: 'dispo-20241112-0931' }, runName: 'dispo_workflow' }));

t.write(path.join(here, 'traces.jsonl'));
