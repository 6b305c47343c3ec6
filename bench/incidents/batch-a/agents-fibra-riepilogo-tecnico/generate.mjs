// Regenerates trace.jsonl: node bench/incidents/batch-a/agents-fibra-riepilogo-tecnico/generate.mjs
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Agent, Runner, tool, handoff, user, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const verificaLinea = tool({
  name: 'verifica_linea', description: 'Stato tecnico della linea del cliente (contratto, apparato, diagnostica da remoto, guasti di zona).',
  parameters: z.object({ codice_cliente: z.string() }),
  execute: async ({ codice_cliente }) => JSON.stringify({
    codice_cliente, linea: 'FTTH-MI-00718842', offerta: 'Fibra 2.5 Giga', indirizzo: 'Via Carlo Farini 27, 20159 Milano, scala B, int. 9',
    modem: { modello: 'ZX-F680', seriale: 'ZXC4A91E0077', ultimo_contatto: '2026-12-01T21:14:09+01:00' },
    diagnostica: { ont_sync: false, potenza_ottica_dbm: -40.0, allarme: 'LOS (loss of signal)' },
    guasti_zona: [],
  }),
});

const apriTicket = tool({
  name: 'apri_ticket_intervento', description: 'Apre un ticket di intervento tecnico a domicilio.',
  parameters: z.object({
    codice_cliente: z.string(), linea: z.string(), seriale_modem: z.string(), diagnosi: z.string(),
    fascia_disponibilita: z.string(), recapito: z.string(),
  }),
  execute: async ({ linea, fascia_disponibilita }) => JSON.stringify({
    ticket: 'TT-2026-5518203', linea, stato: 'pianificato', appuntamento: '2026-12-03 15:00-18:00', richiesta_fascia: fascia_disponibilita,
  }),
});

// The technician agent gets a case summary instead of the raw tool traffic.
function riepilogoCaso(data) {
  const items = [...data.preHandoffItems, ...data.newItems];
  const out = items.find((it) => it.rawItem?.type === 'function_call_result' && it.rawItem?.name === 'verifica_linea');
  const raw = out?.rawItem?.output;
  const l = JSON.parse(typeof raw === 'string' ? raw : raw?.text ?? '{}');
  const history = Array.isArray(data.inputHistory) ? data.inputHistory : [user(data.inputHistory)];
  const testo = (it) => (typeof it.content === 'string' ? it.content : it.content.map((c) => c.text ?? '').join(''));
  const richieste = history.filter((it) => it.role === 'user').map(testo).join(' / ');
  const riepilogo = [
    'Riepilogo del caso (dal primo livello):',
    `- Cliente ${l.codice_cliente}, linea ${l.linea}, offerta ${l.offerta}`,
    `- Indirizzo: ${l.indirizzo}`,
    `- Modem ${l.modem.modello}, seriale ${l.modem.seriale}, ultimo contatto ${l.modem.ultimo_contatto}`,
    `- Diagnostica: ONT sync ${l.diagnostica.ont_sync ? 'sì' : 'no'}, potenza ottica ${l.diagnostica.potenza_ottica_dbm} dBm, allarme ${l.diagnostica.allarme}`,
    `- Guasti di zona: ${l.guasti_zona.length ? l.guasti_zona.join(', ') : 'nessuno'}`,
    `- Messaggi del cliente: ${richieste}`,
  ].join('\n');
  return { ...data, inputHistory: [user(riepilogo)], preHandoffItems: [], newItems: [] };
}

const model = scriptedModel([
  { tool_calls: [{ name: 'verifica_linea', args: { codice_cliente: 'CL-3390217' } }] },
  { tool_calls: [{ name: 'transfer_to_supporto_tecnico', args: {} }] },
  { tool_calls: [{ name: 'apri_ticket_intervento', args: {
    codice_cliente: 'CL-3390217', linea: 'FTTH-MI-00718842', seriale_modem: 'ZXC4A91E0077',
    diagnosi: 'ONT senza sincronismo, potenza ottica -40 dBm, allarme LOS; nessun guasto di zona: probabile guasto sulla tratta ottica d\'utente',
    fascia_disponibilita: 'feriali dopo le 15:00', recapito: '+39 347 210 5583' } }] },
  { content: 'Gentile cliente, dalla verifica da remoto il suo modem ZX-F680 non riceve segnale dalla fibra (allarme LOS, potenza ottica -40 dBm) '
    + 'e non risultano guasti nella sua zona: serve un tecnico a domicilio. Ho aperto il ticket TT-2026-5518203 per la linea FTTH-MI-00718842 in Via Carlo Farini 27: '
    + 'l\'appuntamento è mercoledì 3 dicembre tra le 15:00 e le 18:00, come da sua disponibilità dopo le 15. Il tecnico la chiamerà al +39 347 210 5583 prima di arrivare.' },
], { seed: 'fibra-riepilogo', served: 'gpt-4o-2024-11-20' });

const tecnico = new Agent({
  name: 'supporto_tecnico',
  handoffDescription: 'Secondo livello tecnico: diagnosi e interventi a domicilio.',
  instructions: 'Sei il supporto tecnico di secondo livello di LinkaFibra. Partendo dal riepilogo del caso, decidi e apri l\'intervento necessario '
    + 'rispettando la disponibilità del cliente. Rispondi in italiano.',
  model,
  tools: [apriTicket],
});

const primoLivello = new Agent({
  name: 'assistenza_clienti',
  instructions: 'Sei l\'assistenza clienti di LinkaFibra. Verifica sempre la linea del cliente; per guasti tecnici passa il caso al supporto_tecnico. Rispondi in italiano.',
  model,
  tools: [verificaLinea],
  handoffs: [handoff(tecnico, { inputFilter: riepilogoCaso })],
});

const runner = new Runner({
  groupId: 'lf-chat-20261202-8b41e6f0', workflowName: 'LinkaFibra assistenza',
  traceMetadata: { user_id: 'CL-3390217' },
});
await runner.run(primoLivello, 'Buongiorno, da ieri sera la fibra non va più, sul modem la luce LOS è rossa. Codice cliente CL-3390217. '
  + 'Se serve un tecnico posso solo nei giorni feriali dopo le 15:00, il mio cellulare è +39 347 210 5583.');
writeTrace(here, 'trace.jsonl');
