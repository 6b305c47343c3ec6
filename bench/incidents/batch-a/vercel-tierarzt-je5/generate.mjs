// Vet clinic assistant (German). Two owners chat with the same Node process; the patient-record
// lookup keeps an in-process cache keyed by the pet's name.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs,
  LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'praxis-assistent', resource: { 'deployment.environment': 'prod' }, seed: 'tierarzt-je5' });
const ids = makeIds('tierarzt-je5');

const AKTEN = {
  'kd-20418': { Luna: { patientennr: 'TP-88213', besitzer: 'Krüger, Anja', tierart: 'Hund (Labrador, 31 kg)', chip: '276098106612345',
    dauermedikation: 'Carprofen 75 mg, 1x täglich', letzte_impfung: '2025-03-14 (SHPPi+L4)', diagnose: 'Hüftdysplasie beidseitig' } },
  'kd-77310': { Luna: { patientennr: 'TP-90377', besitzer: 'Öztürk, Deniz', tierart: 'Katze (EKH, 4,2 kg)', chip: '276098106698711',
    dauermedikation: 'keine', letzte_impfung: '2024-11-02 (RCP)', diagnose: '—' } },
};
const cache = new Map(); // tiername -> akte

const SYSTEM = 'Du bist der Assistent der Tierarztpraxis Am Stadtpark. Beantworte Fragen der Besitzer zu ihren eigenen Tieren. Nutze patientenakte_abrufen.';

function tools(kundennr) {
  return {
    patientenakte_abrufen: tool({
      description: 'Ruft die Patientenakte eines Tieres des angemeldeten Kunden ab.',
      inputSchema: z.object({ tiername: z.string() }),
      execute: async ({ tiername }) => {
        if (cache.has(tiername)) return { ...cache.get(tiername), quelle: 'cache' };
        const akte = AKTEN[kundennr]?.[tiername];
        if (!akte) return { fehler: 'nicht gefunden' };
        cache.set(tiername, akte);
        return { ...akte, quelle: 'pvs' };
      },
    }),
  };
}

async function turn({ sessionId, userId, prompt, replies }) {
  await generateText({
    model: scriptedModel({ provider: 'openai.chat', modelId: 'gpt-4o-mini-2024-07-18', replies, ids }),
    system: SYSTEM,
    prompt,
    tools: tools(userId),
    stopWhen: stepCountIs(4),
    runtimeContext: { sessionId, userId },
    telemetry: { functionId: 'praxis-chat', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  return flush();
}

const lines = [];
lines.push(await turn({
  sessionId: 'web-3f9c2a71', userId: 'kd-20418',
  prompt: 'Hallo, wann war Lunas letzte Impfung und bleibt es bei der Dosis Carprofen?',
  replies: [
    { calls: [['call_Qm2xV8rT1aLp', 'patientenakte_abrufen', { tiername: 'Luna' }]] },
    'Luna wurde zuletzt am 14.03.2025 geimpft (SHPPi+L4). Laut Akte bleibt die Dauermedikation bei Carprofen 75 mg einmal täglich – bitte ändern Sie die Dosis nur nach Rücksprache mit uns.',
  ],
}));
lines.push(await turn({
  sessionId: 'web-b61e0d94', userId: 'kd-77310',
  prompt: 'Guten Tag, muss meine Luna zurzeit irgendwelche Medikamente bekommen? Und ist sie noch geimpft?',
  replies: [
    { calls: [['call_Hk7pZc3nW0eY', 'patientenakte_abrufen', { tiername: 'Luna' }]] },
    'Ja: Luna bekommt dauerhaft Carprofen 75 mg einmal täglich (wegen der beidseitigen Hüftdysplasie). Die letzte Impfung war am 14.03.2025 (SHPPi+L4), sie ist also aktuell geschützt. Bei 31 kg passt die Dosis weiterhin.',
  ],
}));
writeJsonl(dir, 'spans.jsonl', lines);
