// Logistics (Italian): a shipping assistant reads a consignment's weight and books a carrier pickup.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const dettaglioCollo = tool({
  name: 'dettaglio_spedizione', description: 'Restituisce i dati di una spedizione dal gestionale di magazzino.',
  parameters: z.object({ ddt: z.string() }),
  execute: async ({ ddt }) => JSON.stringify({
    ddt, mittente: 'Officine Brambilla S.r.l., Lecco', destinatario: 'Cantiere Navale Frassine, La Spezia',
    descrizione: 'riduttore epicicloidale su pallet', colli: 1, peso_lordo: '2,4 t', dimensioni: '120x100x95 cm',
  }),
});
const prenotaRitiro = tool({
  name: 'prenota_ritiro', description: 'Prenota il ritiro presso il vettore. Il mezzo viene scelto in base al peso.',
  parameters: z.object({ ddt: z.string(), data_ritiro: z.string(), peso_kg: z.number(), colli: z.number() }),
  execute: async ({ ddt, data_ritiro, peso_kg }) => JSON.stringify({
    prenotazione: 'RIT-LC-55031', ddt, data_ritiro, mezzo: peso_kg <= 35 ? 'furgone corriere espresso' : 'motrice con sponda',
    tariffa_eur: peso_kg <= 35 ? 18.9 : 412.0, peso_dichiarato_kg: peso_kg,
  }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'dettaglio_spedizione', args: { ddt: 'DDT 2027/0419' } }] },
  { tool_calls: [{ name: 'prenota_ritiro', args: { ddt: 'DDT 2027/0419', data_ritiro: '2027-04-13', peso_kg: 2.4, colli: 1 } }] },
  { content: 'Ritiro prenotato per martedì 13 aprile (prenotazione RIT-LC-55031): passerà un furgone corriere espresso, tariffa 18,90 €. Il pallet con il riduttore per La Spezia è a posto.' },
], { seed: 'spedizioni-ha1' });

const agente = new Agent({
  name: 'Assistente Spedizioni', model: m, tools: [dettaglioCollo, prenotaRitiro],
  instructions: 'Aiuti l\'ufficio spedizioni a prenotare i ritiri. Leggi sempre i dati della spedizione prima di prenotare.',
});
const runner = new Runner({ groupId: 'sped-ufficio-7731', workflowName: 'Ufficio spedizioni', traceMetadata: { user_id: 'op.marchetti' } });
await runner.run(agente, 'Ciao, mi prenoti il ritiro per il DDT 2027/0419 martedì 13 aprile?');
writeTrace(here, 'trace.jsonl');
