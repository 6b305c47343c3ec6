// Assistente clienti di un e-commerce di articoli per la casa (italiano): agente LangGraph che legge
// l'ordine, traccia la spedizione presso il corriere e cerca promozioni attive. Modello scriptato, offline.
// Run from the repository root: node bench/incidents/batch-a/langsmith-pacco-brt-riprova-g2/generate.mjs
import path from 'node:path';
import {
  startClock, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  SystemMessage, HumanMessage, z,
} from '../../harness/langsmith/lib.mjs';

startClock('2024-11-13T16:27:40.000Z', 3141);

const getOrdine = tool(async ({ numero_ordine }) => JSON.stringify({ numero_ordine, cliente: 'C-7730214', stato: 'SPEDITO',
  data_ordine: '2024-11-10', corriere: 'BRT', lettera_vettura: '051620487331209', articoli: [
    { sku: 'CAS-PAD-28', descrizione: 'Padella antiaderente 28 cm', qta: 1, prezzo: '34,90 €' },
    { sku: 'CAS-SET-COLT6', descrizione: 'Set 6 coltelli da bistecca', qta: 1, prezzo: '29,00 €' }],
  totale: '63,90 €' }), { name: 'get_ordine', description: 'Dati di un ordine dal gestionale.',
  schema: z.object({ numero_ordine: z.string() }), latency: [120, 380] });

let tentativi = 0;
const tracciaSpedizione = tool(async ({ corriere, lettera_vettura }) => {
  if (tentativi++ === 0) throw new Error(`BRT tracking API: 504 Gateway Timeout (GET /rest/v1/tracking/parcelID/${lettera_vettura}, 10000 ms)`);
  return JSON.stringify({ corriere, lettera_vettura, stato: 'IN CONSEGNA DOMANI', ultimo_evento: { data: '2024-11-13 14:52', luogo: 'Filiale BRT Bologna (BO)', descrizione: 'Arrivata in filiale di destino' },
    consegna_prevista: { data: '2024-11-14', fascia: '09:00-13:00' } });
}, { name: 'traccia_spedizione', description: 'Stato di una spedizione presso il corriere.',
  schema: z.object({ corriere: z.string(), lettera_vettura: z.string() }), latency: [600, 1500] });

const cercaPromozioni = tool(async ({ cliente }) => JSON.stringify({ cliente, promozioni_attive: [], prossima_campagna: null }),
  { name: 'cerca_promozioni', description: 'Codici sconto e promozioni attive per un cliente.',
    schema: z.object({ cliente: z.string() }), latency: [90, 240] });

const tc = (id, name, args) => ({ id, name, args });
const model = new ScriptedChatModel({ model: 'gemini-1.5-pro-002', provider: 'google_genai', replies: [
  { tool_calls: [tc('7f3a9c2e-51d4-4b8a-9e06-c2d18b4f7a31', 'get_ordine', { numero_ordine: 'IT-2024-118904' })] },
  { tool_calls: [tc('b21e6d90-3c7f-4a15-8d42-9f0a6e13c5b8', 'traccia_spedizione', { corriere: 'BRT', lettera_vettura: '051620487331209' })] },
  { content: 'Il servizio di tracciamento del corriere non ha risposto, riprovo.', tool_calls: [tc('e8c4f1a7-06b3-4d29-a5e7-31b9d2c80f64', 'traccia_spedizione', { corriere: 'BRT', lettera_vettura: '051620487331209' })] },
  { tool_calls: [tc('4d9b7e15-a2c8-4f63-b1d0-8e5a3c72f9e2', 'cerca_promozioni', { cliente: 'C-7730214' })] },
  { content: 'Ciao Giulia! Buone notizie sul tuo ordine IT-2024-118904 (padella 28 cm e set di coltelli):\n\n' +
    '📦 Il pacco è arrivato oggi alle 14:52 nella filiale BRT di Bologna ed è **in consegna domani, giovedì 14 novembre, tra le 9:00 e le 13:00**, quindi ben prima di sabato. Lettera di vettura BRT: 051620487331209.\n\n' +
    '🏷️ Per quanto riguarda i codici sconto: al momento non risultano promozioni attive sul tuo account, quindi non ho un codice da darti. Se vuoi, puoi iscriverti alla newsletter per essere avvisata alla prossima campagna.' },
] });

const app = agentGraph({ model, tools: [getOrdine, tracciaSpedizione, cercaPromozioni], agentNode: 'assistente', toolsNode: 'strumenti', name: 'assistenza-clienti' });
await traced(app, { messages: [
  new SystemMessage('Sei l\'assistente clienti di CasaBella Shop. Cliente autenticata: Giulia Conti (C-7730214). Rispondi in italiano. Non inventare date di consegna né codici sconto: usa solo i dati degli strumenti.'),
  new HumanMessage('Buongiorno, l\'ordine IT-2024-118904 arriva entro sabato? Devo fare un regalo. E c\'è qualche codice sconto per il prossimo acquisto?'),
] }, { project: 'casabella-assistenza', runName: 'assistenza-clienti',
  metadata: { session_id: 'sess_01JCKQ2Z7KX4M9B3T6W1YJ5N0C', user_id: 'C-7730214', canale: 'chat-web' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
