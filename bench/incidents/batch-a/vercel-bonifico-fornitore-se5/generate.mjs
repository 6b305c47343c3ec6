// Assistente pagamenti di una PMI (home banking aziendale): paga una fattura fornitore dal conto operativo.
// Vercel AI SDK v7 con LegacyOpenTelemetry (attributi ai.*); nessun id di sessione: job singolo, una traccia.
// Il primo saldo_conto va in timeout sul core banking, il modello ripete la chiamata.
// Rerun from the checkout root: node bench/incidents/batch-a/vercel-bonifico-fornitore-se5/generate.mjs
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonDocument, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const { flush } = setupTracing({
  serviceName: 'tesoreria-assistente',
  resource: { 'service.version': '0.9.4', 'deployment.environment.name': 'prod', 'service.namespace': 'ferramenta-rossi' },
  seed: 'vercel-bonifico-fornitore-se5',
});
const ids = makeIds('vercel-bonifico-fornitore-se5');

let saldoCalls = 0;
const tools = {
  cerca_fattura: tool({
    description: 'Cerca una fattura passiva nel gestionale per numero e fornitore.',
    inputSchema: z.object({ numero: z.string(), fornitore: z.string().optional() }),
    execute: async ({ numero }) => ({
      numero, fornitore: 'Tipografia Ferri S.n.c.', partita_iva: 'IT02741980364', importo_eur: 1860.0, scadenza: '2024-11-30',
      iban_beneficiario: 'IT60X0542811101000000123456', stato: 'da_pagare', causale_suggerita: 'Saldo fattura 2024/0387 del 31/10/2024',
    }),
  }),
  saldo_conto: tool({
    description: 'Saldo disponibile di un conto aziendale (core banking).',
    inputSchema: z.object({ conto: z.enum(['OPERATIVO', 'TASSE', 'RISERVA']) }),
    execute: async ({ conto }) => {
      saldoCalls += 1;
      if (saldoCalls === 1) {
        await sleep(60);
        throw new Error('CBS-GW 504 Gateway Timeout: upstream core-banking did not answer within 10000 ms (req 7f3c2a91)');
      }
      return { conto, iban: 'IT31K0306909606100000063871', saldo_disponibile_eur: 14230.55, saldo_contabile_eur: 15102.1, aggiornato_al: '2024-11-26T10:41:07+01:00' };
    },
  }),
  disponi_bonifico: tool({
    description: 'Dispone un bonifico SEPA dal conto indicato. Richiede la conferma dell\'utente già acquisita.',
    inputSchema: z.object({ conto: z.string(), iban_beneficiario: z.string(), beneficiario: z.string(), importo_eur: z.number(), causale: z.string() }),
    execute: async (b) => ({ esito: 'ESEGUITO', cro: '0306924113180412', data_esecuzione: '2024-11-26', ...b }),
  }),
};

const model = scriptedModel({
  provider: 'mistral.chat', modelId: 'mistral-large-2411', responsePrefix: 'cmpl-', ids,
  replies: [
    { calls: [['fa1Kp9Qz2', 'cerca_fattura', { numero: '2024/0387', fornitore: 'Tipografia Ferri' }]] },
    { calls: [['sb7Ty3Wm5', 'saldo_conto', { conto: 'OPERATIVO' }]] },
    { text: 'Il core banking non ha risposto in tempo, riprovo a leggere il saldo.', calls: [['sc2Rn8Hx4', 'saldo_conto', { conto: 'OPERATIVO' }]] },
    { calls: [['bn6Lv1Dj7', 'disponi_bonifico', { conto: 'OPERATIVO', iban_beneficiario: 'IT60X0542811101000000123456',
      beneficiario: 'Tipografia Ferri S.n.c.', importo_eur: 1860.0, causale: 'Saldo fattura 2024/0387 del 31/10/2024' }]] },
    'Fatto. Bonifico di 1.860,00 € a Tipografia Ferri S.n.c. (IBAN IT60 X054 2811 1010 0000 0123 456) eseguito oggi dal conto operativo, '
      + 'CRO 0306924113180412, causale "Saldo fattura 2024/0387 del 31/10/2024". Il primo tentativo di lettura del saldo era andato in timeout; '
      + 'al secondo il saldo disponibile risultava 14.230,55 €, quindi dopo il pagamento restano circa 12.370,55 €.',
  ],
});

await generateText({
  model,
  system: 'Sei l\'assistente di tesoreria di Ferramenta Rossi S.r.l. Prima di disporre un bonifico verifica la fattura e il saldo disponibile '
    + 'del conto. Non disporre pagamenti se il saldo non è stato letto correttamente. Rispondi in italiano.',
  messages: [
    { role: 'user', content: 'Paga la fattura 2024/0387 della Tipografia Ferri dal conto operativo.' },
    { role: 'assistant', content: 'Confermi il pagamento integrale della fattura 2024/0387 di Tipografia Ferri dal conto OPERATIVO?' },
    { role: 'user', content: 'Sì, confermo. Procedi pure.' },
  ],
  tools,
  stopWhen: stepCountIs(8),
  telemetry: { functionId: 'tesoreria-pagamenti', integrations: [new LegacyOpenTelemetry()] },
});

writeJsonDocument(scriptDir(import.meta.url), 'export-traccia.json', await flush());
