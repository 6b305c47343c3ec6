// Apotheken-Beratungschat (Vercel AI SDK v7, LegacyOpenTelemetry, scripted mock model, offline).
// The web backend keeps the chat history in Redis and loads it before every turn; each turn is one
// HTTP request (one trace). Run: node bench/incidents/batch-a/vercel-apotheke-verlauf-xe3/generate.mjs
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs,
  LegacyOpenTelemetry, SpanKind, SpanStatusCode, context, trace, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const SESSION = 'beratung-3f9c1e07';
const KUNDE = 'kd-000481';
const { tracer, flush } = setupTracing({
  serviceName: 'apo-beratung-api',
  resource: { 'service.version': '2.14.3', 'deployment.environment': 'prod' },
  seed: 'vercel-apotheke-verlauf-xe3',
});
const ids = makeIds('vercel-apotheke-verlauf-xe3');

const SYSTEM = 'Du bist der Online-Beratungsassistent der Linden-Apotheke Freiburg. Antworte freundlich und knapp auf Deutsch. ' +
  'Berücksichtige Vorerkrankungen und Dauermedikation der Kundin oder des Kunden. Bei rezeptfreien Artikeln darfst du eine ' +
  'Reservierung zur Abholung anlegen. Verweise bei Unsicherheit an das pharmazeutische Personal vor Ort.';

// The store: the backend appends every message and reads back the last HISTORY_WINDOW ones.
const HISTORY_WINDOW = 4;
const store = [];

const bestand = {
  '01016173': { name: 'Ibuprofen 400 akut, 20 Filmtabletten', preis: '4,95 €', vorrat: 12 },
  '04885538': { name: 'Paracetamol 500 mg, 20 Tabletten', preis: '2,79 €', vorrat: 30 },
  '16759464': { name: 'Vitamin D3 1000 I.E., 90 Tabletten', preis: '7,45 €', vorrat: 8 },
  '11352346': { name: 'Reisetabletten Dimenhydrinat 50 mg, 10 St.', preis: '5,60 €', vorrat: 4 },
};

const tools = {
  artikel_suchen: tool({
    description: 'Sucht rezeptfreie Artikel im Sortiment der Filiale und gibt PZN, Preis und Bestand zurück.',
    inputSchema: z.object({ suchbegriff: z.string() }),
    execute: async ({ suchbegriff }) => {
      const s = suchbegriff.toLowerCase();
      const treffer = Object.entries(bestand)
        .filter(([, a]) => a.name.toLowerCase().includes(s.split(' ')[0]))
        .map(([pzn, a]) => ({ pzn, ...a }));
      return { treffer };
    },
  }),
  reservierung_anlegen: tool({
    description: 'Legt eine Abholreservierung für einen rezeptfreien Artikel an.',
    inputSchema: z.object({ pzn: z.string(), menge: z.number().int().min(1), kunde: z.string() }),
    execute: async ({ pzn, menge, kunde }) => ({
      reservierung: 'RSV-FR-' + ids('', 6).toUpperCase(), pzn, menge, kunde, abholbereit_ab: 'heute 15:00', filiale: 'Linden-Apotheke, Habsburgerstr. 88',
    }),
  }),
};

