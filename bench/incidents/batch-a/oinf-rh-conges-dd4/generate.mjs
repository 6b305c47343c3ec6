// Assistant RH (congés / RTT), LangGraph.js with a MemorySaver thread and a context window trimmer,
// scripted model, OpenInference OTLP/JSON. Run from /work/main: node bench/incidents/batch-a/oinf-rh-conges-dd4/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('assistant-rh', { 'deployment.environment': 'prod-par3' });

const soldeConges = tool(async ({ matricule }) => JSON.stringify({ matricule, periode: '2024-06-01/2025-05-31',
  cp_acquis: 25, cp_pris: 11, cp_solde: 14, rtt_solde: 3 }),
  { name: 'solde_conges', description: 'Solde de congés payés et RTT d\'un salarié.', schema: z.object({ matricule: z.string() }) });
const calculRtt = tool(async ({ annee, taux_activite }) => {
  const jours = Math.round(10 * taux_activite / 100);
  return JSON.stringify({ annee, taux_activite, forfait_heures: 38.5, jours_rtt: jours, base: 'accord d\'entreprise 2023, art. 4' });
}, { name: 'calcul_rtt', description: 'Nombre de jours de RTT de l\'année selon le taux d\'activité (en %).',
  schema: z.object({ annee: z.number().int(), taux_activite: z.number().describe('taux d\'activité en %, 100 = temps plein') }) });

// Keep the system prompt and the last 4 messages of the thread (token budget of the deployment).
const prepare = (messages) => [new SystemMessage('Tu es l\'assistant RH de Vallée Industries. Réponds en français, vouvoiement.'),
  ...messages.slice(-4)];

const model = new ScriptedChatModel({ replies: [
  // turn 1
  { content: 'C\'est noté : vous êtes à 80 % depuis le 1er septembre, avec le mercredi non travaillé. Je tiendrai compte de ce temps partiel dans vos calculs de congés et de RTT.' },
  // turn 2
  { tool_calls: [{ name: 'solde_conges', args: { matricule: 'VI-004187' } }] },
  { content: 'Il vous reste 14 jours de congés payés et 3 jours de RTT sur la période en cours (jusqu\'au 31/05/2025).' },
  // turn 3
  { tool_calls: [{ name: 'calcul_rtt', args: { annee: 2025, taux_activite: 100 } }] },
  { content: 'Pour 2025, vous aurez droit à 10 jours de RTT (forfait 38,5 h, accord d\'entreprise 2023). Vous pouvez donc poser vos 10 jours en plus de vos congés payés.' },
] });
const app = await reactGraph({ model, tools: [soldeConges, calculRtt], prepare, checkpointer: new MemorySaver(), name: 'assistant-rh' });
const cfg = { configurable: { thread_id: 'rh-thr-VI004187-2411' }, metadata: { thread_id: 'rh-thr-VI004187-2411' } };

const turns = [
  'Bonjour, petite info pour la suite : depuis le 1er septembre je suis passée à 80 %, je ne travaille plus le mercredi.',
  'Combien me reste-t-il de congés ? Mon matricule est VI-004187.',
  'Et pour l\'an prochain, combien de jours de RTT j\'aurai en 2025 ?',
];
for (const text of turns) {
  await t.turn({ userId: 'VI-004187' }, () => app.invoke({ messages: [new HumanMessage(text)] }, cfg));
}
t.write(path.join(here, 'openinference.jsonl'));
