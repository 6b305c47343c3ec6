// HR self-service kiosk (French), LangGraph.js + MemorySaver, traced by OpenInference.
// The kiosk app keys the conversation by terminal, not by employee.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');

const t = tracing('borne-rh', { 'service.version': '2.3.0', 'host.name': 'borne-lyon-03' });

const soldes = { 'E-20417': { cp_restants: 14.5, rtt_restants: 3, arret_maladie_2025: '2025-01-13 → 2025-01-24' },
  'E-31152': { cp_restants: 6, rtt_restants: 1, arret_maladie_2025: null } };
const solde = tool(async ({ matricule }) => JSON.stringify({ matricule, ...soldes[matricule], au: '2025-04-30' }),
  { name: 'rh_solde_conges', description: 'Solde de congés payés et RTT d\'un salarié.', schema: z.object({ matricule: z.string() }) });
const poser = tool(async ({ matricule, du, au, type }) => JSON.stringify({ demande: 'DC-88213', matricule, du, au, type, statut: 'en_attente_manager' }),
  { name: 'rh_poser_conges', description: 'Dépose une demande d\'absence.',
    schema: z.object({ matricule: z.string(), du: z.string(), au: z.string(), type: z.enum(['CP', 'RTT']) }) });

const SYS = new SystemMessage('Tu es l\'assistant RH de la borne libre-service. Réponds en français, de façon brève.');
const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'rh_solde_conges', args: { matricule: 'E-20417' } }] },
  { content: 'Bonjour Julien, au 30/04 il vous reste 14,5 jours de CP et 3 RTT. Votre arrêt du 13 au 24 janvier n\'a pas été décompté de vos congés.' },
  { content: '', tool_calls: [{ name: 'rh_poser_conges', args: { matricule: 'E-20417', du: '2025-05-26', au: '2025-05-30', type: 'CP' } }] },
  { content: 'C\'est fait : demande DC-88213 du 26 au 30 mai (5 jours de CP), en attente de validation par votre manager.' },
  { content: 'Bonjour Sofia ! Il vous reste 14,5 jours de congés payés et 3 RTT, donc vous pouvez tout à fait poser deux semaines cet été.' },
] });

const app = await reactGraph({ model, tools: [solde, poser], prepare: (m) => [SYS, ...m], checkpointer: new MemorySaver(), name: 'assistant-rh' });
const thread = 'borne-lyon-03';
const turns = [
  ['E-20417', 'Bonjour, Julien Morel, matricule E-20417. Combien de congés me reste-t-il ?'],
  ['E-20417', 'Posez-moi la semaine du 26 au 30 mai en CP s\'il vous plaît.'],
  ['E-31152', 'Bonjour, c\'est Sofia Haddad (E-31152). Est-ce que j\'ai assez de congés pour partir deux semaines en août ?'],
];
for (const [user, q] of turns) await t.turn({ userId: user }, () => app.invoke({ messages: [new HumanMessage(q)] },
  { configurable: { thread_id: thread }, metadata: { thread_id: thread, borne: 'lyon-03' } }));
t.write(path.join(here, 'traces.otlp.jsonl'));
