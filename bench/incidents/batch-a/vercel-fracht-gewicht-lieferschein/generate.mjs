// Disposition assistant of a freight forwarder (German). The delivery-note tool returns the gross
// weight as the warehouse system prints it ("1.250 kg", German thousands separator); the model
// passes it on to the booking tool as gewicht_kg 1.25, and the shipment is booked as a parcel.
// Vercel AI SDK (ai v7) + @ai-sdk/otel OpenTelemetry integration (GenAI conventions); the app's
// own request span carries session.id / user.id.
import {
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir, sleep,
  generateText, tool, z, stepCountIs, OpenTelemetry, SpanStatusCode,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { tracer, flush } = setupTracing({
  serviceName: 'dispo-assistent',
  resource: { 'deployment.environment': 'prod', 'service.version': '2.14.0' },
  seed: 'vercel-fracht-gewicht-lieferschein',
});
const ids = makeIds('vercel-fracht-gewicht-lieferschein');

const SESSION = 'dispo-7f3c2a91-5e0b-4d7a-9c11-84b2e6f0d3a5';
const USER = 'm.kowalczyk@spedition-hartl.de';

const lieferscheinLesen = tool({
  description: 'Liest einen Lieferschein aus dem Lagerverwaltungssystem (LVS).',
  inputSchema: z.object({ lieferschein_nr: z.string().describe('Lieferscheinnummer, z. B. LS-2024-0815') }),
  execute: async ({ lieferschein_nr }) => {
    await sleep(40);
    return {
      lieferschein_nr,
      kunde: 'Brauerei Oberwieser GmbH & Co. KG',
      abholort: 'Industriestr. 12, 94469 Deggendorf',
      zielort: 'Großmarkthalle, Emil-Riedel-Str. 5, 80538 München',
      packstuecke: '2 Europaletten',
      bruttogewicht: '1.250 kg',
      abmessungen: '2 x 120 x 80 x 140 cm',
      abholdatum: '2024-11-21',
    };
  },
});

const frachtauftragAnlegen = tool({
  description: 'Legt einen Frachtauftrag an. Das System wählt die Transportart anhand des Gewichts.',
  inputSchema: z.object({
    lieferschein_nr: z.string(),
    gewicht_kg: z.number().describe('Bruttogewicht in Kilogramm'),
    packstuecke: z.number().int(),
    abholdatum: z.string(),
  }),
  execute: async ({ lieferschein_nr, gewicht_kg, packstuecke, abholdatum }) => {
    await sleep(60);
    const art = gewicht_kg <= 31.5 ? 'Paketdienst (bis 31,5 kg)' : gewicht_kg <= 1000 ? 'Stückgut' : 'Teilladung (LKW 7,5 t)';
    const preis = gewicht_kg <= 31.5 ? 12.4 : gewicht_kg <= 1000 ? 189.0 : 412.0;
    return {
      auftrag_nr: 'FA-24-118734',
      lieferschein_nr,
      transportart: art,
      fahrzeug: gewicht_kg <= 31.5 ? 'keins (Paketabholung)' : 'LKW',
      gewicht_kg,
      packstuecke,
      abholdatum,
      preis_eur: preis,
      status: 'angelegt',
    };
  },
});

const model = scriptedModel({
  provider: 'openai.chat',
  modelId: 'gpt-4o-2024-08-06',
  ids,
  replies: [
    { calls: [['call_Qm3vLx8TzR1bN0aK', 'lieferschein_lesen', { lieferschein_nr: 'LS-2024-11873' }]] },
    { calls: [['call_7HcWpD2eJf5sYg9U', 'frachtauftrag_anlegen', {
      lieferschein_nr: 'LS-2024-11873', gewicht_kg: 1.25, packstuecke: 2, abholdatum: '2024-11-21' }]] },
    'Der Frachtauftrag FA-24-118734 ist angelegt: Lieferschein LS-2024-11873 (Brauerei Oberwieser), '
      + '2 Packstücke, Abholung am 21.11.2024 in Deggendorf, Zustellung Großmarkthalle München. '
      + 'Transportart: Paketdienst, Preis 12,40 €. Eine LKW-Disposition ist nicht nötig.',
  ],
});

await tracer.startActiveSpan('POST /api/assistent/nachricht', {
  attributes: { 'session.id': SESSION, 'user.id': USER, 'http.request.method': 'POST', 'http.route': '/api/assistent/nachricht' },
}, async (span) => {
  await generateText({
    model,
    system: 'Du bist der Dispositionsassistent der Spedition Hartl. Lege Frachtaufträge aus Lieferscheinen an. '
      + 'Übernimm Gewicht, Packstücke und Abholdatum aus dem Lieferschein. Antworte knapp auf Deutsch.',
    prompt: 'Bitte für Lieferschein LS-2024-11873 einen Frachtauftrag anlegen, Abholung wie angegeben.',
    tools: { lieferschein_lesen: lieferscheinLesen, frachtauftrag_anlegen: frachtauftragAnlegen },
    stopWhen: stepCountIs(6),
    telemetry: { functionId: 'dispo-frachtauftrag', integrations: [new OpenTelemetry()] },
  });
  span.setStatus({ code: SpanStatusCode.OK });
  span.end();
});

writeJsonl(out, 'spans.jsonl', [await flush()]);
