// Travel assistant (Italian). The first hotel search comes back empty; the agent says so plainly
// and asks whether to widen the radius. The customer agrees, the second search finds rooms, and the
// booking uses exactly the values the search returned. Full history is kept between turns.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Agent, Runner, tool, user, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const cerca = tool({
  name: 'cerca_hotel',
  description: 'Cerca camere disponibili vicino a un punto, entro un raggio in km.',
  parameters: z.object({ vicino_a: z.string(), raggio_km: z.number(), check_in: z.string(), notti: z.number().int(), ospiti: z.number().int() }),
  execute: async ({ vicino_a, raggio_km, check_in, notti, ospiti }) => JSON.stringify(raggio_km < 2
    ? { vicino_a, raggio_km, check_in, notti, ospiti, risultati: [], nota: 'nessuna disponibilità (fiera Vinitaly)' }
    : { vicino_a, raggio_km, check_in, notti, ospiti, risultati: [
        { id_struttura: 'VR-H-00417', nome: 'Hotel San Zeno', distanza_km: 3.2, prezzo_notte_eur: 189, cancellazione: 'gratuita fino al 7 aprile' },
        { id_struttura: 'VR-H-01122', nome: 'Albergo Ai Portici', distanza_km: 4.6, prezzo_notte_eur: 164, cancellazione: 'non rimborsabile' },
      ] }),
});
const prenota = tool({
  name: 'prenota_camera',
  description: 'Prenota una camera in una struttura.',
  parameters: z.object({ id_struttura: z.string(), check_in: z.string(), notti: z.number().int(), ospiti: z.number().int() }),
  execute: async ({ id_struttura, check_in, notti, ospiti }) => JSON.stringify({
    pnr: 'IT7Q-XK2M', id_struttura, check_in, notti, ospiti, totale_eur: 378, cancellazione: 'gratuita fino al 7 aprile', stato: 'confermata',
  }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'cerca_hotel', args: { vicino_a: 'VeronaFiere', raggio_km: 1.5, check_in: '2026-04-12', notti: 2, ospiti: 1 } }] },
  { content: 'Purtroppo entro 1,5 km da VeronaFiere non c\'è nessuna camera libera per il 12-14 aprile (è la settimana del Vinitaly). Vuoi che allarghi la ricerca, per esempio a 5 km?' },
  { tool_calls: [{ name: 'cerca_hotel', args: { vicino_a: 'VeronaFiere', raggio_km: 5, check_in: '2026-04-12', notti: 2, ospiti: 1 } }] },
  { tool_calls: [{ name: 'prenota_camera', args: { id_struttura: 'VR-H-00417', check_in: '2026-04-12', notti: 2, ospiti: 1 } }] },
  { content: 'Prenotato: Hotel San Zeno (3,2 km dalla fiera), 12-14 aprile, 1 ospite, totale 378 € (189 € a notte). Codice PNR IT7Q-XK2M, cancellazione gratuita fino al 7 aprile.' },
], { seed: 'albergo-fa1' });

const agent = new Agent({
  name: 'Assistente viaggi',
  instructions: 'Aiuti i dipendenti a prenotare alloggi per trasferte. Usa solo dati restituiti dagli strumenti. Se non trovi nulla, dillo e chiedi come procedere.',
  model: m, tools: [cerca, prenota],
});
const runner = new Runner({ groupId: 'trasferte-2026-04-vr-0093', workflowName: 'Trasferte', traceMetadata: { user: 'dip-10458' } });
const r1 = await runner.run(agent, 'Ciao, mi serve un hotel vicino a VeronaFiere, entro un chilometro e mezzo, dal 12 al 14 aprile, sono da solo.');
await runner.run(agent, [...r1.history, user('Sì, va bene fino a 5 km. Prendi quello con cancellazione gratuita.')]);
writeTrace(here, 'trace.jsonl');
