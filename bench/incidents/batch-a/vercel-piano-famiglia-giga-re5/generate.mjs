// Assistente clienti di un operatore mobile, in italiano. Un contratto "Famiglia" con più linee: l'app usa
// il codice contratto come gen_ai.conversation.id (un'unica conversazione per contratto) e tiene la
// cronologia dei messaggi per linea/utente. Vercel AI SDK (ai 7), modello simulato, integrazione
// OpenTelemetry di @ai-sdk/otel con enrichSpan (conversation id + user.id). Una richiesta OTLP per turno.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, OpenTelemetry, z,
  writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'assistente-area-clienti',
  resource: { 'deployment.environment': 'produzione', 'service.version': '5.2.0', 'cloud.region': 'europe-west8' },
  seed: 'piano-famiglia-giga-re5',
});
const ids = makeIds('piano-famiglia-giga-re5');

const contratto = 'CTR-FAM-00918827';
const linee = {
  '+39 347 118 2290': { intestatario: 'Marco Ferri', offerta: 'Famiglia 50 Giga', giga_inclusi: 50, giga_usati: 37.6, giga_residui: 12.4, minuti: 'illimitati', rinnovo: '2025-03-21' },
  '+39 348 905 6413': { intestatario: 'Giulia Ferri', offerta: 'Famiglia 50 Giga', giga_inclusi: 50, giga_usati: 50, giga_residui: 0, minuti: 'illimitati', rinnovo: '2025-03-21', navigazione: 'sospesa fino al rinnovo' },
};
const opzioni = [
  { codice: 'EXTRA5', descrizione: '5 Giga extra fino al rinnovo', prezzo: '2,99 €' },
  { codice: 'EXTRA10', descrizione: '10 Giga extra fino al rinnovo', prezzo: '4,99 €' },
  { codice: 'GIGAILL-7G', descrizione: 'Giga illimitati per 7 giorni', prezzo: '6,99 €' },
];

const tools = {
  consumi_linea: tool({
    description: 'Consumi del mese corrente di una linea del contratto.',
    inputSchema: z.object({ linea: z.string().describe('numero in formato +39 ...') }),
    execute: async ({ linea }) => { await sleep(50); return { contratto, linea, ...linee[linea], aggiornato_al: '2025-03-14T09:40:00+01:00' }; },
  }),
  opzioni_disponibili: tool({
    description: 'Opzioni aggiuntive attivabili su una linea.',
    inputSchema: z.object({ linea: z.string() }),
    execute: async ({ linea }) => ({ linea, offerta: 'Famiglia 50 Giga', a_giga_esauriti: 'navigazione sospesa fino al rinnovo, nessun addebito automatico', opzioni }),
  }),
  attiva_opzione: tool({
    description: 'Attiva un\'opzione a pagamento su una linea. Solo dopo conferma esplicita del cliente.',
    inputSchema: z.object({ linea: z.string(), codice_opzione: z.string() }),
    execute: async ({ linea, codice_opzione }) => {
      await sleep(90);
      const o = opzioni.find((x) => x.codice === codice_opzione);
      return { esito: 'attivata', ordine: 'ORD-7Q2K-55810', linea, codice_opzione, addebito: o.prezzo, giga_residui: 10, valida_fino_a: '2025-03-21T23:59:59+01:00' };
    },
  }),
};

const system = (nome, linea) => 'Sei l\'assistente dell\'area clienti di Onda Mobile. Rispondi in italiano, in modo breve e cordiale. '
  + `Stai parlando con ${nome}, utente autenticato della linea ${linea} del contratto ${contratto}. Opera solo su questa linea.`;

// Cronologie separate per utente, stessa conversazione (contratto).
const storie = new Map();
async function turno({ utente, nome, linea, testo, replies }) {
  const messages = storie.get(utente) ?? [];
  messages.push({ role: 'user', content: testo });
  const attrs = { 'gen_ai.conversation.id': contratto, 'user.id': utente, 'app.channel': 'app-ios' };
  const model = scriptedModel({ provider: 'google.generative-ai', modelId: 'gemini-2.0-flash', responsePrefix: '', replies, ids });
  const res = await generateText({
    model, system: system(nome, linea), messages, tools, stopWhen: stepCountIs(5),
    telemetry: { functionId: 'assistente-clienti', integrations: [new OpenTelemetry({ enrichSpan: () => attrs })] },
  });
  messages.push(...res.response.messages);
  storie.set(utente, messages);
  await sleep(150);
  return flush();
}

const marco = { utente: 'usr_8812004', nome: 'Marco Ferri', linea: '+39 347 118 2290' };
const giulia = { utente: 'usr_8812017', nome: 'Giulia Ferri', linea: '+39 348 905 6413' };
const lines = [];

lines.push(await turno({ ...marco, testo: 'Ciao, quanti giga mi restano questo mese?', replies: [
  { calls: [['tc_3fKq81Wb', 'consumi_linea', { linea: marco.linea }]] },
  'Ciao Marco! Sulla tua linea +39 347 118 2290 ti restano 12,4 Giga dei 50 inclusi; l\'offerta si rinnova il 21 marzo.',
] }));

lines.push(await turno({ ...giulia, testo: 'ciao non mi va più internet, dice che ho finito i giga?? posso aggiungerne?', replies: [
  { calls: [['tc_9LmZ02Hd', 'consumi_linea', { linea: giulia.linea }], ['tc_Q0xv7Tr4', 'opzioni_disponibili', { linea: giulia.linea }]] },
  'Ciao Giulia, sì: sulla tua linea hai usato tutti i 50 Giga del mese, quindi la navigazione è sospesa fino al rinnovo del 21 marzo. Puoi aggiungere:\n'
  + '- EXTRA5: 5 Giga a 2,99 €\n- EXTRA10: 10 Giga a 4,99 €\n- GIGAILL-7G: Giga illimitati per 7 giorni a 6,99 €\nQuale vuoi attivare?',
] }));

lines.push(await turno({ ...marco, testo: 'Ok. E se li finisco prima del 21 cosa succede?', replies: [
  { calls: [['tc_Rw5uB8Ka', 'opzioni_disponibili', { linea: marco.linea }]] },
  'Se esaurisci i 12,4 Giga prima del 21 marzo la navigazione viene sospesa fino al rinnovo, senza nessun addebito automatico. Se ti servono puoi aggiungere EXTRA5 (2,99 €), EXTRA10 (4,99 €) o Giga illimitati per 7 giorni (6,99 €).',
] }));

lines.push(await turno({ ...giulia, testo: 'quella da 10 grazie', replies: [
  { calls: [['tc_Ex2nP6Yc', 'attiva_opzione', { linea: giulia.linea, codice_opzione: 'EXTRA10' }]] },
  'Fatto! EXTRA10 è attiva sulla tua linea (ordine ORD-7Q2K-55810): hai 10 Giga validi fino al 21 marzo, con un addebito di 4,99 €. Riavvia i dati mobili se la navigazione non riparte subito.',
] }));

writeJsonl(here, 'otlp-export.jsonl', lines);
console.log(`wrote ${lines.length} requests`);
