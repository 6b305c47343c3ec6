// Crediteurenadministratie (Vercel AI SDK v7, LegacyOpenTelemetry), scripted mock model (Anthropic-style ids).
// The payment tool is declared with a plain JSON schema (jsonSchema(), no validator), so its arguments are not checked.
import { setupTracing, scriptedModel, makeIds, generateText, tool, jsonSchema, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'ap-automation', resource: { 'deployment.environment': 'production', 'service.version': '2024.10.1' }, seed: 've5-crediteuren' });
const ids = makeIds('ve5-crediteuren');

const factuurLezen = tool({
  description: 'Leest een ingescande inkoopfactuur (OCR) uit het postvak.',
  inputSchema: jsonSchema({ type: 'object', properties: { documentId: { type: 'string' } }, required: ['documentId'] }),
  execute: async ({ documentId }) => ({ documentId, leverancier: 'Van Dijk Installatietechniek B.V.', iban: 'NL91ABNA0417164300', factuurnummer: 'VDI-2024-0918', totaalInclBtw: '1.234,50 €', vervaldatum: '2024-11-14' }),
});
const betalingInplannen = tool({
  description: 'Plant een SEPA-overboeking in de betaalbatch van vandaag.',
  inputSchema: jsonSchema({ type: 'object', properties: {
    iban: { type: 'string' }, bedrag: { type: 'number', description: 'Bedrag in euro, decimaal met punt' },
    omschrijving: { type: 'string' }, uitvoerdatum: { type: 'string', format: 'date' } },
    required: ['iban', 'bedrag', 'omschrijving', 'uitvoerdatum'], additionalProperties: false }),
  execute: async ({ iban, bedrag, omschrijving, uitvoerdatum }) => {
    const cents = Math.round(parseFloat(bedrag) * 100);
    return { batch: 'SEPA-20241104-03', opdrachtId: 'PAY-7731-0442', iban, bedragCent: cents, valuta: 'EUR', omschrijving, uitvoerdatum, status: 'ingepland' };
  },
});
const c1 = ids('toolu_', 24), c2 = ids('toolu_', 24);
await generateText({
  model: scriptedModel({ ids, provider: 'anthropic.messages', modelId: 'claude-sonnet-4-5', responsePrefix: 'msg_', replies: [
    { calls: [[c1, 'factuur_lezen', { documentId: 'scan-2024-11-04-0017.pdf' }]] },
    { calls: [[c2, 'betaling_inplannen', { iban: 'NL91ABNA0417164300', bedrag: '1.234,50', omschrijving: 'Factuur VDI-2024-0918', uitvoerdatum: '2024-11-05' }]] },
    'De factuur VDI-2024-0918 van Van Dijk Installatietechniek (€ 1.234,50) staat ingepland voor 5 november in batch SEPA-20241104-03, opdracht PAY-7731-0442.',
  ] }),
  system: 'Je bent de crediteurenassistent van Bouwbedrijf Hoekstra. Plan betalingen alleen in na goedkeuring in de chat.',
  prompt: 'Factuur scan-2024-11-04-0017.pdf is goedgekeurd door Anouk, graag morgen betalen.',
  tools: { factuur_lezen: factuurLezen, betaling_inplannen: betalingInplannen }, stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: 'ap-thread-000418', userId: 'fin.dejong@hoekstra-bouw.nl' },
  telemetry: { functionId: 'crediteuren-agent', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});
writeJsonl(dir, 'otlp-traces.jsonl', [await flush()]);
