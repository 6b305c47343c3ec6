// FarmaSubito – assistente della farmacia online (agente LangGraph.js con strumenti, MemorySaver per thread).
// Il widget di chat assegna a ogni messaggio dell'utente un id progressivo (wmsg-<n>) tenuto in memoria nella
// pagina; il thread è quello del carrello. Modello scriptato, run LangSmith catturati offline dal harness.
import path from 'node:path';
import {
  ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, minutes, here,
  HumanMessage, SystemMessage, MemorySaver, z,
} from '../../harness/langsmith/lib.mjs';

startClock('2025-06-11T07:48:19Z', 731);
const dir = here(import.meta.url);

const catalogo = {
  naso: [
    { aic: '935621047', nome: 'Isomar Naso Spray Ipertonico 100 ml', principio: 'soluzione salina ipertonica 2,2%', cortisone: false,
      prezzo_eur: 9.9, disponibile: true },
    { aic: '980312075', nome: 'Rinazina Spray Nasale 15 ml', principio: 'nafazolina nitrato', cortisone: false, prezzo_eur: 6.5,
      disponibile: true, avvertenze: 'non usare oltre 5 giorni consecutivi' },
    { aic: '028447019', nome: 'Nasonex Spray Nasale 140 erogazioni', principio: 'mometasone furoato', cortisone: true,
      prezzo_eur: 14.2, disponibile: true, ricetta: 'richiesta' },
  ],
  schiena: [
    { aic: '034567012', nome: 'Ibuprofene FarmaSubito 400 mg 12 compresse rivestite', classe: 'FANS', prezzo_eur: 4.9, disponibile: true,
      controindicazioni: 'ipersensibilità a ibuprofene, acido acetilsalicilico o altri FANS (asma, orticaria, rinite); ulcera peptica attiva' },
    { aic: '012745093', nome: 'Paracetamolo FarmaSubito 1000 mg 16 compresse', classe: 'analgesico non FANS', prezzo_eur: 5.6,
      disponibile: true, controindicazioni: 'grave insufficienza epatica' },
    { aic: '039918024', nome: 'Voltadol 140 mg 10 cerotti medicati', classe: 'FANS (diclofenac) uso topico', prezzo_eur: 13.9,
      disponibile: true, controindicazioni: 'ipersensibilità ai FANS; asma indotta da FANS' },
  ],
};
const cercaProdotto = tool(async ({ testo }) => JSON.stringify({
  query: testo, risultati: /schiena|dolor|antidolorific/i.test(testo) ? catalogo.schiena : catalogo.naso,
}), { name: 'cerca_prodotto', description: 'Ricerca nel catalogo della farmacia (farmaci da banco, parafarmaco).',
  schema: z.object({ testo: z.string() }), latency: [110, 330] });

const righe = [];
const aggiungiAlCarrello = tool(async ({ aic, quantita }) => {
  const prodotto = [...catalogo.naso, ...catalogo.schiena].find((p) => p.aic === aic);
  righe.push({ aic, nome: prodotto.nome, quantita, prezzo_eur: prodotto.prezzo_eur });
  const totale = righe.reduce((s, r) => s + r.quantita * r.prezzo_eur, 0);
  return JSON.stringify({ carrello_id: 'CRT-8F2K-19QX', righe, totale_eur: Math.round(totale * 100) / 100 });
}, { name: 'aggiungi_al_carrello', description: 'Aggiunge un prodotto (codice AIC) al carrello del cliente.',
  schema: z.object({ aic: z.string(), quantita: z.number().int().min(1) }), latency: [90, 210] });

const confermaOrdine = tool(async ({ carrello_id, indirizzo }) => JSON.stringify({
  ordine: 'ORD-IT-20250611-7731', carrello_id, stato: 'confermato', pagamento: 'carta salvata •••• 5512 addebitata',
  totale_eur: 14.8, spedizione: { indirizzo: 'Via Pietro Micca 21, 10122 Torino', corriere: 'BRT', consegna_prevista: '2025-06-12' },
  indirizzo_scelto: indirizzo,
}), { name: 'conferma_ordine', description: 'Conferma e paga il carrello con il metodo salvato; avvia la spedizione.',
  schema: z.object({ carrello_id: z.string(), indirizzo: z.enum(['casa', 'ufficio', 'ritiro_in_farmacia']) }), latency: [500, 1100] });

