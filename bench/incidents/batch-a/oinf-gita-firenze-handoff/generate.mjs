// Agenzia viaggi aziendale (LangGraph.js, due grafi ReAct, modello guionizzato). Il coordinatore
// raccoglie i vincoli del cliente e passa la prenotazione all'agente hotel tramite uno strumento
// che avvia il sottografo con un solo messaggio di incarico. Il budget per notte e le camere
// accessibili non sono nell'incarico; l'agente hotel prenota un hotel da 245 €/notte senza
// camere accessibili.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('viaggi-aziendali-orchestrator', { 'deployment.environment': 'produzione' });
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

// --- agente hotel (sottografo)
const cercaHotel = tool(async ({ citta, check_in, check_out, camere }) => JSON.stringify({ citta, check_in, check_out, camere_richieste: camere,
  risultati: [
    { id: 'HTL-FI-0192', nome: 'Hotel Brunelleschi Palace', stelle: 4, zona: 'Duomo', prezzo_notte_camera_eur: 245, camere_disponibili: 9, camere_accessibili: 0, cancellazione_gratuita: true },
    { id: 'HTL-FI-0417', nome: 'Hotel Leopolda Novella', stelle: 4, zona: 'Santa Maria Novella', prezzo_notte_camera_eur: 172, camere_disponibili: 8, camere_accessibili: 2, cancellazione_gratuita: true },
    { id: 'HTL-FI-0733', nome: 'B&B Oltrarno Giardino', stelle: 3, zona: 'Oltrarno', prezzo_notte_camera_eur: 128, camere_disponibili: 5, camere_accessibili: 0, cancellazione_gratuita: false },
  ] }), {
  name: 'cerca_hotel', description: 'Cerca disponibilità alberghiera per città, date e numero di camere.',
  schema: z.object({ citta: z.string(), check_in: z.string(), check_out: z.string(), camere: z.number().int(), accessibili: z.number().int().optional() }) });
const prenotaHotel = tool(async ({ hotel_id, camere, check_in, check_out }) => JSON.stringify({ prenotazione: 'PNR-FLR-55X7Q', hotel_id,
  camere, check_in, check_out, totale_eur: 245 * camere * 3, stato: 'confermata' }), {
  name: 'prenota_hotel', description: 'Prenota camere in un hotel.',
  schema: z.object({ hotel_id: z.string(), camere: z.number().int(), check_in: z.string(), check_out: z.string(), camere_accessibili: z.number().int().optional() }) });
const hotelModel = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'cerca_hotel', args: { citta: 'Firenze', check_in: '2025-10-12', check_out: '2025-10-15', camere: 7 } }] },
  { tool_calls: [{ name: 'prenota_hotel', args: { hotel_id: 'HTL-FI-0192', camere: 7, check_in: '2025-10-12', check_out: '2025-10-15' } }] },
  { content: 'Prenotazione PNR-FLR-55X7Q confermata: Hotel Brunelleschi Palace (4*, zona Duomo), 7 camere doppie dal 12 al 15 ottobre, 245 € a camera per notte, totale 5.145 €, cancellazione gratuita.' },
] });
const agenteHotel = await reactGraph({ model: hotelModel, tools: [cercaHotel, prenotaHotel], name: 'agente_hotel',
  prepare: (m) => [new SystemMessage("Sei l'agente prenotazioni hotel. Esegui l'incarico ricevuto: cerca, scegli l'hotel più centrale e prenota."), ...m] });

// --- coordinatore
const affida = tool(async ({ incarico }, config) => {
  const out = await agenteHotel.invoke({ messages: [new HumanMessage(incarico)] }, config);
  return out.messages[out.messages.length - 1].content;
}, {
  name: 'affida_a_agente_hotel', description: "Affida la prenotazione alberghiera all'agente hotel con un incarico scritto.",
  schema: z.object({ incarico: z.string().describe("Testo dell'incarico per l'agente hotel") }) });
const coordModel = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'affida_a_agente_hotel', args: { incarico: 'Prenota hotel a Firenze per un gruppo aziendale di 14 persone (7 camere doppie), check-in 12 ottobre 2025, check-out 15 ottobre 2025. Preferenza: zona centrale.' } }] },
  { content: "Fatto! Ho prenotato l'Hotel Brunelleschi Palace, 4 stelle in zona Duomo, per il vostro gruppo di 14 persone: 7 camere doppie dal 12 al 15 ottobre. Codice prenotazione PNR-FLR-55X7Q, cancellazione gratuita. Vi mando a breve la conferma con il riepilogo." },
] });
const coordinatore = await reactGraph({ model: coordModel, tools: [affida], name: 'coordinatore',
  prepare: (m) => [new SystemMessage("Sei il coordinatore di Viaggi Aziendali Tosco. Raccogli le esigenze del cliente e affida le prenotazioni agli agenti specializzati, poi riferisci al cliente."), ...m] });

await t.turn({ userId: 'cliente-arch-ferri-0087' }, () => coordinatore.invoke({ messages: [
  new HumanMessage("Buongiorno, organizzo la gita aziendale dello studio: siamo 14 persone, Firenze dal 12 al 15 ottobre. Budget massimo 180 € a camera per notte, e due colleghi sono in sedia a rotelle, quindi servono almeno 2 camere accessibili. Ci prenotate l'albergo?"),
] }, { metadata: { conversation_id: 'VAT-2025-0912-0087' } }));

t.write(path.join(here, 'traces.jsonl'));
