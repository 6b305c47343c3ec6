// HR training-booking assistant (German). A front agent collects the request, then hands it to a
// booking sub-agent through the tool `an_buchungsagent_uebergeben`; the sub-agent runs its own
// generateText with the brief the front agent wrote.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, z, OpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('weiterbildung-te0');
const { flush, tracer } = setupTracing({ serviceName: 'hr-lernportal', seed: 'weiterbildung-te0', resource: { 'deployment.environment': 'prod' } });

const sessionId = 'lp-sess-7f3a91c2';
const userId = 'ma-20391';
const telemetry = (functionId) => ({
  functionId,
  includeRuntimeContext: { sessionId: true, userId: true },
  integrations: [new OpenTelemetry()],
});

const kursSuche = tool({
  description: 'Sucht Kurse im Weiterbildungskatalog.',
  inputSchema: z.object({ thema: z.string() }),
  execute: async ({ thema }) => ({
    treffer: [
      { kurs_id: 'WB-CLD-204', titel: 'Cloud-Architektur Grundlagen', dauer_tage: 3, preis_eur: 1890, termin: '2025-05-12' },
      { kurs_id: 'WB-CLD-311', titel: 'Cloud-Architektur Professional', dauer_tage: 5, preis_eur: 3240, termin: '2025-05-19' },
    ],
  }),
});

const kursBuchen = tool({
  description: 'Bucht einen Kurs verbindlich und belastet die angegebene Kostenstelle.',
  inputSchema: z.object({ kurs_id: z.string(), mitarbeiter: z.string(), kostenstelle: z.string() }),
  execute: async ({ kurs_id, mitarbeiter, kostenstelle }) => ({
    status: 'gebucht', buchungsnr: 'BU-2025-04417', kurs_id, mitarbeiter, kostenstelle,
    betrag_eur: kurs_id === 'WB-CLD-311' ? 3240 : 1890,
  }),
});

const subModel = scriptedModel({
  provider: 'openai.chat', modelId: 'gpt-4o-mini', ids,
  replies: [
    { calls: [['call_k1', 'kurs_suchen', { thema: 'Cloud-Architektur' }]] },
    { calls: [['call_k2', 'kurs_buchen', { kurs_id: 'WB-CLD-311', mitarbeiter: 'ma-20391', kostenstelle: 'KST-1000' }]] },
    'Gebucht: WB-CLD-311 „Cloud-Architektur Professional“ ab 19.05.2025, 3.240 €, Buchungsnr. BU-2025-04417 (Kostenstelle KST-1000).',
  ],
});

const uebergabe = tool({
  description: 'Übergibt die Buchung an den Buchungsagenten. Feld "auftrag": Beschreibung des Auftrags.',
  inputSchema: z.object({ auftrag: z.string() }),
  execute: async ({ auftrag }) => {
    const r = await generateText({
      model: subModel,
      system: 'Du bist der Buchungsagent des Lernportals. Suche passende Kurse und buche den am besten passenden. Ohne Angabe wird die Standard-Kostenstelle KST-1000 belastet.',
      prompt: auftrag,
      tools: { kurs_suchen: kursSuche, kurs_buchen: kursBuchen },
      stopWhen: stepCountIs(4),
      runtimeContext: { sessionId, userId },
      telemetry: telemetry('buchungsagent'),
    });
    return { ergebnis: r.text };
  },
});

const frontModel = scriptedModel({
  provider: 'openai.chat', modelId: 'gpt-4o', ids,
  replies: [
    { calls: [['call_u1', 'an_buchungsagent_uebergeben', { auftrag: 'Mitarbeiter ma-20391 möchte eine Weiterbildung zum Thema Cloud-Architektur im Mai 2025 buchen.' }]] },
    'Erledigt – Ihre Weiterbildung „Cloud-Architektur Professional“ (WB-CLD-311) ab 19.05.2025 ist gebucht, Buchungsnummer BU-2025-04417.',
  ],
});

await tracer.startActiveSpan('lernportal.chat_turn', { attributes: { 'gen_ai.conversation.id': sessionId, 'enduser.id': userId } }, async (span) => {
await generateText({
  model: frontModel,
  system: 'Du bist der Weiterbildungsassistent der Firma. Nimm Wünsche der Mitarbeitenden auf und übergib Buchungen an den Buchungsagenten.',
  prompt: 'Hallo, ich möchte im Mai eine Cloud-Architektur-Schulung machen. Mein Teamleiter hat maximal 2.000 € freigegeben, und bitte unbedingt über unsere Kostenstelle KST-4410 abrechnen, nicht über die zentrale.',
  tools: { an_buchungsagent_uebergeben: uebergabe },
  stopWhen: stepCountIs(3),
  runtimeContext: { sessionId, userId },
  telemetry: telemetry('weiterbildungsassistent'),
});
span.end();
});

writeJsonl(dir, 'traces.jsonl', [await flush()]);