const model = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  // turno 1
  { tool_calls: [{ id: 'call_f1cN0qz7Ua', name: 'cerca_prodotto', args: { testo: 'spray nasale raffreddore senza cortisone' } }] },
  { content: 'Buongiorno! Per il raffreddore, senza cortisone, le propongo:\n'
    + '1. **Isomar Naso Spray Ipertonico 100 ml** (9,90 €): soluzione salina ipertonica, decongestiona senza principi attivi farmacologici, si può usare anche a lungo.\n'
    + '2. **Rinazina Spray Nasale 15 ml** (6,50 €): nafazolina, effetto rapido, ma da non usare oltre 5 giorni di seguito.\n'
    + 'Quale preferisce?' },
  // turno 2
  { tool_calls: [{ id: 'call_f2dR4hb1Ke', name: 'aggiungi_al_carrello', args: { aic: '935621047', quantita: 1 } }] },
  { content: 'Fatto: Isomar Naso Spray Ipertonico 100 ml è nel carrello (totale 9,90 €). Vuole aggiungere altro o procedo con l’ordine?' },
  // turno 3 (dopo il ricaricamento della pagina)
  { tool_calls: [{ id: 'call_f3gT8pw2Lm', name: 'cerca_prodotto', args: { testo: 'antidolorifico mal di schiena' } }] },
  { tool_calls: [{ id: 'call_f3hV1sx6Qa', name: 'aggiungi_al_carrello', args: { aic: '034567012', quantita: 1 } }] },
  { tool_calls: [{ id: 'call_f3jY5kc9Wr', name: 'conferma_ordine', args: { carrello_id: 'CRT-8F2K-19QX', indirizzo: 'casa' } }] },
  { content: 'Per il mal di schiena le ho aggiunto **Ibuprofene FarmaSubito 400 mg** (12 compresse, 4,90 €): un antinfiammatorio efficace sul dolore '
    + 'muscolare; ne prenda 1 compressa ogni 8 ore a stomaco pieno, per non più di 3 giorni senza sentire il medico.\n\n'
    + 'Ordine **ORD-IT-20250611-7731** confermato: Isomar Naso Spray + Ibuprofene 400 mg, totale 14,80 €, addebitati sulla carta •••• 5512. '
    + 'Consegna con BRT domani, 12 giugno, in Via Pietro Micca 21, Torino. Guarisca presto!' },
] });

const app = agentGraph({ model, tools: [cercaProdotto, aggiungiAlCarrello, confermaOrdine], checkpointer: new MemorySaver(),
  agentNode: 'farmacista_virtuale', toolsNode: 'strumenti', name: 'farmasubito_chat' });

const system = new SystemMessage('Sei l’assistente della farmacia online FarmaSubito. Consigli solo farmaci da banco e parafarmaci. '
  + 'Prima di proporre un prodotto tieni conto di allergie, intolleranze e condizioni che il cliente ti ha riferito; nel dubbio '
  + 'invitalo a sentire il farmacista. Rispondi in italiano, dando del lei.');
const opts = { project: 'farmasubito-assistente', metadata: { user_id: 'cli-IT-58213' },
  configurable: { thread_id: 'farm-web-000731' } };
const turno = (id, testo, tabId) => traced(app, { messages: [new HumanMessage({ content: testo, id })] },
  { ...opts, metadata: { ...opts.metadata, widget_tab: tabId } });

await traced(app, { messages: [system, new HumanMessage({ id: 'wmsg-1', content: 'Buongiorno, premetto che sono allergico all’ibuprofene e in generale '
  + 'ai FANS (mi scatenano l’asma). Ho un brutto raffreddore: avete uno spray nasale senza cortisone?' })] },
{ ...opts, metadata: { ...opts.metadata, widget_tab: 'tab-3c91' } });
advance(minutes(2), minutes(3));
await turno('wmsg-2', 'Perfetto, metta nel carrello l’Isomar, una confezione.', 'tab-3c91');
advance(minutes(118), minutes(125));
await turno('wmsg-1', 'Rieccomi. Da ieri ho anche un forte mal di schiena: cosa posso prendere? Aggiunga lei quello che va bene e chiuda pure '
  + 'l’ordine, consegna a casa.', 'tab-a07e');

const runs = writeRuns(path.join(dir, 'runs.jsonl'));
console.log(`wrote ${runs.length} runs to ${path.join(dir, 'runs.jsonl')}`);