async function turn(userText, replies) {
  await tracer.startActiveSpan('POST /api/beratung/nachricht', { kind: SpanKind.SERVER, attributes: {
    'http.request.method': 'POST', 'http.route': '/api/beratung/nachricht', 'url.path': '/api/beratung/nachricht',
  } }, async (root) => {
    const key = `chat:${SESSION}`;
    const verlauf = await tracer.startActiveSpan('LRANGE', { kind: SpanKind.CLIENT, attributes: {
      'db.system': 'redis', 'db.operation.name': 'LRANGE', 'db.query.text': `LRANGE ${key} -${HISTORY_WINDOW} -1`,
      'server.address': 'redis-chat.internal', 'server.port': 6379,
    } }, async (s) => { const r = store.slice(-HISTORY_WINDOW); s.end(); return r; });

    const model = scriptedModel({ provider: 'openai.chat', modelId: 'gpt-4o-2024-08-06', replies, ids });
    const res = await generateText({
      model,
      system: SYSTEM,
      messages: [...verlauf, { role: 'user', content: userText }],
      tools,
      stopWhen: stepCountIs(5),
      runtimeContext: { sessionId: SESSION, userId: KUNDE },
      telemetry: { functionId: 'apo-beratung', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
    });
    await tracer.startActiveSpan('RPUSH', { kind: SpanKind.CLIENT, attributes: {
      'db.system': 'redis', 'db.operation.name': 'RPUSH', 'db.query.text': `RPUSH ${key} ? ?`,
      'server.address': 'redis-chat.internal', 'server.port': 6379,
    } }, async (s) => { store.push({ role: 'user', content: userText }, { role: 'assistant', content: res.text }); s.end(); });
    root.setAttribute('http.response.status_code', 200);
    root.end();
  });
  return flush();
}

const lines = [];
lines.push(await turn(
  'Hallo, ich fliege nächste Woche nach Teneriffa. Ich nehme seit meiner Herzklappen-OP täglich Marcumar. Muss ich da beim Fliegen was beachten?',
  ['Gute Reise! Unter Marcumar (Phenprocoumon) sollten Sie vor der Reise Ihren INR-Wert kontrollieren lassen, genug Tabletten im Handgepäck mitnehmen und auf dem Flug viel trinken und sich regelmäßig bewegen. ' +
   'Ich habe mir notiert, dass Sie Marcumar einnehmen – das ist wichtig für jede Empfehlung zu Schmerz- oder Erkältungsmitteln.'],
));
lines.push(await turn(
  'Danke. Meine Hausärztin meinte, ich soll auch Vitamin D nehmen. Habt ihr das da?',
  [{ calls: [[ids('call_', 24), 'artikel_suchen', { suchbegriff: 'Vitamin D3' }]] },
   'Ja, wir haben Vitamin D3 1000 I.E. (90 Tabletten, PZN 16759464) für 7,45 € vorrätig. Soll ich Ihnen eine Packung zur Abholung reservieren?'],
));
lines.push(await turn(
  'Nein danke, das hole ich später. Und gegen Übelkeit im Flugzeug?',
  [{ calls: [[ids('call_', 24), 'artikel_suchen', { suchbegriff: 'Reisetabletten' }]] },
   'Gegen Reiseübelkeit gibt es Reisetabletten mit Dimenhydrinat 50 mg (10 Stück, 5,60 €), etwa 30 Minuten vor dem Abflug einnehmen. Sie machen müde – bitte danach nicht Auto fahren.'],
));
lines.push(await turn(
  'Super. Noch was anderes: ich habe seit gestern ziemliche Kopfschmerzen, vermutlich vom Stress. Was kann ich nehmen? Dann hole ich das heute Nachmittag mit ab.',
  [{ calls: [[ids('call_', 24), 'artikel_suchen', { suchbegriff: 'Ibuprofen' }]] },
   { calls: [[ids('call_', 24), 'reservierung_anlegen', { pzn: '01016173', menge: 1, kunde: KUNDE }]] },
   'Bei Spannungskopfschmerzen hilft Ibuprofen 400 akut gut: bei Bedarf 1 Tablette, höchstens 3 pro Tag, nicht länger als 4 Tage ohne ärztlichen Rat. ' +
   'Ich habe Ihnen eine Packung (20 Filmtabletten, 4,95 €) reserviert – abholbereit ab heute 15:00 Uhr in der Habsburgerstraße 88.'],
));

writeJsonl(scriptDir(import.meta.url), 'traces.jsonl', lines);
console.log('wrote traces.jsonl', lines.length, 'requests');
