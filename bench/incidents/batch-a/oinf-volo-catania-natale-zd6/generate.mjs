// Assistente viaggi aziendale (ciclo ReAct LangGraph.js con MemorySaver, due turni sullo stesso thread).
// Tracciato con @arizeai/openinference-instrumentation-langchain, scritto come OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');

const t = tracing('viaggi-assistente', { 'deployment.environment': 'prod', 'service.version': '2.3.1' });

const cercaVoli = tool(async ({ origine, destinazione, data, fascia_oraria }) => {
  if (data === '2024-12-21') {
    return JSON.stringify({ origine, destinazione, data, fascia_oraria, totale: 0, risultati: [],
      messaggio: 'Nessuna disponibilità in classe economy sulle tariffe aziendali per i criteri indicati.' });
  }
  return JSON.stringify({ origine, destinazione, data, fascia_oraria, totale: 3, risultati: [
    { volo: 'AZ1731', vettore: 'ITA Airways', partenza: `${data}T07:05`, arrivo: `${data}T08:20`, tariffa_eur: 164.9, bagaglio_stiva: true, posti: 4 },
    { volo: 'FR9123', vettore: 'Ryanair', partenza: `${data}T09:40`, arrivo: `${data}T10:55`, tariffa_eur: 92.99, bagaglio_stiva: false, posti: 9 },
    { volo: 'U23817', vettore: 'easyJet', partenza: `${data}T11:25`, arrivo: `${data}T12:45`, tariffa_eur: 118.5, bagaglio_stiva: false, posti: 2 },
  ] });
}, {
  name: 'cerca_voli',
  description: 'Cerca voli disponibili sulle tariffe aziendali.',
  schema: z.object({ origine: z.string().length(3), destinazione: z.string().length(3),
    data: z.string().describe('AAAA-MM-GG'), fascia_oraria: z.enum(['mattina', 'pomeriggio', 'sera', 'qualsiasi']) }),
});

const prenotaVolo = tool(async ({ volo, data, passeggero, centro_di_costo, bagaglio }) => JSON.stringify({
  esito: 'confermato', pnr: 'K7QX2M', volo, data, passeggero, centro_di_costo, bagaglio,
  tariffa_eur: 92.99, supplemento_bagaglio_eur: bagaglio ? 29.99 : 0,
  totale_eur: bagaglio ? 122.98 : 92.99, biglietto: '0962384417751',
}), {
  name: 'prenota_volo',
  description: 'Prenota un volo sul profilo del viaggiatore e lo addebita al centro di costo.',
  schema: z.object({ volo: z.string(), data: z.string(), passeggero: z.string(), centro_di_costo: z.string(), bagaglio: z.boolean() }),
});

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ name: 'cerca_voli', args: { origine: 'FCO', destinazione: 'CTA', data: '2024-12-21', fascia_oraria: 'mattina' } }] },
  { content: 'Purtroppo per sabato 21 dicembre mattina non trovo nessun volo Roma Fiumicino → Catania disponibile sulle tariffe aziendali. ' +
      'Vuoi che provi venerdì 20 o domenica 22, oppure il 21 nel pomeriggio?' },
  { content: '', tool_calls: [{ name: 'cerca_voli', args: { origine: 'FCO', destinazione: 'CTA', data: '2024-12-20', fascia_oraria: 'mattina' } }] },
  { content: '', tool_calls: [{ name: 'prenota_volo', args: { volo: 'FR9123', data: '2024-12-20', passeggero: 'Giulia Ferraro',
    centro_di_costo: 'CC-4410-MKT', bagaglio: true } }] },
  { content: 'Fatto! Ti ho prenotato il Ryanair FR9123 di venerdì 20 dicembre, partenza da Fiumicino alle 09:40 e arrivo a Catania alle 10:55. ' +
      'PNR K7QX2M, biglietto 0962384417751. Ho aggiunto il bagaglio in stiva (29,99 €), quindi il totale è 122,98 € addebitato su CC-4410-MKT. ' +
      'Anche con il bagaglio resta più economico dell\'ITA delle 07:05 (164,90 €).' },
]});

const app = await reactGraph({ model, tools: [cercaVoli, prenotaVolo], checkpointer: new MemorySaver(), name: 'viaggi-assistente' });
const config = { configurable: { thread_id: 'trv-9f2c-20241209-gferraro' }, metadata: { thread_id: 'trv-9f2c-20241209-gferraro' }, runName: 'viaggi-assistente' };

await t.turn({ userId: 'gferraro' }, () => app.invoke({ messages: [
  new SystemMessage('Sei l\'assistente viaggi di Ferraro & Bianchi S.r.l. Prenota solo su richiesta esplicita, usando il centro di costo del viaggiatore (Giulia Ferraro: CC-4410-MKT).'),
  new HumanMessage('Ciao, mi serve un volo Roma–Catania per sabato 21 dicembre, di mattina. Per il rientro ci penso dopo.'),
] }, config));

await t.turn({ userId: 'gferraro' }, () => app.invoke({ messages: [
  new HumanMessage('Ok, prova venerdì 20 mattina. Se c\'è, prenota il più economico ma con bagaglio in stiva, porto i regali 🎁'),
] }, config));

t.write(path.join(here, 'traces.jsonl'));
