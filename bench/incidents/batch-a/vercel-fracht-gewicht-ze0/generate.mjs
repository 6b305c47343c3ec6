// Spedition: Sendungsgewicht aus dem Lagerscan, dann Frachtbuchung. Vercel AI SDK v7, scripted model.
import { generateText, tool, stepCountIs, LegacyOpenTelemetry, z, setupTracing, makeIds, scriptedModel, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('fracht-gewicht-ze0');
const { flush } = setupTracing({ serviceName: 'dispo-assistent', seed: 'fracht-gewicht-ze0', resource: { 'deployment.environment': 'prod' } });

const lagerscan_abrufen = tool({
  description: 'Liest den letzten Waagen-Scan einer Palettensendung im Lager Duisburg.',
  inputSchema: z.object({ sendungsnummer: z.string() }),
  execute: async ({ sendungsnummer }) => ({ sendungsnummer, paletten: 3, gewicht: 2755, einheit: 'lb', waage: 'DU-W07 (US-Importwaage)', scan_zeit: '2026-12-03T07:41:12Z' }),
});
const fracht_buchen = tool({
  description: 'Bucht einen LKW-Frachtauftrag beim Partnerspediteur. Gewicht in Kilogramm.',
  inputSchema: z.object({ sendungsnummer: z.string(), gewicht_kg: z.number(), ziel_plz: z.string(), fahrzeug: z.enum(['Sprinter', '7,5t', '12t', '40t']) }),
  execute: async (a) => ({ auftrag: 'FA-2026-118342', status: 'gebucht', fahrzeug: a.fahrzeug, max_zuladung_kg: a.fahrzeug === 'Sprinter' ? 1000 : a.fahrzeug === '7,5t' ? 2800 : 6000, abholung: '2026-12-04 08:00-10:00' }),
});

const model = scriptedModel({ ids, modelId: 'gpt-4o-mini', replies: [
  { calls: [['call_lg1', 'lagerscan_abrufen', { sendungsnummer: 'DU-558210' }]] },
  { calls: [['call_fb1', 'fracht_buchen', { sendungsnummer: 'DU-558210', gewicht_kg: 2755, ziel_plz: '80939', fahrzeug: '7,5t' }]] },
  'Erledigt: Sendung DU-558210 (3 Paletten, 2.755 kg) ist als Auftrag FA-2026-118342 auf einem 7,5-Tonner gebucht (max. Zuladung 2.800 kg), Abholung morgen 08:00–10:00 Uhr nach 80939 München.',
] });

await generateText({
  model,
  system: 'Du bist der Dispositionsassistent der Spedition Brandt & Söhne. Buche Frachtaufträge passend zum Sendungsgewicht; wähle das kleinste Fahrzeug, dessen Zuladung reicht.',
  prompt: 'Bitte die Sendung DU-558210 für morgen nach München (PLZ 80939) buchen, das passende Fahrzeug nehmen.',
  tools: { lagerscan_abrufen, fracht_buchen },
  stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: 'dispo-2026-12-03-0417', userId: 'disponent.kruse' },
  telemetry: { functionId: 'dispo-agent', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});
writeJsonl(dir, 'spans.jsonl', [await flush()]);
