// E-commerce customer assistant (Italian): stock and restock questions for an outdoor-gear shop.
// The warehouse API times out once; the agent retries and answers from the successful call.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('assistente-clienti', { 'service.version': '1.14.0', 'deployment.environment': 'production' });

let calls = 0;
const verificaDisponibilita = tool(async ({ codice_articolo, taglia }) => {
  calls++;
  if (calls === 1) throw new Error('ETIMEDOUT: richiesta a wms-api.altavia.internal:8443/v2/giacenze scaduta dopo 5000 ms');
  return JSON.stringify({ codice_articolo, taglia, disponibili: 0, in_riordino: 40, prossimo_arrivo: '2025-04-08', magazzino: 'Verona-2' });
}, { name: 'verifica_disponibilita', description: 'Giacenza di un articolo per taglia nel magazzino centrale.',
  schema: z.object({ codice_articolo: z.string(), taglia: z.string() }) });

const creaAvviso = tool(async ({ email, codice_articolo, taglia }) => JSON.stringify({ avviso: 'AVV-88213', email, codice_articolo, taglia, stato: 'attivo' }), {
  name: 'crea_avviso_riassortimento', description: 'Iscrive il cliente all\'avviso e-mail di riassortimento.',
  schema: z.object({ email: z.string(), codice_articolo: z.string(), taglia: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: '', tool_calls: [{ name: 'verifica_disponibilita', args: { codice_articolo: 'ZS-TREK-GTX-M', taglia: '43' } }] },
  { content: 'Il magazzino non ha risposto in tempo, riprovo.', tool_calls: [{ name: 'verifica_disponibilita', args: { codice_articolo: 'ZS-TREK-GTX-M', taglia: '43' } }] },
  { content: 'Ho verificato: lo scarpone Trek GTX uomo in taglia 43 al momento è esaurito (0 pezzi disponibili). Sono già in riordino 40 paia, con arrivo previsto in magazzino l\'8 aprile 2025. Vuoi che ti avvisi via e-mail appena torna disponibile?' },
  { content: '', tool_calls: [{ name: 'crea_avviso_riassortimento', args: { email: 'giulia.ferraro@example.it', codice_articolo: 'ZS-TREK-GTX-M', taglia: '43' } }] },
  { content: 'Fatto! Riceverai una e-mail a giulia.ferraro@example.it appena il Trek GTX taglia 43 sarà di nuovo disponibile (avviso AVV-88213).' },
] });
const app = await reactGraph({ model, tools: [verificaDisponibilita, creaAvviso], name: 'assistente_negozio' });

const sessionId = 'chat_01JKZ4W7R9QF3M2X8T6BNDPV5C';
const cfg = { metadata: { session_id: sessionId }, configurable: { thread_id: sessionId } };
const system = new SystemMessage('Sei l\'assistente clienti di Altavia Outdoor. Rispondi sulla disponibilità solo dopo averla verificata.');
const q1 = new HumanMessage('Ciao! Avete lo scarpone Trek GTX da uomo in 43? Codice ZS-TREK-GTX-M');
const first = await t.turn({ userId: 'cli-5530918' }, () => app.invoke({ messages: [system, q1] }, cfg));
await t.turn({ userId: 'cli-5530918' }, () => app.invoke({ messages: [...first.messages,
  new HumanMessage('Sì grazie, avvisami a giulia.ferraro@example.it')] }, cfg));

t.write(path.join(here, 'traces.otlp.jsonl'));
