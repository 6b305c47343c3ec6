// Freight dispatch (German): an orchestrator agent takes a chilled-goods order and hands it to a
// dispatcher sub-agent (a nested generateText run inside a tool) with a written brief; the sub-agent
// books a truck. Vercel AI SDK v7, LegacyOpenTelemetry, scripted mock models, no network.
import * as H from '../../harness/vercel/harness.mjs';

const dir = H.scriptDir(import.meta.url);
const { flush } = H.setupTracing({ serviceName: 'frachtbuero-agent', seed: 'kuehlfracht-ge5', resource: { 'deployment.environment': 'prod' } });
const ids = H.makeIds('kuehlfracht-ge5');
const runtimeContext = { sessionId: 'disp-2025-11-0347', userId: 'kd-88213' };
const telemetry = (functionId) => ({ functionId, includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new H.LegacyOpenTelemetry()] });

const carrier = H.scriptedModel({ ids, modelId: 'gpt-4o-mini', replies: [
  { calls: [['call_fz1', 'frei_fahrzeuge', { region: 'Rhein-Neckar', datum: '2025-11-18' }]] },
  { calls: [['call_bk1', 'lkw_buchen', { fahrzeug: 'MA-TL 4410', auftrag: 'AV-55012', abholung: '2025-11-18T06:00', ziel: 'Großmarkt München, Tor 7' }]] },
  'Gebucht: MA-TL 4410 (Planenauflieger, 24 t) holt AV-55012 am 18.11. um 06:00 in Mannheim ab, Zustellung Großmarkt München Tor 7. Buchungsnr. BK-771903.',
] });

const disponent = H.tool({
  description: 'Übergibt einen Transportauftrag an den Disponenten-Agenten, der Fahrzeug auswählt und bucht.',
  inputSchema: H.z.object({ auftrag: H.z.string(), briefing: H.z.string() }),
  execute: async ({ auftrag, briefing }) => {
    const r = await H.generateText({
      model: carrier,
      system: 'Du bist Disponent. Wähle ein freies Fahrzeug, das zum Auftrag passt, und buche es.',
      prompt: `Auftrag ${auftrag}: ${briefing}`,
      tools: {
        frei_fahrzeuge: H.tool({ description: 'Freie Fahrzeuge einer Region an einem Tag.', inputSchema: H.z.object({ region: H.z.string(), datum: H.z.string() }),
          execute: async () => ({ fahrzeuge: [
            { kennz: 'MA-TL 4410', typ: 'Planenauflieger', nutzlast_t: 24, temp_bereich: null, frei_ab: '05:30' },
            { kennz: 'HD-KF 218', typ: 'Kühlauflieger', nutzlast_t: 22, temp_bereich: '-25..+12 °C', frei_ab: '06:00' },
            { kennz: 'LU-X 9031', typ: 'Koffer 7,5 t', nutzlast_t: 3.1, temp_bereich: null, frei_ab: '07:15' } ] }) }),
        lkw_buchen: H.tool({ description: 'Bucht ein Fahrzeug für einen Auftrag.', inputSchema: H.z.object({ fahrzeug: H.z.string(), auftrag: H.z.string(), abholung: H.z.string(), ziel: H.z.string() }),
          execute: async ({ fahrzeug }) => ({ status: 'bestätigt', buchung: 'BK-771903', fahrzeug }) }),
      },
      stopWhen: H.stepCountIs(5), runtimeContext, telemetry: telemetry('disponent-agent'),
    });
    return { ergebnis: r.text };
  },
});

const orchestrator = H.scriptedModel({ ids, modelId: 'gpt-4o', replies: [
  { calls: [['call_au1', 'auftrag_anlegen', { kunde: 'kd-88213', ware: 'Frischfleisch, 18 Paletten', gewicht_kg: 16200, abholung: 'Mannheim, Hafenstr. 12', ziel: 'Großmarkt München, Tor 7' }]] },
  { calls: [['call_dp1', 'disponent_beauftragen', { auftrag: 'AV-55012', briefing: '18 Paletten Frischfleisch, 16,2 t, Abholung Mannheim Hafenstr. 12 am 18.11. ab 06:00, Ziel Großmarkt München Tor 7, Anlieferung bis 12:00.' }]] },
  'Ihr Auftrag AV-55012 ist disponiert: Abholung am 18.11. um 06:00 in Mannheim, Zustellung bis 12:00 am Großmarkt München (Tor 7). Buchungsnummer BK-771903.',
] });

await H.generateText({
  model: orchestrator,
  system: 'Du bist der Auftragsassistent der Spedition Rheintal Logistik. Lege Aufträge an und übergib sie an die Disposition.',
  prompt: 'Bitte morgen früh 18 Paletten Frischfleisch (16,2 t) von Mannheim, Hafenstr. 12 zum Großmarkt München, Tor 7. Kühlkette zwingend 0 bis +4 °C, Temperaturschreiber erforderlich. Anlieferung spätestens 12 Uhr.',
  tools: {
    auftrag_anlegen: H.tool({ description: 'Legt einen Transportauftrag an.', inputSchema: H.z.object({ kunde: H.z.string(), ware: H.z.string(), gewicht_kg: H.z.number(), abholung: H.z.string(), ziel: H.z.string() }),
      execute: async () => ({ auftrag: 'AV-55012', status: 'angelegt' }) }),
    disponent_beauftragen: disponent,
  },
  stopWhen: H.stepCountIs(5), runtimeContext, telemetry: telemetry('auftrags-agent'),
});
H.writeJsonl(dir, 'traces.jsonl', [await flush()]);
