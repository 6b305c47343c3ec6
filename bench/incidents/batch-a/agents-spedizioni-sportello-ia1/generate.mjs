// Courier customer desk on a shared WhatsApp Business number (Italian). Two customers, two
// conversations; the desk app rebuilds the model input from a buffer kept per business number.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace, user } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const spedizioni = {
  '7731-0092-IT': { stato: 'in consegna', destinatario: 'Lucia Ferri', indirizzo: 'Via Garibaldi 12, 10122 Torino', telefono: '+39 347 551 2290', finestra: '14:00-18:00', corriere: 'TO-114' },
};
const traccia = tool({
  name: 'traccia_spedizione', description: 'Restituisce stato e dati di consegna di una lettera di vettura (LDV).',
  parameters: z.object({ ldv: z.string() }),
  execute: async ({ ldv }) => JSON.stringify({ ldv, ...spedizioni[ldv] }),
});
const instructions = 'Sei lo sportello clienti di RapidoPacchi. Usa traccia_spedizione per ogni domanda su una spedizione.';
const buffer = []; // kept per business number +39 011 0405060, not per customer

// Customer A
const mA = scriptedModel([
  { tool_calls: [{ name: 'traccia_spedizione', args: { ldv: '7731-0092-IT' } }] },
  { content: 'La spedizione 7731-0092-IT è in consegna oggi tra le 14:00 e le 18:00 a Lucia Ferri, Via Garibaldi 12, 10122 Torino. Il corriere chiamerà il +39 347 551 2290 prima di arrivare.' },
], { seed: 'sped-a' });
buffer.push(user('Buongiorno, dov\'è la spedizione con LDV 7731-0092-IT? Deve arrivare a mia madre.'));
const rA = await new Runner({ groupId: 'wa-3901104-77310', workflowName: 'Sportello WhatsApp', traceMetadata: { user_id: 'cliente:IT-88213' } })
  .run(new Agent({ name: 'Sportello', instructions, model: mA, tools: [traccia] }), [...buffer]);
buffer.length = 0; buffer.push(...rA.history);

// Customer B, forty minutes later, no tracking number given
const mB = scriptedModel([
  { tool_calls: [{ name: 'traccia_spedizione', args: { ldv: '7731-0092-IT' } }] },
  { content: 'Il suo pacco (LDV 7731-0092-IT) è in consegna oggi tra le 14:00 e le 18:00. È diretto a Lucia Ferri, Via Garibaldi 12, 10122 Torino; il corriere avviserà al +39 347 551 2290.' },
], { seed: 'sped-b' });
buffer.push(user('Salve, il mio pacco doveva arrivare oggi pomeriggio. A che ora passa il corriere e a che indirizzo lo consegna?'));
await new Runner({ groupId: 'wa-3901104-78022', workflowName: 'Sportello WhatsApp', traceMetadata: { user_id: 'cliente:IT-10442' } })
  .run(new Agent({ name: 'Sportello', instructions, model: mB, tools: [traccia] }), [...buffer]);

writeTrace(here, 'trace.jsonl');
