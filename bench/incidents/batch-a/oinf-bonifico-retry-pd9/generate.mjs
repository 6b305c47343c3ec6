// Retail-banking assistant (LangGraph.js): balance check, transfer.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';
const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('assistente-home-banking');
const SESSION = 'sess:IT:2025-03-07:9c41e0';
let calls = 0;
const saldo = tool(async ({ conto }) => {
  if (calls++ === 0) throw new Error('core-banking gateway: read ECONNRESET (upstream 10.40.2.17:8443)');
  return JSON.stringify({ conto, saldo_disponibile: 1250.0, saldo_contabile: 1310.4, valuta: 'EUR', aggiornato: '2025-03-07T10:14:02+01:00' });
}, { name: 'saldo_conto', description: 'Saldo disponibile del conto.', schema: z.object({ conto: z.string() }) });
const bonifico = tool(async ({ conto, iban, importo, causale }) => JSON.stringify({ cro: '0306909606', conto, iban, importo, valuta: 'EUR', causale, stato: 'eseguito', data_esecuzione: '2025-03-07' }), {
  name: 'esegui_bonifico', description: 'Esegue un bonifico SEPA dal conto del cliente.',
  schema: z.object({ conto: z.string(), iban: z.string(), importo: z.number(), causale: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: '', tool_calls: [{ name: 'saldo_conto', args: { conto: 'CC-000482771' } }] },
  { content: '', tool_calls: [{ name: 'saldo_conto', args: { conto: 'CC-000482771' } }] },
  { content: '', tool_calls: [{ name: 'esegui_bonifico', args: { conto: 'CC-000482771', iban: 'IT60X0542811101000000123456', importo: 900, causale: 'Affitto marzo 2025' } }] },
  { content: 'Fatto. Il saldo disponibile era 1.250,00 €, quindi ho eseguito il bonifico di 900,00 € a IT60 X054 2811 1010 0000 0123 456 (causale «Affitto marzo 2025»). CRO 0306909606. Ti restano 350,00 € disponibili.' },
] });
const app = await reactGraph({ model, tools: [saldo, bonifico], name: 'assistente_conto',
  prepare: (m) => [new SystemMessage('Sei l\'assistente di Banca Adriatica. Prima di un bonifico verifica che il saldo disponibile sia sufficiente.'), ...m] });
await t.turn({ userId: 'cliente-7731904' }, () => app.invoke({ messages: [new HumanMessage(
  'Ciao, fammi un bonifico di 900 euro all\'IBAN IT60X0542811101000000123456 per l\'affitto di marzo, se ho abbastanza soldi sul conto.')] },
  { configurable: { thread_id: SESSION }, metadata: { session_id: SESSION } }));
t.write(path.join(here, 'traces.otlp.jsonl'));
