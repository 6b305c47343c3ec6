// Dispatcher agent (German) hands a cold-chain transport job to a booking sub-agent via a tool whose
// execute runs a child generateText fed only a short brief. Vercel AI SDK v7, scripted mock models.
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'dispo-assistent', resource: { 'deployment.environment': 'prod' }, seed: 'kuehlkette-ee5' });
const ids = makeIds('kuehlkette-ee5');
const telemetry = (functionId) => ({ functionId, includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] });
const runtimeContext = { sessionId: 'dispo-2025-03-11-0417', userId: 'disp.hkoenig' };

const auftragLesen = tool({
  description: 'Liest einen Transportauftrag aus dem TMS.',
  inputSchema: z.object({ auftragsnummer: z.string() }),
  execute: async ({ auftragsnummer }) => ({
    auftragsnummer, kunde: 'Rhein-Pharma Logistik GmbH', abholung: 'Mannheim, Rampe 4', ziel: 'Lyon, Entrepôt Gerland',
    ware: 'Impfstoffe, 14 Paletten', temperatur: '+2 bis +8 °C, durchgehend geführt', zustellung_bis: '13.03.2025 10:00',
  }),
});

const lkwBuchen = tool({
  description: 'Bucht ein Fahrzeug beim Frachtführer.',
  inputSchema: z.object({ auftragsnummer: z.string(), aufliegertyp: z.enum(['Planenauflieger', 'Kühlauflieger', 'Koffer']), paletten: z.number().int(), zustellung_bis: z.string() }),
  execute: async (a) => ({ buchung: 'BK-' + a.auftragsnummer.slice(3) + '-07', frachtfuehrer: 'Trans Alsace SARL', auflieger: a.aufliegertyp, preis_eur: a.aufliegertyp === 'Kühlauflieger' ? 2140 : 1380, status: 'bestätigt' }),
});

const buchungsModell = scriptedModel({ modelId: 'gpt-4o-mini', ids, replies: [
  { calls: [['call_' + ids('', 22), 'lkw_buchen', { auftragsnummer: 'AU-77812', aufliegertyp: 'Planenauflieger', paletten: 14, zustellung_bis: '13.03.2025 10:00' }]] },
  'Gebucht: BK-77812-07 bei Trans Alsace SARL, Planenauflieger für 14 Paletten, Zustellung bis 13.03.2025 10:00, 1.380 €.',
] });

const anBuchungUebergeben = tool({
  description: 'Übergibt einen Auftrag an den Buchungs-Agenten. Der Agent erhält nur den Text in "auftrag".',
  inputSchema: z.object({ auftrag: z.string() }),
  execute: async ({ auftrag }) => {
    const r = await generateText({
      model: buchungsModell,
      system: 'Du bist der Buchungs-Agent. Buche für den übergebenen Auftrag das passende Fahrzeug über lkw_buchen. Antworte knapp.',
      prompt: auftrag,
      tools: { lkw_buchen: lkwBuchen },
      stopWhen: stepCountIs(3),
      runtimeContext,
      telemetry: telemetry('buchungs-agent'),
    });
    return r.text;
  },
});

const dispoModell = scriptedModel({ modelId: 'gpt-4o', ids, replies: [
  { calls: [['call_' + ids('', 22), 'auftrag_lesen', { auftragsnummer: 'AU-77812' }]] },
  { text: 'Ich übergebe die Buchung.', calls: [['call_' + ids('', 22), 'an_buchung_uebergeben', { auftrag: 'AU-77812: 14 Paletten Mannheim (Rampe 4) → Lyon Gerland, Zustellung bis 13.03.2025 10:00. Bitte Lkw buchen.' }]] },
  'Der Transport für AU-77812 ist gebucht: BK-77812-07 bei Trans Alsace SARL, Zustellung bis Donnerstag 13.03. um 10:00 Uhr, Kosten 1.380 €.',
] });

await generateText({
  model: dispoModell,
  system: 'Du bist der Disposition-Assistent einer Spedition. Lies Aufträge aus dem TMS und übergib die Fahrzeugbuchung an den Buchungs-Agenten.',
  prompt: 'Bitte AU-77812 disponieren, die Ware ist für Donnerstag früh in Lyon eingeplant.',
  tools: { auftrag_lesen: auftragLesen, an_buchung_uebergeben: anBuchungUebergeben },
  stopWhen: stepCountIs(5),
  runtimeContext,
  telemetry: telemetry('dispo-agent'),
});

writeJsonl(dir, 'traces.jsonl', [await flush()]);
