// Freight quoting assistant (German) on the Vercel AI SDK v7 with the legacy ai.* telemetry.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonDocument, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'frachtportal-assistent', resource: { 'service.version': '2.14.0' }, seed: 'vercel-stahlfracht-oe5' });
const ids = makeIds('vercel-stahlfracht-oe5');

const frachtpreis = tool({
  description: 'Berechnet einen Frachtpreis. Gewicht in Kilogramm.',
  inputSchema: z.object({ von_plz: z.string(), nach_plz: z.string(), gewicht_kg: z.number(), lademeter: z.number().optional() }),
  execute: async ({ von_plz, nach_plz, gewicht_kg }) => ({
    tarif: gewicht_kg <= 31.5 ? 'PAKET-STANDARD' : 'TEILLADUNG', von_plz, nach_plz, gewicht_kg,
    preis_netto_eur: gewicht_kg <= 31.5 ? 21.4 : 1380, laufzeit_werktage: 2,
  }),
});
const auftragAnlegen = tool({
  description: 'Legt einen Transportauftrag zum angebotenen Tarif an.',
  inputSchema: z.object({ kundennummer: z.string(), tarif: z.string(), gewicht_kg: z.number(), abholdatum: z.string(), preis_netto_eur: z.number() }),
  execute: async (a) => ({ auftragsnummer: 'TA-2025-0048815', status: 'angelegt', ...a }),
});

const c1 = ids('toolu_', 22), c2 = ids('toolu_', 22);
const model = scriptedModel({ ids, provider: 'anthropic.messages', modelId: 'claude-sonnet-4-5', responsePrefix: 'msg_', replies: [
  { calls: [[c1, 'frachtpreis_berechnen', { von_plz: '47119', nach_plz: 'A-4020', gewicht_kg: 2.5, lademeter: 6 }]] },
  { text: 'Ich lege den Auftrag zum berechneten Tarif an.', calls: [[c2, 'auftrag_anlegen', { kundennummer: 'K-300217', tarif: 'PAKET-STANDARD', gewicht_kg: 2.5, abholdatum: '2025-03-18', preis_netto_eur: 21.4 }]] },
  'Ihr Auftrag TA-2025-0048815 ist angelegt: Abholung am 18.03.2025 in Duisburg, Zustellung in Linz nach ca. 2 Werktagen, Preis 21,40 € netto.',
]});

await generateText({
  model,
  system: 'Du bist der Buchungsassistent des Frachtportals. Erstelle Angebote und Aufträge für Geschäftskunden.',
  prompt: 'Moin, Kundennummer K-300217. Wir müssen 2,5 t Stahlträger (6 m lang, 6 Lademeter) von Duisburg-Ruhrort (47119) nach Linz (A-4020) bringen, Abholung Dienstag 18.03. Bitte direkt buchen.',
  tools: { frachtpreis_berechnen: frachtpreis, auftrag_anlegen: auftragAnlegen },
  stopWhen: stepCountIs(4),
  runtimeContext: { sessionId: 'fp-sess-19a4e2', userId: 'K-300217' },
  telemetry: { functionId: 'fracht-buchung', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});
writeJsonDocument(dir, 'otlp-request.json', await flush());
