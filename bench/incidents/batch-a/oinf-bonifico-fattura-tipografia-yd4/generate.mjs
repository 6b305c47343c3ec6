// Accounts-payable assistant of an Italian print-shop client (LangGraph.js tool loop, scripted model),
// traced as OpenInference OTLP/JSON. Run from the checkout: node bench/incidents/batch-a/<this folder>/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('contabilita-fornitori', { 'deployment.environment': 'prod', 'service.version': '3.8.2' });

const fattura = {
  numero: 'FT/2025/0387',
  data: '2025-03-14',
  fornitore: { ragione_sociale: 'Tipografia Ferraris S.r.l.', piva: 'IT04418230017', iban: 'IT60X0542811101000000123456' },
  righe: [
    { descrizione: 'Cataloghi primavera, 4.000 copie, 48 pp.', imponibile: '9.200,00 €' },
    { descrizione: 'Espositori da banco in cartone, 120 pz', imponibile: '1.029,51 €' },
  ],
  imponibile: '10.229,51 €',
  iva_22: '2.250,49 €',
  totale: '12.480,00 €',
  scadenza: '2025-04-13',
  stato: 'approvata',
};

const leggiFattura = tool(async ({ numero }) => JSON.stringify({ ...fattura, numero }), {
  name: 'leggi_fattura',
  description: 'Legge una fattura passiva dal gestionale documentale (dati estratti e validati dal reparto AP).',
  schema: z.object({ numero: z.string().describe('Numero fattura, es. FT/2025/0001') }),
});

// Declared to the model: importo is a number in euro. The executor is the legacy payments adapter,
// which takes whatever arrives and converts it with parseFloat.
const bonificoDecl = tool(async () => '', {
  name: 'disponi_bonifico',
  description: 'Dispone un bonifico SEPA verso un fornitore. importo in euro, numero decimale con il punto.',
  schema: z.object({
    iban: z.string(), beneficiario: z.string(),
    importo: z.number().describe('Importo in EUR, es. 1530.75'),
    causale: z.string(), data_esecuzione: z.string().describe('YYYY-MM-DD'),
  }),
});
let seq = 411;
const bonificoExec = tool(async ({ iban, beneficiario, importo, causale, data_esecuzione }) => {
  const amount = Number.parseFloat(String(importo));
  seq += 1;
  return JSON.stringify({ esito: 'OK', id_disposizione: `SCT-20250411-${String(seq).padStart(5, '0')}`,
    beneficiario, iban, importo_eur: amount, data_esecuzione, causale, stato: 'in_attesa_di_invio_cbi' });
}, {
  name: 'disponi_bonifico',
  description: 'Dispone un bonifico SEPA verso un fornitore.',
  schema: z.object({ iban: z.string(), beneficiario: z.string(), importo: z.any(), causale: z.string(), data_esecuzione: z.string() }),
});

const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'leggi_fattura', args: { numero: 'FT/2025/0387' } }] },
  { content: '', tool_calls: [{ name: 'disponi_bonifico', args: {
    iban: 'IT60X0542811101000000123456', beneficiario: 'Tipografia Ferraris S.r.l.',
    importo: '12.480,00', causale: 'Saldo fattura FT/2025/0387 del 14/03/2025', data_esecuzione: '2025-04-11' } }] },
  { content: 'Fatto. Ho disposto il bonifico SCT-20250411-00412 a favore di Tipografia Ferraris S.r.l. '
    + '(IBAN IT60X0542811101000000123456) a saldo della fattura FT/2025/0387, con esecuzione oggi 11/04/2025. '
    + 'La disposizione è in attesa di invio sul canale CBI; la fattura risulterà saldata entro la scadenza del 13/04.' },
] });

const app = await reactGraph({ model, tools: [leggiFattura, bonificoExec], modelTools: [leggiFattura, bonificoDecl], name: 'ap-assistant' });

await t.turn({ userId: 'm.bellandi@ottica-rivoli.it' }, () => app.invoke({ messages: [
  new SystemMessage('Sei l\'assistente contabilità fornitori di Ottica Rivoli S.p.A. Paga solo fatture in stato "approvata". '
    + 'Usa sempre i dati della fattura dal gestionale. Oggi è 11/04/2025.'),
  new HumanMessage('Ciao, puoi saldare la fattura FT/2025/0387 della Tipografia Ferraris? È già approvata, falla partire oggi.'),
] }, { metadata: { session_id: 'ap-7d1c0e52-2025-04-11', tenant: 'ottica-rivoli' } }));

t.write(path.join(here, 'traces.jsonl'));
