// Assistente pazienti del Gruppo Sanitario Lombardo (Vercel AI SDK v7, integrazione OpenTelemetry di
// @ai-sdk/otel), offline con un modello scriptato. Due richieste HTTP della stessa conversazione: ogni
// richiesta apre uno span radice con session.id / user.id e rimanda la cronologia al modello.
// Scrive traces-gsl.jsonl (una richiesta OTLP/JSON per riga, una per traccia).
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, OpenTelemetry, z, SpanKind,
  writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const ids = makeIds('preparazione-colonscopia');
const otel = setupTracing({
  serviceName: 'gsl-assistente-pazienti',
  resource: { 'deployment.environment': 'prod', 'service.version': '0.14.3', 'cloud.region': 'europe-south1' },
  seed: 'preparazione-colonscopia',
});
const fc = () => ids('fc_', 16);

const SCHEDE = [
  {
    id: 'PR-GAS-014', sede: 'Navigli', esame: 'colonscopia', sedazione: true, rev: 'rev. 07/2024',
    titolo: 'Colonscopia in sedazione – Poliambulatorio Navigli',
    testo: 'Nei 3 giorni precedenti: dieta priva di scorie (niente frutta, verdura, legumi, cereali integrali). '
      + 'Sospendere gli integratori di ferro 7 giorni prima. Preparazione intestinale con 4 litri di soluzione: '
      + '2 litri la sera prima dalle 20:00, 2 litri la mattina dell\'esame, da terminare almeno 4 ore prima dell\'appuntamento. '
      + 'Digiuno da cibi solidi dalle 12:00 del giorno precedente; acqua e tè chiaro ammessi fino a 2 ore prima. '
      + 'Con sedazione è obbligatorio un accompagnatore e non si può guidare per 24 ore.',
  },
  {
    id: 'PR-GAS-009', sede: 'San Carlo', esame: 'colonscopia', sedazione: false, rev: 'rev. 02/2023',
    titolo: 'Colonscopia senza sedazione – Ospedale San Carlo',
    testo: 'Dieta povera di fibre nei 2 giorni precedenti. Preparazione con soluzione a basso volume secondo la prescrizione.',
  },
];

const cerca_istruzioni = tool({
  description: 'Cerca nelle schede di preparazione agli esami del Gruppo Sanitario Lombardo. Filtri facoltativi: sede, sedazione.',
  inputSchema: z.object({
    testo: z.string(), sede: z.enum(['Navigli', 'San Carlo', 'Monza Centro']).optional(), sedazione: z.boolean().optional(),
  }),
  execute: async ({ testo, sede, sedazione }) => {
    // Il motore richiede almeno un filtro di struttura: senza sede non restituisce schede (le preparazioni variano per sede).
    if (!sede) return { risultati: [], totale: 0, query: testo };
    const r = SCHEDE.filter((s) => s.sede === sede && (sedazione === undefined || s.sedazione === sedazione));
    return { risultati: r.map(({ id, titolo, rev, testo: t }) => ({ id, titolo, rev, testo: t })), totale: r.length, query: testo };
  },
});

const prenotazioni_paziente = tool({
  description: 'Prossimi appuntamenti del paziente autenticato.',
  inputSchema: z.object({}),
  execute: async () => ({ appuntamenti: [{ codice: 'APP-25-118734', prestazione: 'Colonscopia', data: '2025-03-20T08:30', sede: 'da confermare (CUP)', medico: null }] }),
});

const SYSTEM = 'Sei l\'assistente pazienti del Gruppo Sanitario Lombardo. Rispondi in italiano, con tono cortese, dando del Lei. '
  + 'Per le istruzioni di preparazione agli esami usa solo le schede ufficiali (tool cerca_istruzioni). '
  + 'Non dare indicazioni cliniche che non trovi nelle schede.';

const model = scriptedModel({
  provider: 'google.generative-ai', modelId: 'gemini-2.5-flash', ids, responsePrefix: '',
  replies: [
    // turno 1
    { calls: [[fc(), 'prenotazioni_paziente', {}], [fc(), 'cerca_istruzioni', { testo: 'preparazione colonscopia giorni prima' }]] },
    'Vedo la Sua prenotazione APP-25-118734 per una colonscopia il 20 marzo alle 8:30, ma la sede risulta ancora "da confermare". '
      + 'Non ho trovato una scheda di preparazione valida senza sapere dove farà l\'esame: le istruzioni cambiano da una struttura all\'altra '
      + 'e non voglio darLe indicazioni sbagliate.\n\nMi può dire in quale sede è stato fissato l\'esame (ad esempio Poliambulatorio Navigli '
      + 'o Ospedale San Carlo) e se è previsto con sedazione? Così recupero la scheda corretta.',
    // turno 2
    { calls: [[fc(), 'cerca_istruzioni', { testo: 'preparazione colonscopia', sede: 'Navigli', sedazione: true }]] },
    'Ecco le istruzioni ufficiali per la colonscopia in sedazione al Poliambulatorio Navigli (scheda PR-GAS-014, rev. 07/2024), '
      + 'riferite al Suo appuntamento del 20 marzo alle 8:30:\n\n'
      + '- **Nei 3 giorni precedenti:** dieta priva di scorie – niente frutta, verdura, legumi e cereali integrali.\n'
      + '- **7 giorni prima:** sospenda gli integratori di ferro.\n'
      + '- **Il giorno prima:** niente cibi solidi dalle 12:00; dalle 20:00 beva i primi 2 litri di soluzione (4 litri in tutto).\n'
      + '- **La mattina dell\'esame:** gli altri 2 litri, da finire almeno 4 ore prima dell\'appuntamento; '
      + 'acqua e tè chiaro sono ammessi fino a 2 ore prima.\n'
      + '- Con la sedazione serve un accompagnatore e non potrà guidare per 24 ore.\n\n'
      + 'Se assume farmaci anticoagulanti o ha dubbi clinici, ne parli con il Suo medico: la scheda non li tratta.',
  ],
});

const history = [];
async function turno(testoUtente, requestId) {
  history.push({ role: 'user', content: testoUtente });
  await otel.tracer.startActiveSpan('POST /v1/chat', {
    kind: SpanKind.SERVER,
    attributes: {
      'http.request.method': 'POST', 'http.route': '/v1/chat', 'http.request.header.x-request-id': requestId,
      'session.id': 'conv_9b1e44d0a7', 'user.id': 'paz-55102',
    },
  }, async (span) => {
    const r = await generateText({
      model, system: SYSTEM, messages: history,
      tools: { cerca_istruzioni, prenotazioni_paziente },
      stopWhen: stepCountIs(4),
      telemetry: { functionId: 'assistente-pazienti', integrations: [new OpenTelemetry()] },
    });
    history.push(...r.response.messages);
    span.setAttribute('http.response.status_code', 200);
    span.end();
  });
}

await turno('Buongiorno, giovedì prossimo ho la colonscopia. Cosa devo fare nei giorni prima?', 'req-3f81a2');
await sleep(30);
await turno('Al Poliambulatorio Navigli, sì con sedazione.', 'req-3f9c07');

writeJsonl(here, 'traces-gsl.jsonl', [await otel.flush()]);
