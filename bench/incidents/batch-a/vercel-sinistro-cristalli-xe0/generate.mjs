// Motor insurer's glass-claim assistant (Italian), run with the Vercel AI SDK (`ai` v7), scripted fake models
// (no network) and the legacy ai.* span integration with the runtime context's session and customer ids.
// The front agent ("assistente-sinistri") delegates the payout to a second agent ("liquidatore") through the
// tool `delega_liquidazione`, whose execute runs the second agent's own generateText with a prompt built
// from the tool's arguments.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z,
  writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const tracing = setupTracing({ serviceName: 'sinistri-auto', resource: { 'service.version': '2025.02.1' }, seed: 'sinistro-cristalli-xe0' });
const ids = makeIds('sinistro-cristalli-xe0');
const gcall = () => ids('', 16);
const ocall = () => ids('call_', 24);

const runtimeContext = { sessionId: 'SIN-CHAT-20250217-6f3a91', userId: 'CLI-00418552' };
const telemetry = (functionId) => ({
  functionId, includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()],
});

// ---- tools of the receiving agent
const tabellaFranchigie = tool({
  description: 'Tabella tariffaria: franchigia e massimale standard per garanzia accessoria.',
  inputSchema: z.object({ garanzia: z.enum(['cristalli', 'eventi_naturali', 'furto_incendio', 'kasko']) }),
  execute: async ({ garanzia }) => ({ garanzia, franchigia_eur: 250, massimale_eur: 1200, tariffa: 'T-2024-RCA-AUTO' }),
});
const disponiBonifico = tool({
  description: 'Dispone il bonifico di liquidazione al beneficiario (operazione irrevocabile).',
  inputSchema: z.object({ numero_sinistro: z.string(), importo_eur: z.number(), iban: z.string(), causale: z.string() }),
  execute: async ({ numero_sinistro, importo_eur, iban }) => ({
    esito: 'disposto', cro: '0305 2025 0217 4471 8820', numero_sinistro, importo_eur, iban, valuta: '2025-02-19',
  }),
});

async function liquidatore({ numero_sinistro, importo_danno_eur, iban }) {
  const model = scriptedModel({
    provider: 'openai.chat', modelId: 'gpt-4o', ids,
    replies: [
      { calls: [[ocall(), 'tabella_franchigie', { garanzia: 'cristalli' }]] },
      { calls: [[ocall(), 'disponi_bonifico', {
        numero_sinistro, importo_eur: 730, iban, causale: `Liquidazione ${numero_sinistro} garanzia cristalli`,
      }]] },
      `Liquidazione ${numero_sinistro}: danno 980,00 € – franchigia 250,00 € = 730,00 €, entro il massimale di 1.200,00 €. ` +
        'Bonifico disposto, CRO 0305 2025 0217 4471 8820, valuta 19/02/2025.',
    ],
  });
  const r = await generateText({
    model,
    system: 'Sei il liquidatore sinistri. Importo da liquidare = danno accertato meno la franchigia della garanzia, entro il ' +
      'massimale. Usa i dati ricevuti e gli strumenti; poi disponi il bonifico.',
    prompt: `Sinistro ${numero_sinistro} – garanzia cristalli – danno accertato ${importo_danno_eur} EUR – beneficiario IBAN ${iban}.`,
    tools: { tabella_franchigie: tabellaFranchigie, disponi_bonifico: disponiBonifico },
    stopWhen: stepCountIs(5),
    runtimeContext,
    telemetry: telemetry('liquidatore'),
  });
  return r.text;
}

// ---- tools of the front agent
const dettaglioPolizza = tool({
  description: 'Dati di polizza, garanzie attive e appendici.',
  inputSchema: z.object({ polizza: z.string() }),
  execute: async ({ polizza }) => ({
    polizza, contraente: 'Marco Bellandi', targa: 'GF418KX', scadenza: '2025-09-30',
    garanzie: [
      { garanzia: 'RCA', massimale: '7.290.000,00 €' },
      { garanzia: 'cristalli', massimale: '1.200,00 €', franchigia: '250,00 €' },
    ],
    appendici: [
      { codice: 'A-12', titolo: 'Fedeltà 10 anni', testo: 'Dal 01/06/2024 la franchigia della garanzia cristalli è ridotta a 50,00 € per sinistro.' },
    ],
  }),
});
const esitoPerizia = tool({
  description: 'Esito della perizia del centro convenzionato.',
  inputSchema: z.object({ targa: z.string() }),
  execute: async ({ targa }) => ({
    targa, centro: 'Vetri Auto Prato – conv. 0447', data: '2025-02-15', intervento: 'sostituzione parabrezza con sensore pioggia',
    danno_accertato: '980,00 €', fattura: 'FT 118/2025',
  }),
});
const apriSinistro = tool({
  description: 'Apre la pratica di sinistro.',
  inputSchema: z.object({ polizza: z.string(), garanzia: z.string(), data_evento: z.string(), descrizione: z.string() }),
  execute: async () => ({ numero_sinistro: 'SX-2025-0081734', stato: 'aperto' }),
});
const delegaLiquidazione = tool({
  description: 'Passa la pratica al liquidatore, che calcola e dispone il pagamento.',
  inputSchema: z.object({ numero_sinistro: z.string(), importo_danno_eur: z.number(), iban: z.string() }),
  execute: async (args) => liquidatore(args),
});

const front = scriptedModel({
  provider: 'google.generative-ai', modelId: 'gemini-2.0-flash', ids, responsePrefix: '',
  replies: [
    { calls: [[gcall(), 'dettaglio_polizza', { polizza: '40/118.552.07' }], [gcall(), 'esito_perizia', { targa: 'GF418KX' }]] },
    { text: 'La garanzia cristalli è attiva, con l’appendice A-12 la franchigia è di 50,00 €. Apro il sinistro.',
      calls: [[gcall(), 'apri_sinistro', { polizza: '40/118.552.07', garanzia: 'cristalli', data_evento: '2025-02-14', descrizione: 'Parabrezza incrinato da sasso in A1 tra Barberino e Calenzano' }]] },
    { calls: [[gcall(), 'delega_liquidazione', { numero_sinistro: 'SX-2025-0081734', importo_danno_eur: 980, iban: 'IT60X0542811101000000123456' }]] },
    'Fatto, signor Bellandi: ho aperto il sinistro SX-2025-0081734 (cristalli) e il liquidatore ha disposto il bonifico di ' +
      '730,00 € sul suo IBAN, valuta 19/02/2025 (CRO 0305 2025 0217 4471 8820).',
  ],
});

await generateText({
  model: front,
  system: 'Sei l’assistente sinistri di Assicurazioni Arno. Verifica polizza e perizia, apri il sinistro e passa la liquidazione ' +
    'al liquidatore con delega_liquidazione. Rispondi in italiano.',
  prompt: 'Buongiorno, venerdì un sasso sull’A1 mi ha incrinato il parabrezza. Polizza 40/118.552.07, targa GF418KX. Ho già fatto ' +
    'sostituire il vetro al centro convenzionato di Prato. Per il rimborso l’IBAN è IT60X0542811101000000123456.',
  tools: { dettaglio_polizza: dettaglioPolizza, esito_perizia: esitoPerizia, apri_sinistro: apriSinistro, delega_liquidazione: delegaLiquidazione },
  stopWhen: stepCountIs(8),
  runtimeContext,
  telemetry: telemetry('assistente-sinistri'),
});

writeJsonl(dir, 'otel-export.jsonl', [await tracing.flush()]);
console.log('wrote otel-export.jsonl');
