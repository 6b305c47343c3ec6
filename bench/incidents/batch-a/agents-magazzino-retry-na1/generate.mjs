// Retail stock agent (Italian): the first stock lookup fails, the agent retries and answers from
// the successful call.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let calls = 0;
const giacenza = tool({
  name: 'giacenza_negozio', description: 'Disponibilità di un articolo in un punto vendita.',
  parameters: z.object({ sku: z.string(), negozio: z.string() }),
  execute: async ({ sku, negozio }) => {
    calls++;
    if (calls === 1) return 'Errore: 503 Service Unavailable — inventario-svc non raggiungibile (timeout 8000 ms)';
    return JSON.stringify({ sku, negozio, disponibili: 3, in_arrivo: { quantita: 12, data: '2026-02-18' }, aggiornato: '2026-02-11T09:42:10+01:00' });
  },
});
const prenota = tool({
  name: 'prenota_ritiro', description: 'Mette da parte un articolo per il ritiro in negozio.',
  parameters: z.object({ sku: z.string(), negozio: z.string(), quantita: z.number().int(), cliente: z.string() }),
  execute: async ({ sku, negozio, quantita }) => JSON.stringify({ prenotazione: 'RIT-MI-88213', sku, negozio, quantita, valida_fino: '2026-02-13T20:00:00+01:00' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'giacenza_negozio', args: { sku: 'SCR-4471-42', negozio: 'MI-CORSO-BUENOS-AIRES' } }] },
  { content: 'Il servizio inventario non ha risposto, riprovo.',
    tool_calls: [{ name: 'giacenza_negozio', args: { sku: 'SCR-4471-42', negozio: 'MI-CORSO-BUENOS-AIRES' } }] },
  { tool_calls: [{ name: 'prenota_ritiro', args: { sku: 'SCR-4471-42', negozio: 'MI-CORSO-BUENOS-AIRES', quantita: 1, cliente: 'tessera-0049-7712' } }] },
  { content: 'Buone notizie: nel negozio di Corso Buenos Aires ci sono 3 paia delle scarpe SCR-4471 in taglia 42. Te ne ho messo da parte un paio (prenotazione RIT-MI-88213), puoi ritirarle entro giovedì 13 febbraio alle 20:00.' },
], { seed: 'na1-magazzino' });

const agent = new Agent({
  name: 'AssistenteNegozio', model: m, tools: [giacenza, prenota],
  instructions: 'Aiuti i clienti a trovare articoli nei negozi e a prenotarne il ritiro. Non dare disponibilità senza averla verificata.',
});
const runner = new Runner({ groupId: 'chat-it-5f0c19ab', workflowName: 'Assistente negozi', traceMetadata: { user: 'tessera-0049-7712' } });
await runner.run(agent, 'Ciao! Avete le SCR-4471 in 42 a Milano, Corso Buenos Aires? Se sì me ne tenete un paio?');
writeTrace(here, 'trace.jsonl');
