// Freight booking assistant (French), three turns on one thread with a MemorySaver checkpointer.
// Before turn 3 the worker restarts and the app resumes the thread from the checkpoint id it had
// saved in its session table, which was last written after turn 1.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, minutes, here,
  MemorySaver, HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

const out = path.join(here(import.meta.url), 'runs.jsonl');
startClock('2025-09-16T08:02:40Z', 5);

const devis = tool(async ({ origine, destination, poids_kg, mode }) => JSON.stringify({
  devis_id: 'DV-25-0916-3381', origine, destination, poids_kg,
  options: [{ mode: 'aérien', transporteur: 'Air Cargo Express', depart: '2025-09-18', delai_j: 1, prix_eur: 2140 },
    { mode: 'routier', transporteur: 'Transports Giraud ADR', depart: '2025-09-17', delai_j: 3, prix_eur: 890 }] }),
{ name: 'demander_devis', description: 'Demande un devis de fret.', schema: z.object({ origine: z.string(), destination: z.string(), poids_kg: z.number(), mode: z.string().optional() }) });
const reserver = tool(async ({ devis_id, mode, transporteur }) => JSON.stringify({ reservation: 'RSV-88213-LYS', devis_id, mode, transporteur,
  enlevement: '2025-09-18T07:00', statut: 'confirmée' }),
{ name: 'reserver_transport', description: 'Réserve une option de devis.', schema: z.object({ devis_id: z.string(), mode: z.string(), transporteur: z.string() }) });
const tools = [devis, reserver];

const sys = new SystemMessage('Tu es l\'assistant de réservation fret de Logivia (Lyon). Vouvoie le client.');
const model = new ScriptedChatModel({ replies: [
  // turn 1
  { tool_calls: [{ id: 'call_a1F0xTq', name: 'demander_devis', args: { origine: 'Lyon-Corbas', destination: 'Porto', poids_kg: 420 } }] },
  { content: 'Voici le devis DV-25-0916-3381 : aérien (Air Cargo Express, départ 18/09, 1 jour) à 2 140 €, ou routier (Transports Giraud ADR, départ 17/09, 3 jours) à 890 €. Laquelle préférez-vous ?' },
  // turn 2
  { content: 'C\'est noté : les 12 palettes contiennent des batteries lithium-ion UN3480, classe 9. Le fret aérien est donc exclu pour cet envoi ; seule l\'option routière ADR (Transports Giraud, 890 €) convient. Je la réserve dès que vous confirmez.' },
  // turn 3 (resumed)
  { tool_calls: [{ id: 'call_c7Wm2Rz', name: 'reserver_transport', args: { devis_id: 'DV-25-0916-3381', mode: 'aérien', transporteur: 'Air Cargo Express' } }] },
  { content: 'C\'est réservé : RSV-88213-LYS, Air Cargo Express, enlèvement le 18/09 à 7h00 à Corbas. Livraison à Porto le lendemain.' },
] });
const checkpointer = new MemorySaver();
const graph = agentGraph({ model, tools, checkpointer });
const thread = 'th-logivia-5c1e77d0';
const meta = { session_id: thread, user_id: 'client-ETS-MARCHAND' };

await traced(graph, { messages: [sys, new HumanMessage('Bonjour, il me faut un transport de 12 palettes, 420 kg au total, de notre entrepôt de Corbas vers Porto, le plus vite possible.')] },
  { project: 'logivia-fret', metadata: meta, configurable: { thread_id: thread } });
const saved = (await graph.getState({ configurable: { thread_id: thread } })).config.configurable.checkpoint_id; // session table write
advance(minutes(6), minutes(9));
await traced(graph, { messages: [new HumanMessage('Attention, j\'oubliais : ce sont des batteries lithium-ion, UN3480. Notre assureur refuse l\'avion pour ça.')] },
  { project: 'logivia-fret', metadata: meta, configurable: { thread_id: thread } });
advance(minutes(41), minutes(47));
await traced(graph, { messages: [new HumanMessage('C\'est bon pour moi, réservez l\'option la plus rapide qui reste possible.')] },
  { project: 'logivia-fret', metadata: meta, configurable: { thread_id: thread, checkpoint_id: saved } });
writeRuns(out);
