// Pharmacy-chain order assistant (Italian): the order service times out once, the agent retries and answers
// from the successful call; a second question the catalogue cannot answer gets an honest "non lo so".
import path from 'node:path';
import { startClock, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-11-07T18:31:09Z', 44);

let calls = 0;
const ordine = tool(async ({ numero_ordine }) => {
  calls += 1;
  if (calls === 1) throw new Error('ETIMEDOUT: ordini-svc.internal:8443 did not respond within 5000 ms');
  return JSON.stringify({ numero_ordine, stato: 'pronto per il ritiro', farmacia: 'Farmacia San Siro, Via Harar 12, Milano',
    articoli: [{ aic: '012745093', descrizione: 'Tachipirina 1000 mg 16 cpr', qta: 2 }], ritiro_entro: '2025-11-14' });
}, { name: 'stato_ordine', description: 'Stato di un ordine click & collect.', schema: z.object({ numero_ordine: z.string() }) });
const disponibilita = tool(async ({ aic, farmacia }) => JSON.stringify({ aic, farmacia, disponibile: null,
  nota: 'dato di magazzino non disponibile per questo punto vendita' }), {
  name: 'disponibilita_prodotto', description: 'Disponibilità a magazzino di un prodotto in una farmacia.',
  schema: z.object({ aic: z.string(), farmacia: z.string() }) });

const model = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_it01', name: 'stato_ordine', args: { numero_ordine: 'MI-2025-448190' } }] },
  { tool_calls: [{ id: 'call_it02', name: 'stato_ordine', args: { numero_ordine: 'MI-2025-448190' } }] },
  { tool_calls: [{ id: 'call_it03', name: 'disponibilita_prodotto', args: { aic: '004763037', farmacia: 'Farmacia San Siro' } }] },
  { content: 'Il suo ordine MI-2025-448190 (2 confezioni di Tachipirina 1000 mg) è pronto per il ritiro alla Farmacia San Siro, Via Harar 12, entro il 14 novembre. '
    + 'Per l\'Oki Task che vorrebbe aggiungere, purtroppo il sistema non mi restituisce la disponibilità per quella farmacia: non posso dirle se c\'è. Le consiglio di chiedere al banco al momento del ritiro.' },
] });

const app = agentGraph({ model, tools: [ordine, disponibilita], name: 'assistente-ordini' });
await traced(app, { messages: [
  new SystemMessage('Sei l\'assistente ordini di FarmaRete. Rispondi solo con dati verificati dai sistemi.'),
  new HumanMessage('Buonasera, il mio ordine MI-2025-448190 è pronto? E già che ci sono, nella stessa farmacia avete l\'Oki Task (AIC 004763037)?'),
] }, { project: 'farmarete-assistente', metadata: { conversation_id: 'conv:fr:8c1b77e2', user_id: 'cliente-IT-55021' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
