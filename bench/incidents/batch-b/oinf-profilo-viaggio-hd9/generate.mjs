// Rail-and-ferry travel assistant (Italian). Turn 1 saves the traveller profile with a coeliac meal
// requirement; between the turns the profile store is migrated to a new schema whose reader keeps
// only known keys, so turn 2 loads the profile without the diet and books the standard meal.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load, writeJson } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');

const t = tracing('viaggi-assistente', { 'service.version': '5.3.0' });

const store = new Map(); // profile store, JSON documents by booking code
let schema = 2;
const salva = tool(async (profilo) => {
  store.set(profilo.codice_prenotazione, JSON.stringify({ schema_version: 2, ...profilo }));
  return JSON.stringify({ ok: true, codice_prenotazione: profilo.codice_prenotazione, versione: 2 });
}, { name: 'salva_profilo_viaggio', description: 'Salva le preferenze del viaggiatore per la prenotazione.',
  schema: z.object({ codice_prenotazione: z.string(), nome: z.string(), posto: z.string(), dieta: z.string() }) });
const carica = tool(async ({ codice_prenotazione }) => {
  const raw = JSON.parse(store.get(codice_prenotazione));
  // schema 3 reader: preferences nested under "preferenze", with allowed keys only
  const v3 = { schema_version: schema, codice_prenotazione: raw.codice_prenotazione, nome: raw.nome,
    preferenze: { posto: raw.posto, esigenze_alimentari: raw.esigenze_alimentari ?? null } };
  return JSON.stringify(v3);
}, { name: 'carica_profilo_viaggio', description: 'Carica il profilo e le preferenze del viaggiatore.',
  schema: z.object({ codice_prenotazione: z.string() }) });
const pasto = tool(async ({ codice_prenotazione, tratta, menu }) => JSON.stringify({
  conferma: 'PST-' + codice_prenotazione + '-02', tratta, menu, addebito_eur: 18.5 }),
{ name: 'prenota_pasto_bordo', description: 'Prenota il pasto a bordo. menu: standard | senza_glutine | vegetariano | vegano.',
  schema: z.object({ codice_prenotazione: z.string(), tratta: z.string(), menu: z.enum(['standard', 'senza_glutine', 'vegetariano', 'vegano']) }) });

const SYS = new SystemMessage('Sei l\'assistente di ViaggiMare. Il profilo del viaggiatore è salvato con salva_profilo_viaggio e ricaricato a ogni nuova conversazione con carica_profilo_viaggio.');
const sessionId = 'VM-Q7K2LP';
const replies = [
  { tool_calls: [{ name: 'salva_profilo_viaggio', args: { codice_prenotazione: 'Q7K2LP', nome: 'Giulia Ferraro', posto: 'finestrino', dieta: 'celiachia: solo senza glutine' } }] },
  { content: 'Perfetto Giulia, ho salvato il profilo: posto finestrino e pasti senza glutine per celiachia. Quando vuoi prenotare i pasti a bordo scrivimi pure.' },
  { tool_calls: [{ name: 'carica_profilo_viaggio', args: { codice_prenotazione: 'Q7K2LP' } }] },
  { tool_calls: [{ name: 'prenota_pasto_bordo', args: { codice_prenotazione: 'Q7K2LP', tratta: 'Napoli–Palermo traghetto notturno', menu: 'standard' } }] },
  { content: 'Fatto! Ho prenotato la cena a bordo sul traghetto notturno Napoli–Palermo (menu standard, 18,50 €). Conferma PST-Q7K2LP-02. Buon viaggio!' },
];
const tools = [salva, carica, pasto];
const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies });

const app1 = await reactGraph({ model, tools });
await t.turn({ userId: 'cli-558201' }, () => app1.invoke({ messages: [SYS,
  new HumanMessage('Ciao, ho la prenotazione Q7K2LP a nome Giulia Ferraro. Preferisco il finestrino e sono celiaca, quindi solo cibo senza glutine.')] },
{ metadata: { session_id: sessionId } }));

schema = 3; // profile-service 3.0 deployed overnight
const app2 = await reactGraph({ model, tools });
await t.turn({ userId: 'cli-558201' }, () => app2.invoke({ messages: [SYS,
  new HumanMessage('Buongiorno! Mi prenoti la cena sul traghetto Napoli–Palermo di stasera? Prenotazione Q7K2LP.')] },
{ metadata: { session_id: sessionId } }));

t.write(path.join(here, 'traces.jsonl'));
writeJson(path.join(here, 'truth.json'), { failures: [{ class: 'amnesia', session: sessionId,
  step: 'turn 2: carica_profilo_viaggio returns schema 3 with preferenze.esigenze_alimentari null, then prenota_pasto_bordo with menu standard',
  story: 'The coeliac diet saved in turn 1 as "dieta" was dropped when the overnight profile-schema migration reloaded it (the new reader only knows "esigenze_alimentari"), so the agent booked and charged a standard, gluten-containing dinner.' }] });
