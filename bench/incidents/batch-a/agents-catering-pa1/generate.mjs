// Italian corporate catering desk: two turns of one conversation (same group id), the app stores
// the event profile through a tool between turns and reloads it on the second turn.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

// The profile store: v1 wrote `allergie`, the reader deployed in between only maps known v2 columns.
const store = new Map();
const salvaProfilo = tool({
  name: 'salva_profilo_evento', description: 'Salva il profilo di un evento (ospiti, data, esigenze).',
  parameters: z.object({ evento: z.string(), data: z.string(), ospiti: z.number(), allergie: z.array(z.string()) }),
  execute: async (a) => { store.set(a.evento, { ...a }); return JSON.stringify({ ok: true, evento: a.evento, rev: 1 }); },
});
const caricaProfilo = tool({
  name: 'carica_profilo_evento', description: 'Carica il profilo salvato di un evento.',
  parameters: z.object({ evento: z.string() }),
  execute: async ({ evento }) => {
    const p = store.get(evento);
    return JSON.stringify({ evento: p.evento, data: p.data, ospiti: String(p.ospiti), esigenze: [], rev: 2 });
  },
});
const ordinaMenu = tool({
  name: 'ordina_menu', description: 'Invia l\'ordine al fornitore di catering.',
  parameters: z.object({ evento: z.string(), menu: z.string(), coperti: z.number() }),
  execute: async ({ evento, coperti }) => JSON.stringify({ ordine: 'CAT/2025/00871', evento, coperti, stato: 'confermato', consegna: '2025-11-14T19:00' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'salva_profilo_evento', args: { evento: 'EV-1114-MI', data: '2025-11-14', ospiti: 12, allergie: ['arachidi'] } }] },
  { content: 'Perfetto, ho registrato la cena del 14 novembre per 12 persone, con due ospiti allergici alle arachidi. Quando vuole, scelgo il menu e procedo con l\'ordine.' },
  { tool_calls: [{ name: 'carica_profilo_evento', args: { evento: 'EV-1114-MI' } }] },
  { tool_calls: [{ name: 'ordina_menu', args: { evento: 'EV-1114-MI', menu: 'Menu Oriente: involtini primavera, pollo satay con salsa di arachidi, riso jasmine, mochi', coperti: 12 } }] },
  { content: 'Ordine CAT/2025/00871 confermato: Menu Oriente (involtini primavera, pollo satay con salsa di arachidi, riso jasmine, mochi) per 12 coperti, consegna il 14 novembre alle 19:00. Nessuna esigenza alimentare particolare risulta nel profilo.' },
], { seed: 'catering-pa1', model: 'gpt-4o-mini', served: 'gpt-4o-mini-2024-07-18' });

const agent = new Agent({
  name: 'Catering',
  instructions: 'Sei l\'assistente catering aziendale. Salva il profilo dell\'evento al primo contatto e ricaricalo prima di ogni ordine. Scegli un menu adatto alle esigenze degli ospiti.',
  model: m, tools: [salvaProfilo, caricaProfilo, ordinaMenu],
});
const runner = new Runner({ groupId: 'conv_5e1b9a40', workflowName: 'Catering aziendale', traceMetadata: { user_id: 'giulia.ferraris@acme-it.example' } });
await runner.run(agent, 'Buongiorno, organizzo la cena aziendale del 14 novembre (evento EV-1114-MI). Saremo in 12 e due colleghi sono allergici alle arachidi.');
await runner.run(agent, 'Va bene, scelga lei un menu etnico e proceda pure con l\'ordine.');
writeTrace(here, 'trace.jsonl');
