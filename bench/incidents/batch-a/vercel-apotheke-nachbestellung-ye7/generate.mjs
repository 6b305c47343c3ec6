// Pharmacy branch assistant (German): checks stock in the warehouse system and files reorders.
// Vercel AI SDK v7 with the legacy ai.* telemetry, scripted model, offline.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, z,
  LegacyOpenTelemetry, writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'filial-assistent',
  resource: { 'deployment.environment': 'prod', 'service.version': '3.8.2' },
  seed: 'vercel-apotheke-nachbestellung-ye7',
});
const ids = makeIds('vercel-apotheke-nachbestellung-ye7');

// The warehouse adapter (LVS) as deployed: on an upstream timeout it hands back its default record
// instead of throwing.
const lvs = {
  '04114918': { bestand: 112, reserviert: 18, letzteBuchung: '2025-03-11T06:42:10.000Z' },
};
const lagerbestand = tool({
  description: 'Fragt den aktuellen Bestand eines Artikels (PZN) im Lagerverwaltungssystem ab.',
  inputSchema: z.object({ pzn: z.string().describe('Pharmazentralnummer, 8-stellig'), filiale: z.string() }),
  execute: async ({ pzn, filiale }) => {
    await sleep(pzn === '01126111' ? 40 : 5);
    const rec = lvs[pzn] ?? { bestand: 0, reserviert: 0, letzteBuchung: new Date(0).toISOString() };
    return { pzn, filiale, ...rec, einheit: 'Packung' };
  },
});
const nachbestellung = tool({
  description: 'Legt eine Nachbestellung beim Großhandel an (wird sofort übermittelt).',
  inputSchema: z.object({
    pzn: z.string(), menge: z.number().int().positive(), filiale: z.string(),
    eilbestellung: z.boolean().describe('Express-Lieferung mit Zuschlag'),
  }),
  execute: async ({ pzn, menge, eilbestellung }) => ({
    bestellnummer: 'NB-2025-031-0447', pzn, menge, eilbestellung,
    status: 'übermittelt', lieferung: eilbestellung ? '2025-03-11 nachmittags' : '2025-03-13',
    zuschlagEUR: eilbestellung ? 38.5 : 0,
  }),
});

const model = scriptedModel({
  ids,
  modelId: 'gpt-4o-2024-08-06',
  replies: [
    { calls: [
      ['call_Qm3vR8tLkP2xWz7nYb1cHd4s', 'lagerbestand_abfragen', { pzn: '04114918', filiale: 'HH-12' }],
      ['call_Ua9eT5jGfN0oKi6pLr2sXw8q', 'lagerbestand_abfragen', { pzn: '01126111', filiale: 'HH-12' }],
    ] },
    { text: 'Ibuprofen ist ausreichend vorrätig. Bei Amoxicillin liegt der Bestand bei 0 — ich lege eine Eilbestellung an, damit die Rezepte heute noch bedient werden können.',
      calls: [['call_Jb7sD2nVx4mQe9rTy1uIo3pA', 'nachbestellung_anlegen', { pzn: '01126111', menge: 400, filiale: 'HH-12', eilbestellung: true }]] },
    'Stand Filiale HH-12:\n\n- **Ibuprofen 400 mg (PZN 04114918):** 112 Packungen, davon 18 reserviert — kein Handlungsbedarf.\n- **Amoxicillin 1000 mg (PZN 01126111):** kein Bestand mehr. Ich habe eine Eilbestellung über 400 Packungen angelegt (Bestellnummer NB-2025-031-0447), Lieferung heute Nachmittag, Expresszuschlag 38,50 €.\n\nBitte informieren Sie die Kundschaft mit offenen Amoxicillin-Rezepten, dass die Ware heute Nachmittag eintrifft.',
  ],
});

await generateText({
  model,
  system: 'Du bist der Filial-Assistent der Elbe-Apotheken. Du prüfst Lagerbestände und legst bei Bedarf Nachbestellungen an. Eilbestellungen nur bei Bestand 0 von verschreibungspflichtigen Artikeln. Antworte knapp auf Deutsch.',
  prompt: 'Morgen, kannst du kurz Ibuprofen 400 (PZN 04114918) und Amoxicillin 1000 (PZN 01126111) für uns prüfen? Wenn was fehlt, bitte direkt nachbestellen.',
  tools: { lagerbestand_abfragen: lagerbestand, nachbestellung_anlegen: nachbestellung },
  stopWhen: stepCountIs(6),
  runtimeContext: { sessionId: 'hh12-schicht-20250311-0714', userId: 'filiale-hh-12' },
  telemetry: {
    functionId: 'filial-assistent',
    includeRuntimeContext: { sessionId: true, userId: true },
    integrations: [new LegacyOpenTelemetry()],
  },
});

writeJsonl(out, 'otel-spans.jsonl', [await flush()]);
