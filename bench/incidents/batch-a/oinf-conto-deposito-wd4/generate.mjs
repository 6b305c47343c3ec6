// Retail banking assistant (Italian), LangGraph.js, traced by OpenInference.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('assistente-home-banking', { 'service.version': '5.1.7', 'deployment.environment': 'prod' });

const saldo = tool(async ({ iban }) => JSON.stringify({ iban, intestatario: 'Chiara Bellandi',
  saldo_contabile: '1.384,50 €', saldo_disponibile: '1.234,50 €', aggiornato_al: '12/05/2025 08:14' }),
  { name: 'saldo_conto', description: 'Restituisce il saldo di un conto corrente.', schema: z.object({ iban: z.string() }) });
const conti = tool(async () => JSON.stringify([{ tipo: 'conto corrente', iban: 'IT60X0542811101000000123456' },
  { tipo: 'conto deposito Vincolo 12M', iban: 'IT02L1234512345123456789012' }]),
  { name: 'elenco_conti', description: 'Elenca i rapporti del cliente.', schema: z.object({}) });
const bonifico = tool(async ({ da_iban, a_iban, importo, causale }) => JSON.stringify({ cro: '0542811101-2505120917', da_iban, a_iban,
  importo_eur: Math.round(importo * 100) / 100, causale, esito: 'ESEGUITO', data_valuta: '12/05/2025' }),
  { name: 'giroconto', description: 'Esegue un giroconto tra rapporti dello stesso intestatario. importo in euro.',
    schema: z.object({ da_iban: z.string(), a_iban: z.string(), importo: z.number().describe('importo in euro, es. 250.00'), causale: z.string() }) });

const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'elenco_conti', args: {} }] },
  { content: '', tool_calls: [{ name: 'saldo_conto', args: { iban: 'IT60X0542811101000000123456' } }] },
  { content: '', tool_calls: [{ name: 'giroconto', args: { da_iban: 'IT60X0542811101000000123456', a_iban: 'IT02L1234512345123456789012',
    importo: 1.2345, causale: 'Giroconto saldo disponibile su conto deposito' } }] },
  { content: 'Fatto! Ho trasferito il saldo disponibile del conto corrente sul Conto Deposito Vincolo 12M. Esito: ESEGUITO, CRO 0542811101-2505120917, valuta 12/05/2025.' },
] });
const app = await reactGraph({ model, tools: [conti, saldo, bonifico], name: 'assistente-banca',
  prepare: (m) => [new SystemMessage('Sei l\'assistente di home banking. Esegui operazioni solo sui rapporti del cliente.'), ...m] });

const sess = 'hb-2505-c7d1f0e2b9';
await t.turn({ userId: 'CLI-0093321' }, () => app.invoke({ messages: [new HumanMessage(
  'Buongiorno, vorrei spostare tutto il saldo disponibile del conto corrente sul conto deposito.')] },
  { metadata: { conversation_id: sess, canale: 'app-ios' } }));
t.write(path.join(here, 'traces.otlp.jsonl'));
