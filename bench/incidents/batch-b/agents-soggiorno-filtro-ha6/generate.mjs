// Prenotazioni (viaggi, it-IT). Reception looks up the customer profile, then hands off to the
// hotel agent through a filter that strips tool calls and results. The hotel agent loads the
// profile again itself, and the user's budget is in the user message, which the filter keeps.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, removeAllTools, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const m = scriptedModel([
  // Accoglienza
  { tool_calls: [{ name: 'profilo_cliente', args: { codice: 'CL-4471' } }] },
  { tool_calls: [{ name: 'transfer_to_Hotel', args: {} }] },
  // Hotel (history without the tool items)
  { tool_calls: [{ name: 'profilo_cliente', args: { codice: 'CL-4471' } }] },
  { tool_calls: [{ name: 'cerca_hotel', args: { citta: 'Bologna', checkin: '2026-12-18', notti: 2, prezzo_max_notte: 180, non_fumatori: true } }] },
  { content: 'Ho trovato l\u2019Albergo Due Torri Santo Stefano: camera doppia non fumatori a 164 € a notte (328 € per 2 notti, 18–20 dicembre), '
      + 'con colazione inclusa e, essendo cliente Oro, check-out posticipato alle 13:00. L\u2019altra opzione, Palazzo Marescalchi, '
      + 'costa 205 € a notte e supera il suo budget. Vuole che blocchi la camera al Due Torri?' },
], { seed: 'soggiorno-bo', served: 'gpt-4o-2024-08-06' });

const profilo = tool({
  name: 'profilo_cliente',
  description: 'Profilo fedeltà e preferenze del cliente.',
  parameters: z.object({ codice: z.string() }),
  execute: async ({ codice }) => JSON.stringify({ codice, nome: 'Giulia Ferraresi', livello: 'Oro', preferenze: ['camera non fumatori'],
    vantaggi: ['check-out posticipato 13:00'] }),
});

const cercaHotel = tool({
  name: 'cerca_hotel',
  description: 'Cerca disponibilità alberghiere.',
  parameters: z.object({ citta: z.string(), checkin: z.string(), notti: z.number(), prezzo_max_notte: z.number(), non_fumatori: z.boolean() }),
  execute: async () => JSON.stringify({ risultati: [
    { hotel: 'Albergo Due Torri Santo Stefano', camera: 'doppia non fumatori', prezzo_notte_eur: 164, colazione: true, disponibile: true },
    { hotel: 'Palazzo Marescalchi', camera: 'doppia superior non fumatori', prezzo_notte_eur: 205, colazione: true, disponibile: true },
  ] }),
});

const hotel = new Agent({ name: 'Hotel', model: m, tools: [profilo, cercaHotel],
  instructions: 'Prenoti alberghi. Carica sempre il profilo del cliente prima di cercare e rispetta il budget indicato.' });

const accoglienza = new Agent({ name: 'Accoglienza', model: m, tools: [profilo],
  instructions: 'Identifichi il cliente e lo passi all\u2019agente giusto.',
  handoffs: [handoff(hotel, { inputFilter: removeAllTools })] });

const runner = new Runner({ groupId: 'viaggio-3b7e-44', workflowName: 'Prenotazioni', traceMetadata: { user: 'CL-4471' } });
await runner.run(accoglienza, 'Buongiorno, cerco un hotel a Bologna dal 18 dicembre per 2 notti, massimo 180 € a notte. Il mio codice cliente è CL-4471.');

writeTrace(here, 'prenotazioni.jsonl');
