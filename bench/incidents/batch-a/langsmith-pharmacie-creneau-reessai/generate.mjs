// Pharmacy booking assistant (French), clean run: the slot service times out on the first call
// (the tool raises, ToolNode returns an error ToolMessage), the agent retries, gets real slots,
// asks the patient to choose, and books the slot the patient picked in the next turn.
import path from 'node:path';
import { ScriptedChatModel, tool, traced, writeRuns, startClock, advance, minutes, agentGraph, here, z,
  HumanMessage, SystemMessage, MemorySaver } from '../../harness/langsmith/lib.mjs';

startClock('2025-10-02T16:48:09.000Z', 5150);
const dir = here(import.meta.url);

let appels = 0;
const creneaux = tool(async ({ officine, acte, date }) => {
  appels += 1;
  if (appels === 1) throw new Error('ETIMEDOUT: agenda-officine.internal:8443 did not respond within 5000 ms');
  return JSON.stringify({ officine, acte, date, creneaux: ['09:15', '11:40', '17:20'], duree_min: 15 });
}, { name: 'creneaux_disponibles', description: "Créneaux libres d'une officine pour un acte à une date.",
  latency: [300, 900], schema: z.object({ officine: z.string(), acte: z.string(), date: z.string() }) });

const reserver = tool(async ({ officine, acte, date, heure, patient }) => JSON.stringify({
  reservation: 'RDV-4Q8-ZK2', officine, acte, date, heure, patient, statut: 'confirmé', sms_envoye: true }), {
  name: 'reserver_creneau', description: 'Réserve un créneau pour un patient.',
  schema: z.object({ officine: z.string(), acte: z.string(), date: z.string(), heure: z.string(), patient: z.string() }) });

const model = new ScriptedChatModel({ model: 'mistral-large-2411', provider: 'mistralai', replies: [
  { tool_calls: [{ id: 'Jr4kq2Xo1', name: 'creneaux_disponibles', args: { officine: 'PH-069-0312', acte: 'vaccination_grippe', date: '2025-10-04' } }] },
  { tool_calls: [{ id: 'Jr4kq2Xo2', name: 'creneaux_disponibles', args: { officine: 'PH-069-0312', acte: 'vaccination_grippe', date: '2025-10-04' } }] },
  { content: "Pour samedi 4 octobre à la Pharmacie des Brotteaux, il reste trois créneaux pour la vaccination antigrippale : 9 h 15, 11 h 40 et 17 h 20 (15 minutes). Lequel vous convient ?" },
  { tool_calls: [{ id: 'Jr4kq2Xo3', name: 'reserver_creneau', args: { officine: 'PH-069-0312', acte: 'vaccination_grippe', date: '2025-10-04', heure: '11:40', patient: 'PAT-77120' } }] },
  { content: "C'est réservé : samedi 4 octobre à 11 h 40, Pharmacie des Brotteaux (référence RDV-4Q8-ZK2). Vous allez recevoir un SMS de confirmation. Pensez à apporter votre carte Vitale." },
] });

const SYS = "Tu es l'assistant de prise de rendez-vous de la Pharmacie des Brotteaux (officine PH-069-0312). Patient connecté : PAT-77120.";
const app = agentGraph({ name: 'rdv_pharmacie', agentNode: 'assistant_rdv', toolsNode: 'agenda', tools: [creneaux, reserver], model,
  checkpointer: new MemorySaver() });
const session = 'sess_01K6H3W8D2TQ9M4XR7B5N0VJCE';
const opts = { project: 'pharmacie-rdv', metadata: { session_id: session, user_id: 'PAT-77120' }, configurable: { thread_id: session } };

await traced(app, { messages: [new SystemMessage(SYS),
  new HumanMessage('Bonjour, je voudrais me faire vacciner contre la grippe samedi, vous avez de la place ?')] }, opts);
advance(minutes(2), minutes(4));
await traced(app, { messages: [new HumanMessage('11 h 40 c’est parfait.')] }, opts);
writeRuns(path.join(dir, 'runs.jsonl'));
