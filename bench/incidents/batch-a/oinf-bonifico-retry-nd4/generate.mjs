// Italian retail-banking assistant (LangGraph.js, scripted model). The IBAN check times out once,
// the agent retries it, then prepares the transfer with the amount the customer gave.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('banca-assistente', { 'deployment.environment': 'prod-mi1' });
let ibanCalls = 0;
const verificaIban = tool(async ({ iban }) => {
  ibanCalls++;
  if (ibanCalls === 1) throw new Error('ETIMEDOUT: gateway SEPA non ha risposto entro 8000 ms (req 7f3a-22c1)');
  return JSON.stringify({ iban, valido: true, intestatario: 'Ferrante Arredi S.r.l.', bic: 'BCITITMMXXX', circuito: 'SCT Inst' });
}, { name: 'verifica_iban', description: 'Verifica un IBAN beneficiario e restituisce intestatario e BIC.',
  schema: z.object({ iban: z.string() }) });
const preparaBonifico = tool(async ({ iban, importo, valuta, causale }) =>
  JSON.stringify({ bozza: 'BNF-2025-0048813', iban, importo, valuta, causale, stato: 'in_attesa_firma_OTP' }),
{ name: 'prepara_bonifico', description: 'Prepara una bozza di bonifico SEPA (richiede firma OTP del cliente).',
  schema: z.object({ iban: z.string(), importo: z.number().describe('importo in unità della valuta, punto decimale'),
    valuta: z.enum(['EUR']), causale: z.string() }) });

const IBAN = 'IT60X0542811101000000123456';
const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'verifica_iban', args: { iban: IBAN } }] },
  { content: 'Il servizio di verifica non ha risposto, riprovo.', tool_calls: [{ name: 'verifica_iban', args: { iban: IBAN } }] },
  { content: '', tool_calls: [{ name: 'prepara_bonifico', args: { iban: IBAN, importo: 1250.0, valuta: 'EUR', causale: 'Saldo fattura 2025/117' } }] },
  { content: 'Ho verificato l\'IBAN (al secondo tentativo: il primo è andato in timeout): intestatario Ferrante Arredi S.r.l., BIC BCITITMMXXX. ' +
      'Ho preparato la bozza BNF-2025-0048813 per 1.250,00 € con causale "Saldo fattura 2025/117". Per inviarla conferma con il codice OTP.' },
] });
const app = await reactGraph({ model, tools: [verificaIban, preparaBonifico], name: 'assistente-bonifici' });

await t.turn({ userId: 'cli-00912844' }, () => app.invoke({ messages: [
  new SystemMessage('Sei l\'assistente bonifici di Banca Lariana. Verifica sempre l\'IBAN prima di preparare un bonifico. Non inviare mai senza OTP.'),
  new HumanMessage('Buongiorno, devo fare un bonifico di 1.250,00 € a Ferrante Arredi, IBAN IT60 X054 2811 1010 0000 0123 456, causale "Saldo fattura 2025/117".'),
] }, { metadata: { thread_id: 'conv-bl-5531' }, runName: 'assistente-bonifici' }));

t.write(path.join(here, 'traces.jsonl'));
