// Customs-broker assistant (Italian): the carrier reports weight in pounds, the declaration takes kilograms.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry,
  writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const otel = setupTracing({ serviceName: 'spedizioni-doganali-agent', seed: 'dogana-colli-se0',
  resource: { 'deployment.environment': 'prod-milano', 'service.version': '3.2.1' } });
const ids = makeIds('dogana-colli-se0');

const dettaglioCollo = tool({
  description: 'Dati del collo dal vettore (API UPS Tracking inoltrata).',
  inputSchema: z.object({ tracking: z.string() }),
  execute: async ({ tracking }) => ({
    tracking, origine: 'Newark, NJ, US', destinazione: 'Bergamo, IT', colli: 1,
    descrizione: 'Ricambi per macchine da caffè espresso (guarnizioni, valvole)', hs_code: '8419909000',
    peso: 44.2, unita_peso: 'LBS', valore_dichiarato: 310.0, valuta: 'USD',
  }),
});
const dichiarazioneDoganale = tool({
  description: 'Compila la dichiarazione doganale d\'importazione (H1) presso AIDA.',
  inputSchema: z.object({
    tracking: z.string(), hs_code: z.string(),
    peso_lordo_kg: z.number().describe('Peso lordo in chilogrammi'),
    valore: z.number(), valuta: z.string(),
  }),
  execute: async (args) => ({ ...args, mrn: '25IT' + ids('', 14).toUpperCase(), stato: 'ACCETTATA',
    dazi_stimati_eur: 0, iva_stimata_eur: 62.54 }),
});

const c = () => 'call_' + ids('', 24);
await generateText({
  model: scriptedModel({ modelId: 'gpt-4o', ids, replies: [
    { calls: [[c(), 'dettaglioCollo', { tracking: '1Z9X47E80468213379' }]] },
    { calls: [[c(), 'dichiarazioneDoganale', { tracking: '1Z9X47E80468213379', hs_code: '8419909000', peso_lordo_kg: 44.2, valore: 310.0, valuta: 'USD' }]] },
    'Dichiarazione H1 presentata e accettata per il collo 1Z9X47E80468213379: ricambi per macchine da caffè (HS 8419909000), '
      + 'peso lordo 44,2 kg, valore 310,00 USD. Dazi stimati 0 €, IVA stimata 62,54 €.',
  ] }),
  system: 'Sei l\'assistente di Brembo Dogane Srl. Prepari le dichiarazioni d\'importazione a partire dai dati del vettore.',
  prompt: 'Ciao, puoi sdoganare il collo UPS 1Z9X47E80468213379 per il cliente Caffè Orobico? Grazie. — Marta',
  tools: { dettaglioCollo, dichiarazioneDoganale },
  stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: 'pratica-BG-2025-03318', userId: 'op.marta.rota' },
  telemetry: { functionId: 'sdoganamento', includeRuntimeContext: { sessionId: true, userId: true },
    integrations: [new LegacyOpenTelemetry()] },
});
writeJsonl(dir, 'spans.jsonl', [await otel.flush()]);
