// Italian retail-banking assistant (LangGraph.js + scripted model), traced by OpenInference.
// The balance service rate-limits the first call; the agent retries and answers from the retry.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load, writeJson } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('sportello-digitale', { 'deployment.environment': 'prod-mi1' });
let saldoCalls = 0;
const saldoConto = tool(async ({ iban }) => {
  saldoCalls++;
  if (saldoCalls === 1) throw new Error('HTTP 429 Too Many Requests: core-banking gateway, retry-after=2s (req 7f3a-19c0)');
  return JSON.stringify({ iban, saldo_disponibile: '4.812,37', saldo_contabile: '5.102,37', divisa: 'EUR',
    aggiornato_al: '2025-03-11T09:42:10+01:00' });
}, { name: 'saldo_conto', description: 'Saldo disponibile e contabile di un conto corrente.',
  schema: z.object({ iban: z.string() }) });
const limiteBonifico = tool(async ({ iban }) => JSON.stringify({ iban, limite_giornaliero: '10.000,00', utilizzato_oggi: '1.250,00', divisa: 'EUR' }),
  { name: 'limite_bonifico', description: 'Limite giornaliero per bonifici SEPA e importo già utilizzato oggi.',
    schema: z.object({ iban: z.string() }) });

const IBAN = 'IT60X0542811101000000123456';
const model = new ScriptedChatModel({ replies: [
  { tool_calls: [{ name: 'saldo_conto', args: { iban: IBAN } }] },
  { content: 'Il servizio saldi è momentaneamente occupato, riprovo.', tool_calls: [{ name: 'saldo_conto', args: { iban: IBAN } }] },
  { tool_calls: [{ name: 'limite_bonifico', args: { iban: IBAN } }] },
  { content: 'Sì, può disporre il bonifico di 3.900,00 € oggi. Il saldo disponibile sul conto ' + IBAN.slice(-6) +
    ' è di 4.812,37 € (contabile 5.102,37 €, aggiornato alle 09:42). Del limite giornaliero di 10.000,00 € ha già utilizzato 1.250,00 €, ' +
    'quindi restano 8.750,00 €. Dopo il bonifico il disponibile scenderebbe a 912,37 €.' },
] });
const app = await reactGraph({ model, tools: [saldoConto, limiteBonifico], name: 'assistente_conti' });

await t.turn({ userId: 'cli-0048823' }, () => app.invoke({ messages: [
  new SystemMessage('Sei l\'assistente conti di Banca Lariana. Usa sempre gli strumenti prima di citare saldi o limiti. Non inventare importi.'),
  new HumanMessage('Buongiorno, posso fare oggi un bonifico di 3.900 euro al mio idraulico? Vorrei sapere se ho abbastanza sul conto e se rientro nel limite.'),
] }, { metadata: { session_id: 'sess-bl-2025-03-11-0048823' }, recursionLimit: 20 }));

t.write(path.join(here, 'spans.otlp.jsonl'));
