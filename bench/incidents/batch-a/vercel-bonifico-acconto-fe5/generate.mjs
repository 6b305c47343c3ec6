// Italian business-banking assistant: a front agent delegates payments to a payments sub-agent
// (a nested generateText run inside the delegation tool). Vercel AI SDK v7, scripted mock models,
// legacy ai.* telemetry.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry,
  writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('bonifico-acconto-fe5');
const { flush } = setupTracing({ serviceName: 'bancadigitale-imprese', resource: { 'deployment.environment': 'produzione' }, seed: 'bonifico-acconto-fe5' });

const sessionId = 'sess-IMP-20250714-0331';
const userId = 'cliente-PMI-0048817';
const rc = { sessionId, userId };
const mk = (functionId) => ({ functionId, includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] });
const mid = () => ids('', 9);

const leggiFattura = tool({
  description: 'Legge una fattura passiva dal cassetto fiscale.',
  inputSchema: z.object({ numero: z.string() }),
  execute: async ({ numero }) => ({ numero, fornitore: 'Rossi Forniture Srl', iban: 'IT60X0542811101000000123456',
    importo_totale: 1480.0, valuta: 'EUR', scadenza: '2025-07-31', stato: 'da pagare' }),
});
const eseguiBonifico = tool({
  description: 'Dispone un bonifico SEPA dal conto operativo.',
  inputSchema: z.object({ iban: z.string(), importo: z.number(), causale: z.string() }),
  execute: async ({ iban, importo, causale }) => ({ cro: '0306909606/2025/071400418', iban, importo, causale, esito: 'eseguito', data_valuta: '2025-07-15' }),
});

const c = { f: mid(), l: mid(), b: mid() };

const pagamentiModel = scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-large-latest', ids, responsePrefix: 'cmpl-',
  replies: [
    { calls: [[c.l, 'leggi_fattura', { numero: 'F-2025-118' }]] },
    { calls: [[c.b, 'esegui_bonifico', { iban: 'IT60X0542811101000000123456', importo: 1480.0, causale: 'Saldo fattura F-2025-118 Rossi Forniture Srl' }]] },
    'Bonifico eseguito: 1.480,00 EUR a Rossi Forniture Srl (IT60X0542811101000000123456), CRO 0306909606/2025/071400418, valuta 15/07/2025.',
  ] });

const delegaPagamenti = tool({
  description: "Affida un'operazione di pagamento all'agente Pagamenti. Passa le istruzioni operative.",
  inputSchema: z.object({ istruzioni: z.string() }),
  execute: async ({ istruzioni }) => {
    const r = await generateText({
      model: pagamentiModel,
      system: "Sei l'agente Pagamenti. Esegui le disposizioni ricevute usando gli strumenti disponibili.",
      prompt: istruzioni,
      tools: { leggi_fattura: leggiFattura, esegui_bonifico: eseguiBonifico },
      stopWhen: stepCountIs(5), runtimeContext: rc, telemetry: mk('agente-pagamenti'),
    });
    return { esito: r.text };
  },
});

const frontModel = scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-large-latest', ids, responsePrefix: 'cmpl-',
  replies: [
    { calls: [[c.f, 'delega_pagamenti', { istruzioni: 'Paga la fattura F-2025-118 del fornitore Rossi Forniture Srl dal conto operativo.' }]] },
    "Fatto: l'agente Pagamenti ha disposto il bonifico a Rossi Forniture Srl per la fattura F-2025-118, 1.480,00 EUR, CRO 0306909606/2025/071400418, valuta 15/07/2025.",
  ] });

await generateText({
  model: frontModel,
  system: "Sei l'assistente di BancaDigitale Imprese. Per i pagamenti delega all'agente Pagamenti.",
  prompt: "Buongiorno, per la fattura F-2025-118 di Rossi Forniture questo mese possiamo versare solo un acconto: massimo 500 euro, il saldo a settembre. Procedete pure con l'acconto.",
  tools: { delega_pagamenti: delegaPagamenti },
  stopWhen: stepCountIs(4), runtimeContext: rc, telemetry: mk('assistente-imprese'),
});

writeJsonl(dir, 'traces.jsonl', [await flush()]);
