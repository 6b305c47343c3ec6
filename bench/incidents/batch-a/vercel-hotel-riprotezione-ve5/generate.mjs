// Assistente riprotezione viaggi (Vercel AI SDK v7, OpenTelemetry GenAI integration), scripted mock model.
// The availability API times out once; the agent retries the same query and answers from the second result.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush, tracer } = setupTracing({ serviceName: 'viaggi-assist', resource: { 'cloud.region': 'eu-south-1' }, seed: 've5-hotel' });
const ids = makeIds('ve5-hotel');
let attempts = 0;
const cercaDisponibilita = tool({
  description: 'Cerca camere disponibili per città e date (API del channel manager).',
  inputSchema: z.object({ citta: z.string(), checkIn: z.string(), checkOut: z.string(), ospiti: z.number() }),
  execute: async (q) => {
    attempts++;
    if (attempts === 1) throw new Error('ChannelManagerError: 504 Gateway Timeout after 8000 ms (upstream=hb-eu-2)');
    return { risultati: [
      { hotelId: 'HTL-FI-20931', nome: 'Hotel Porta Rossa', stelle: 4, tariffaNotte: 189.0, valuta: 'EUR', cancellazioneGratuita: true },
      { hotelId: 'HTL-FI-11802', nome: 'Residenza Oltrarno', stelle: 3, tariffaNotte: 142.0, valuta: 'EUR', cancellazioneGratuita: false },
    ], ...q };
  },
});
const prenota = tool({
  description: 'Blocca una camera con la tariffa indicata.',
  inputSchema: z.object({ hotelId: z.string(), checkIn: z.string(), checkOut: z.string(), ospiti: z.number(), tariffaNotte: z.number() }),
  execute: async (p) => ({ pnr: 'RPX8K2', stato: 'confermata', ...p, totale: +(p.tariffaNotte * 2).toFixed(2), valuta: 'EUR' }),
});
const q = { citta: 'Firenze', checkIn: '2024-10-03', checkOut: '2024-10-05', ospiti: 2 };
const c1 = ids('call_'), c2 = ids('call_'), c3 = ids('call_');
await tracer.startActiveSpan('riprotezione.chat', { attributes: { 'session.id': 'wa-393471128805-20241002', 'user.id': 'cust-IT-0048812', 'messaging.system': 'whatsapp' } }, async (span) => {
  await generateText({
    model: scriptedModel({ ids, replies: [
      { calls: [[c1, 'cerca_disponibilita', q]] },
      { text: 'Il sistema delle disponibilità non ha risposto, riprovo.', calls: [[c2, 'cerca_disponibilita', q]] },
      'Ho trovato due opzioni a Firenze dal 3 al 5 ottobre per 2 persone: Hotel Porta Rossa (4★, 189 €/notte, cancellazione gratuita) e Residenza Oltrarno (3★, 142 €/notte, non rimborsabile). Quale preferisce che blocchi?',
    ] }),
    system: 'Sei l’assistente di riprotezione di ViaggiSereni. Il volo del cliente è stato cancellato: proponi un hotel e prenota solo dopo conferma.',
    prompt: 'Il mio volo per Palermo è stato cancellato, resto a Firenze due notti (3-5 ottobre), siamo in due. Mi trova un albergo?',
    tools: { cerca_disponibilita: cercaDisponibilita, prenota_camera: prenota }, stopWhen: stepCountIs(5),
    telemetry: { functionId: 'riprotezione', integrations: [new OpenTelemetry()] },
  });
  await generateText({
    model: scriptedModel({ ids, replies: [
      { calls: [[c3, 'prenota_camera', { hotelId: 'HTL-FI-20931', checkIn: '2024-10-03', checkOut: '2024-10-05', ospiti: 2, tariffaNotte: 189.0 }]] },
      'Fatto: camera all’Hotel Porta Rossa confermata, codice RPX8K2, 2 notti a 189 € = 378 € (cancellazione gratuita).',
    ] }),
    system: 'Sei l’assistente di riprotezione di ViaggiSereni. Il volo del cliente è stato cancellato: proponi un hotel e prenota solo dopo conferma.',
    messages: [
      { role: 'user', content: 'Il mio volo per Palermo è stato cancellato, resto a Firenze due notti (3-5 ottobre), siamo in due. Mi trova un albergo?' },
      { role: 'assistant', content: 'Ho trovato due opzioni a Firenze dal 3 al 5 ottobre per 2 persone: Hotel Porta Rossa (4★, 189 €/notte, cancellazione gratuita) e Residenza Oltrarno (3★, 142 €/notte, non rimborsabile). Quale preferisce che blocchi?' },
      { role: 'user', content: 'Porta Rossa, grazie.' },
    ],
    tools: { cerca_disponibilita: cercaDisponibilita, prenota_camera: prenota }, stopWhen: stepCountIs(4),
    telemetry: { functionId: 'riprotezione', integrations: [new OpenTelemetry()] },
  });
  span.end();
});
writeJsonl(dir, 'spans.jsonl', [await flush()]);
