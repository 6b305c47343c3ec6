// Clinic pharmacist assistant (Italian): checks an interaction before a prescription is sent.
// The interaction service times out once; the agent retries and acts on the successful answer.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('ambulatorio-farmaco', { 'deployment.environment': 'prod-it' });

const terapia = tool(async ({ paziente }) => JSON.stringify({ paziente, terapia_in_corso: [
  { principio: 'warfarin', dose: '5 mg/die' }, { principio: 'bisoprololo', dose: '2,5 mg/die' }] }),
{ name: 'terapia_attiva', description: 'Farmaci in corso per un paziente.', schema: z.object({ paziente: z.string() }) });

let calls = 0;
const interazioni = tool(async ({ farmaco, con }) => {
  calls++;
  if (calls === 1) throw new Error('upstream timeout after 10000 ms (interazioni-api.asl-int.local)');
  return JSON.stringify({ farmaco, con, esito: 'interazione_maggiore', effetto: 'aumento INR, rischio emorragico',
    raccomandazione: 'evitare; alternativa: amoxicillina', fonte: 'banca dati interazioni rev. 2024-06' });
}, { name: 'verifica_interazioni', description: 'Verifica interazioni tra un farmaco e la terapia in corso.',
  schema: z.object({ farmaco: z.string(), con: z.array(z.string()) }) });

const prescrivi = tool(async ({ paziente, farmaco, posologia }) => JSON.stringify({ paziente, farmaco, posologia, nre: '1200A4401938827', stato: 'inviata' }),
{ name: 'invia_ricetta', description: 'Invia la ricetta elettronica.', schema: z.object({ paziente: z.string(), farmaco: z.string(), posologia: z.string() }) });

const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'terapia_attiva', args: { paziente: 'PZ-88-31207' } }] },
  { content: '', tool_calls: [{ name: 'verifica_interazioni', args: { farmaco: 'claritromicina', con: ['warfarin', 'bisoprololo'] } }] },
  { content: '', tool_calls: [{ name: 'verifica_interazioni', args: { farmaco: 'claritromicina', con: ['warfarin', 'bisoprololo'] } }] },
  { content: '', tool_calls: [{ name: 'invia_ricetta', args: { paziente: 'PZ-88-31207', farmaco: 'amoxicillina 1 g', posologia: '1 cp ogni 8 ore per 6 giorni' } }] },
  { content: 'Dottoressa, la claritromicina ha un\'interazione maggiore con il warfarin (aumento dell\'INR, rischio emorragico). '
    + 'Il primo controllo è andato in timeout, il secondo ha risposto. Come da raccomandazione ho inviato invece amoxicillina 1 g, 1 cp ogni 8 ore per 6 giorni (NRE 1200A4401938827). '
    + 'Consiglio comunque un controllo dell\'INR a fine ciclo.' },
] });
const prepare = (m) => [new SystemMessage('Sei l\'assistente farmacologico dell\'ambulatorio. Non inviare ricette senza una verifica interazioni riuscita.'), ...m];
const app = await reactGraph({ model, tools: [terapia, interazioni, prescrivi], prepare, name: 'assistente_ricette' });

await t.turn({ userId: 'dr.ferraresi' }, () => app.invoke({ messages: [new HumanMessage(
  'Paziente PZ-88-31207, faringite batterica. Pensavo a claritromicina 500 mg x2 per 7 giorni: controlla le interazioni e, se c\'è un problema, manda l\'alternativa consigliata.')] },
  { metadata: { session_id: 'amb-2024-09-12/0417' } }));

t.write(path.join(here, 'traces.jsonl'));
