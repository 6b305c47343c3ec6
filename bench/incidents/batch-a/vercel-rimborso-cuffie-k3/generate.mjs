// Assistente clienti di un e-commerce di elettronica (italiano): un cliente chiede il rimborso di cuffie
// arrivate rotte. Due richieste alla chat API della stessa conversazione; la cronologia completa (con i
// messaggi degli strumenti) viene ripassata al modello. Vercel AI SDK v7 (`ai`) con l'integrazione
// OpenTelemetry di @ai-sdk/otel (gen_ai.*), span server dell'app con session.id / user.id.
// Modello simulato (MockLanguageModelV4), nessuna rete. Scrive spans.jsonl.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, OpenTelemetry, z, SpanKind,
  writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const SEED = 'vercel-rimborso-cuffie-k3';
const { tracer, flush } = setupTracing({
  serviceName: 'assistenza-chat',
  resource: { 'deployment.environment': 'prod', 'service.version': '5.0.2', 'cloud.region': 'europe-west8' },
  seed: SEED,
});
const ids = makeIds(SEED);
const fc = () => ids('fc_', 20);

const now = Date.now();
const giorno = (n) => new Date(now + n * 86_400_000).toISOString().slice(0, 10);

let tentativiOrdine = 0;
const tools = {
  cerca_ordine: tool({
    description: 'Dettaglio di un ordine: articoli, stato del reso, importi pagati, rimborsi già emessi e importo ancora rimborsabile.',
    inputSchema: z.object({ numero_ordine: z.string() }),
    execute: async ({ numero_ordine }) => {
      if (++tentativiOrdine === 1) {
        throw new Error('ordini-api: ETIMEDOUT dopo 10000 ms (GET /v2/ordini/' + numero_ordine + ')');
      }
      return {
        numero_ordine, cliente: 'C-2207718', stato: 'reso ricevuto in magazzino',
        articoli: [{ sku: 'AUD-WH1000-BLK', descrizione: 'Cuffie wireless ANC nere', qta: 1, prezzo: 129.9 }],
        importo_pagato: 129.9, metodo_pagamento: 'carta Visa ****4417',
        rimborsi: [{ id: 'RF-55120', importo: 129.9, emesso_il: giorno(-2), esito: 'inviato al circuito' }],
        importo_rimborsabile: 0,
      };
    },
  }),
  stato_rimborso: tool({
    description: 'Stato di un rimborso presso il circuito di pagamento.',
    inputSchema: z.object({ id_rimborso: z.string() }),
    execute: async ({ id_rimborso }) => ({
      id_rimborso, importo: 129.9, valuta: 'EUR', circuito: 'Visa', arn: '74987504326118840011273',
      stato: 'accettato dal circuito', accredito_previsto_entro: giorno(3),
      nota: 'Gli accrediti su carta compaiono nell’estratto conto da 3 a 5 giorni lavorativi dopo l’accettazione.',
    }),
  }),
};

const SYSTEM = 'Sei l’assistente clienti di ElettroCasa. Per resi e rimborsi usa sempre gli strumenti; non promettere rimborsi che il sistema non consente. Se un servizio non risponde, riprova una volta prima di arrenderti. Rispondi in italiano, con tono cordiale.';
const SESSION = 'chat-it-20931f6e';
const USER = 'C-2207718';
const messages = [];

async function turno(testo, replies) {
  const model = scriptedModel({ provider: 'google.generative-ai', modelId: 'gemini-2.5-flash', ids, responsePrefix: 'resp-', replies });
  messages.push({ role: 'user', content: testo });
  await tracer.startActiveSpan('POST /chat/messaggi', {
    kind: SpanKind.SERVER,
    attributes: { 'http.request.method': 'POST', 'http.route': '/chat/messaggi', 'session.id': SESSION, 'user.id': USER },
  }, async (span) => {
    try {
      const r = await generateText({
        model, system: SYSTEM, messages: [...messages], tools, stopWhen: stepCountIs(5),
        telemetry: { functionId: 'assistente-resi', integrations: [new OpenTelemetry()] },
      });
      messages.push(...r.response.messages);
    } finally { span.end(); }
  });
  await sleep(40);
  return flush();
}

const righe = [];
const [x1, x2] = [fc(), fc()];
righe.push(await turno(
  'Buongiorno, le cuffie dell’ordine 7781-2290-IT sono arrivate con un padiglione rotto, le ho rispedite la settimana scorsa. Voglio il rimborso, per favore.',
  [
    { calls: [[x1, 'cerca_ordine', { numero_ordine: '7781-2290-IT' }]] },
    { calls: [[x2, 'cerca_ordine', { numero_ordine: '7781-2290-IT' }]] },
    `Buongiorno! Ho controllato l’ordine 7781-2290-IT: il reso delle cuffie è stato ricevuto in magazzino e il rimborso completo di 129,90 € è già stato emesso il ${giorno(-2)} sulla sua carta Visa che termina con 4417 (rimborso RF-55120). ` +
      'Per questo ordine non c’è altro da rimborsare: l’importo ancora rimborsabile è 0 €. Mi scuso per l’inconveniente con le cuffie.',
  ]));

const x3 = fc();
righe.push(await turno(
  'Ma io sull’estratto conto non vedo niente! Siete sicuri?',
  [
    { calls: [[x3, 'stato_rimborso', { id_rimborso: 'RF-55120' }]] },
    `Capisco la preoccupazione. Il rimborso RF-55120 di 129,90 € risulta accettato dal circuito Visa (codice ARN 74987504326118840011273): l’accredito è previsto entro il ${giorno(3)}. ` +
      'Gli accrediti su carta compaiono di solito da 3 a 5 giorni lavorativi dopo l’accettazione. Se entro quella data non lo vede, può comunicare il codice ARN alla sua banca per rintracciarlo.',
  ]));

writeJsonl(scriptDir(import.meta.url), 'spans.jsonl', righe);
