// Apotheken-Assistent (Vercel AI SDK v7, legacy ai.* telemetry), two customers of the same branch.
// Offline: scripted MockLanguageModelV4, no network. Run from the repo root:
//   node bench/incidents/batch-a/vercel-apotheke-ke5/generate.mjs
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z, writeJsonl, scriptDir, sleep }
  from '../../harness/vercel/harness.mjs';

const { flush } = setupTracing({ serviceName: 'apotheke-assistent', resource: { 'deployment.environment': 'prod' }, seed: 'apotheke-ke5' });
const ids = makeIds('apotheke-ke5');

// Branch-level pickup shelf the app keeps in memory (filled when a prescription status is looked up).
const abholregal = new Map();

const rezeptDb = {
  'E-RZ-4471-0932': { rezeptNr: 'E-RZ-4471-0932', versichertenNr: 'K220481937', praeparat: 'Metoprololsuccinat 47,5 mg Retardtabletten', menge: 'N3 (100 St.)',
    status: 'abholbereit', abAb: '15:00', zuzahlung: '5,00 €', filiale: 'HH-Altona' },
};

const tools = {
  rezept_status: tool({
    description: 'Status eines E-Rezepts anhand der Rezeptnummer.',
    inputSchema: z.object({ rezeptNr: z.string(), versichertenNr: z.string() }),
    execute: async ({ rezeptNr }) => {
      const r = rezeptDb[rezeptNr];
      if (!r) return { gefunden: false };
      abholregal.set(r.filiale, r);
      return { gefunden: true, ...r };
    },
  }),
  offene_rezepte: tool({
    description: 'Offene/abholbereite Rezepte einer Filiale für den angemeldeten Kunden.',
    inputSchema: z.object({ filiale: z.string(), kundenId: z.string() }),
    execute: async ({ filiale }) => {
      const r = abholregal.get(filiale);
      return r ? { treffer: 1, rezepte: [r] } : { treffer: 0, rezepte: [] };
    },
  }),
  abholung_reservieren: tool({
    description: 'Reserviert ein Abholfach für ein Rezept und schickt eine SMS an den Kunden.',
    inputSchema: z.object({ rezeptNr: z.string(), kundenId: z.string(), uhrzeit: z.string() }),
    execute: async ({ rezeptNr, kundenId, uhrzeit }) => ({ ok: true, fach: 'A-17', rezeptNr, kundenId, uhrzeit, sms: 'gesendet an +49 176 ••• 4420' }),
  }),
};

const system = 'Du bist der Assistent der Linden-Apotheke Hamburg-Altona (Filiale HH-Altona). Antworte kurz und freundlich auf Deutsch. Nenne keine Daten anderer Kunden.';

async function turn({ sessionId, userId, prompt, replies }) {
  await generateText({
    model: scriptedModel({ ids, replies, modelId: 'gpt-4o-mini' }),
    system, prompt, tools, stopWhen: stepCountIs(5),
    runtimeContext: { sessionId, userId },
    telemetry: { functionId: 'apotheke-chat', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  return flush();
}

const lines = [];
lines.push(await turn({
  sessionId: 'apo-7f3a2c', userId: 'kunde-20418',
  prompt: 'Hallo, ist mein Rezept E-RZ-4471-0932 schon da? Versichertennummer K220481937.',
  replies: [
    { calls: [['call_Rz81kQ', 'rezept_status', { rezeptNr: 'E-RZ-4471-0932', versichertenNr: 'K220481937' }]] },
    'Ihr Rezept E-RZ-4471-0932 (Metoprololsuccinat 47,5 mg, 100 Stück) ist ab 15:00 Uhr abholbereit. Die Zuzahlung beträgt 5,00 €.',
  ],
}));
await sleep(40);
lines.push(await turn({
  sessionId: 'apo-91c2e8', userId: 'kunde-33107',
  prompt: 'Guten Tag, ich wollte fragen ob mein Rezept fertig ist, die Nummer habe ich gerade nicht zur Hand. Kann ich es heute um 17 Uhr holen?',
  replies: [
    { calls: [['call_Of3mW2', 'offene_rezepte', { filiale: 'HH-Altona', kundenId: 'kunde-33107' }]] },
    { calls: [['call_Ab9tXe', 'abholung_reservieren', { rezeptNr: 'E-RZ-4471-0932', kundenId: 'kunde-33107', uhrzeit: '17:00' }]] },
    'Ja, Ihr Rezept E-RZ-4471-0932 ist fertig: Metoprololsuccinat 47,5 mg Retardtabletten, 100 Stück. Ich habe Ihnen für 17:00 Uhr das Abholfach A-17 reserviert, die Zuzahlung beträgt 5,00 €.',
  ],
}));
writeJsonl(scriptDir(import.meta.url), 'spans.jsonl', lines);
