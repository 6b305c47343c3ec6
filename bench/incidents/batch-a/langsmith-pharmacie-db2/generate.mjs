// Pharmacy refill assistant (French), three turns on one thread. The graph keeps its history in a
// MemorySaver and shows the model a message window (trimMessages, last 8 messages, starting on a
// human turn). Recorded as LangSmith runs.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  HumanMessage, SystemMessage, MemorySaver, trimMessages, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-03-11T08:42:10.000Z', 31);
const patient = 'PAT-77-0193';

const lookupPrescription = tool(async ({ patient_id, medication }) => JSON.stringify(
  medication.toLowerCase().includes('ventoline')
    ? { patient_id, ordonnance: 'ORD-2025-004512', medicament: 'Ventoline 100 µg, suspension pour inhalation', renouvellements_restants: 2, prescripteur: 'Dr Anne Lefebvre' }
    : { patient_id, ordonnance: 'ORD-2024-019877', medicament: 'Coversyl 5 mg', boites_restantes: 1, renouvellements_restants: 0, expire_le: '2025-04-02' }),
  { name: 'consulter_ordonnance', description: "Lit l'ordonnance active d'un patient pour un médicament.",
    schema: z.object({ patient_id: z.string(), medication: z.string() }) });
const renew = tool(async ({ ordonnance }) => JSON.stringify({ ordonnance, statut: 'renouvelee', retrait: 'officine Saint-Michel, à partir de 14h' }),
  { name: 'renouveler_ordonnance', description: 'Renouvelle une ordonnance (préparation en officine).',
    schema: z.object({ ordonnance: z.string() }) });
const reserve = tool(async ({ patient_id, medicament, quantite }) => JSON.stringify({ reservation: 'RES-88213', patient_id, medicament, quantite, statut: 'reservee', a_valider_par: 'pharmacien' }),
  { name: 'reserver_medicament', description: 'Réserve un médicament en officine pour le patient.',
    schema: z.object({ patient_id: z.string(), medicament: z.string(), quantite: z.number() }) });

const model = new ScriptedChatModel({ replies: [
  // turn 1
  { tool_calls: [{ id: 'call_Lq2v9XcA1', name: 'consulter_ordonnance', args: { patient_id: patient, medication: 'Ventoline' } }] },
  { tool_calls: [{ id: 'call_Lq2v9XcA2', name: 'renouveler_ordonnance', args: { ordonnance: 'ORD-2025-004512' } }] },
  { content: "C'est fait : votre ordonnance de Ventoline (ORD-2025-004512) est renouvelée. Vous pourrez la retirer à l'officine Saint-Michel à partir de 14h. J'ai bien noté votre allergie à la pénicilline." },
  // turn 2
  { tool_calls: [{ id: 'call_Mb71QzeR3', name: 'consulter_ordonnance', args: { patient_id: patient, medication: 'Coversyl' } }] },
  { content: "Il vous reste 1 boîte de Coversyl 5 mg et l'ordonnance ORD-2024-019877 n'a plus de renouvellement ; elle expire le 2 avril. Pensez à demander une nouvelle ordonnance à votre médecin." },
  // turn 3
  { tool_calls: [{ id: 'call_Nx05TpwK4', name: 'reserver_medicament', args: { patient_id: patient, medicament: 'Amoxicilline 1 g, 6 comprimés (Clamoxyl)', quantite: 1 } }] },
  { content: "Pour une angine, l'antibiotique de première intention est l'amoxicilline. Je vous ai réservé une boîte d'Amoxicilline 1 g (réservation RES-88213) ; le pharmacien la validera avec l'ordonnance de téléconsultation à votre passage." },
] });

const window = (messages) => trimMessages(messages, { maxTokens: 8, tokenCounter: (ms) => ms.length,
  strategy: 'last', startOn: 'human', includeSystem: true });
const app = agentGraph({ model, tools: [lookupPrescription, renew, reserve], checkpointer: new MemorySaver(), prepare: window, name: 'officine-assistant' });

const thread = 'fil-7f3c2a91';
const opts = { project: 'officine-saint-michel', metadata: { session_id: thread, user_id: patient, canal: 'appli-mobile' }, configurable: { thread_id: thread } };
await traced(app, { messages: [new SystemMessage("Vous êtes l'assistant de la pharmacie Saint-Michel. Vous aidez les patients à renouveler et réserver leurs médicaments. Tenez compte des allergies et contre-indications signalées."),
  new HumanMessage("Bonjour, je suis allergique à la pénicilline, je le signale d'emblée. Je voudrais renouveler ma Ventoline s'il vous plaît.")] }, opts);
advance(minutes(3), minutes(6));
await traced(app, { messages: [new HumanMessage('Merci. Et pour mon Coversyl, il me reste combien de boîtes ?')] }, opts);
advance(minutes(2), minutes(4));
await traced(app, { messages: [new HumanMessage("Dernière chose : j'ai une angine, le médecin en téléconsultation m'a fait une ordonnance pour un antibiotique standard. Vous pouvez me le réserver ?")] }, opts);
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
