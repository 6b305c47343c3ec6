// Parcel tracking assistant (Italian). The first lookup finds nothing; the agent says so and asks for
// the order number; the second lookup finds the parcel. Scripted fake model, no network.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace, user } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const traccia = tool({
  name: 'traccia_spedizione', description: 'Cerca una spedizione per codice di tracciamento o numero d\'ordine.',
  parameters: z.object({ codice: z.string().nullable(), ordine: z.string().nullable() }),
  execute: async ({ codice, ordine }) => ordine === 'ORD-IT-55190'
    ? JSON.stringify({ trovato: true, codice: '048377291', ordine, corriere: 'BRT', stato: 'In consegna', hub: 'Bologna Interporto', ultimo_evento: '2026-02-20T19:12:00+01:00', consegna_prevista: '2026-02-21', fascia: '14:00-18:00' })
    : JSON.stringify({ trovato: false, risultati: [], interrogato: { codice, ordine } }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'traccia_spedizione', args: { codice: '048377219', ordine: null } }] },
  { content: 'Non ho trovato nessuna spedizione con il codice 048377219. Potrebbe ricontrollarlo sulla mail di conferma, oppure indicarmi il numero d\'ordine (inizia con ORD-)?' },
  { tool_calls: [{ name: 'traccia_spedizione', args: { codice: null, ordine: 'ORD-IT-55190' } }] },
  { content: 'Trovato! La spedizione dell\'ordine ORD-IT-55190 (codice BRT 048377291 — nel codice che mi aveva dato due cifre erano invertite) è in consegna dall\'hub di Bologna Interporto: consegna prevista domani, 21 febbraio, nella fascia 14:00-18:00.' },
], { seed: 'spedizione-ta6' });

const agent = new Agent({
  name: 'AssistenteSpedizioni', model: m, tools: [traccia],
  instructions: 'Sei l\'assistente clienti di Bottega Emiliana. Dai informazioni sulle spedizioni solo in base ai risultati di traccia_spedizione; se non trovi nulla, chiedi al cliente.',
});
const runner = new Runner({ groupId: 'wa:393471120988:2026-02-20', workflowName: 'Assistenza ordini', traceMetadata: { user_id: 'cliente-31877' } });
const r1 = await runner.run(agent, 'Buonasera, dov\'è il mio pacco? Il codice è 048377219');
await runner.run(agent, [...r1.history, user('Ah scusi, il numero d\'ordine è ORD-IT-55190')]);

writeTrace(here, 'trace.jsonl');
