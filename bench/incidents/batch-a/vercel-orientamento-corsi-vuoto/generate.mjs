// Sportello di orientamento di un ateneo italiano (Vercel AI SDK v7, span GenAI di @ai-sdk/otel).
// Lo strumento cerca_corsi interroga il catalogo dell'offerta formativa tramite un indice vettoriale;
// la query vettoriale è avvolta in uno span `retrieval`.
import * as H from '../../harness/vercel/harness.mjs';
const { generateText, embed, tool, z, stepCountIs, OpenTelemetry, SpanKind } = H;

const dir = H.scriptDir(import.meta.url);
const tracing = H.setupTracing({
  serviceName: 'orientamento-bot',
  resource: { 'deployment.environment': 'produzione', 'service.version': '1.4.0' },
  seed: 'batch-a/vercel-orientamento-corsi-vuoto',
});
const ids = H.makeIds('batch-a/vercel-orientamento-corsi-vuoto');
const app = tracing.tracer;

const SESSION = '7730145';
const USER = 'matricola-S0298814';
const integration = new OpenTelemetry({
  enrichSpan: ({ runtimeContext }) => ({ 'session.id': runtimeContext?.sessione, 'user.id': runtimeContext?.studente }),
});
const telemetry = { functionId: 'orientamento', includeRuntimeContext: { sessione: true, studente: true }, integrations: [integration] };
const embedder = H.hashEmbeddingModel({ provider: 'openai.embedding', modelId: 'text-embedding-3-large', dims: 12 });

const CATALOGO = {
  'LM-18': [
    { id: 'INF0451', titolo: 'Apprendimento automatico', cfu: 9, semestre: 'II', docente: 'prof.ssa Elena Marchetti', lingua: 'inglese', score: 0.91 },
    { id: 'INF0462', titolo: 'Elaborazione del linguaggio naturale', cfu: 6, semestre: 'II', docente: 'prof. Davide Russo', lingua: 'italiano', score: 0.87 },
  ],
};

const cercaCorsi = tool({
  description: 'Cerca insegnamenti nel catalogo dell\'offerta formativa. Il filtro corso_di_studio (classe di laurea, es. L-31, LM-18) restringe la ricerca.',
  inputSchema: z.object({ testo: z.string(), corso_di_studio: z.string().optional(), anno_accademico: z.string() }),
  execute: async ({ testo, corso_di_studio, anno_accademico }) => {
    await embed({ model: embedder, value: testo, telemetry });
    const docs = corso_di_studio ? (CATALOGO[corso_di_studio] ?? []) : [];
    const span = app.startSpan('retrieval offerta-formativa-2024', {
      kind: SpanKind.CLIENT,
      attributes: {
        'gen_ai.operation.name': 'retrieval',
        'gen_ai.data_source.id': 'offerta-formativa-2024',
        'gen_ai.retrieval.query.text': testo,
        'gen_ai.request.top_k': 8,
        'db.system.name': 'pgvector',
        'app.filtro.corso_di_studio': corso_di_studio ?? '',
        'gen_ai.retrieval.documents': JSON.stringify(docs.map((d) => ({ id: d.id, score: d.score }))),
        'session.id': SESSION,
      },
    });
    span.end();
    return { anno_accademico, risultati: docs.map(({ score, ...d }) => d), totale: docs.length };
  },
});

const SYSTEM = 'Sei l\'assistente di orientamento dell\'Università degli Studi di Valdarno. Rispondi solo con informazioni trovate nel catalogo tramite cerca_corsi. Se non trovi nulla, chiedi allo studente i dati mancanti invece di indovinare.';
const messages = [];

async function turno(testoUtente, replies) {
  messages.push({ role: 'user', content: testoUtente });
  const model = H.scriptedModel({ provider: 'openai.chat', modelId: 'gpt-4o-mini-2024-07-18', ids, replies });
  const res = await generateText({
    model, system: SYSTEM, messages, tools: { cerca_corsi: cercaCorsi }, stopWhen: stepCountIs(4),
    runtimeContext: { sessione: SESSION, studente: USER }, telemetry,
  });
  messages.push(...res.response.messages);
  return tracing.flush();
}

const righe = [];
righe.push(await turno('Buongiorno, vorrei inserire nel piano di studi un esame a scelta sull\'intelligenza artificiale nel secondo semestre. Quali ci sono e quanti CFU valgono?', [
  { calls: [['call_4eRk0PzQ1sVb', 'cerca_corsi', { testo: 'intelligenza artificiale esame a scelta secondo semestre', anno_accademico: '2024/2025' }]] },
  'Ho cercato nel catalogo 2024/2025 ma la ricerca non ha restituito alcun insegnamento: per gli esami a scelta il catalogo va filtrato per corso di studio e non so ancora quale frequenti. Mi indichi il tuo corso di laurea (per esempio Informatica triennale L-31 o magistrale LM-18)? Così posso dirti quali insegnamenti ci sono e con quanti CFU.',
]));
righe.push(await turno('Sono alla magistrale in Informatica, LM-18.', [
  { calls: [['call_9TnWc2HxLm5D', 'cerca_corsi', { testo: 'intelligenza artificiale esame a scelta secondo semestre', corso_di_studio: 'LM-18', anno_accademico: '2024/2025' }]] },
  'Per la magistrale LM-18 nel secondo semestre del 2024/2025 ho trovato due insegnamenti a scelta sull\'intelligenza artificiale:\n- INF0451 Apprendimento automatico, 9 CFU, prof.ssa Elena Marchetti, in inglese\n- INF0462 Elaborazione del linguaggio naturale, 6 CFU, prof. Davide Russo, in italiano\n\nVuoi che ti spieghi come inserirli nel piano di studi?',
]));

H.writeJsonl(dir, 'traces.jsonl', righe);
