// Chiosco della segreteria studenti (biblioteca di Ingegneria): un assistente risponde sugli appelli
// d'esame e può prenotarli. La sessione del chiosco è una sola, gli studenti si autenticano col
// badge e la cronologia è tenuta per matricola (thread del checkpointer). Tracciato con
// OpenInference (LangChain.js) come OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');

const t = tracing('segreteria-chiosco', { 'deployment.environment': 'produzione', 'host.name': 'kiosk-bib-ing-02' });

const calendario = [
  { pageContent: 'Analisi Matematica II (cod. 10592, 9 CFU) – Ingegneria Gestionale e Meccanica – Prof.ssa E. Bertolini. '
      + 'Sessione estiva 2025: appello 17/06/2025 ore 9:00 aula N1 (scritto); appello 08/07/2025 ore 14:30 aula N3 (scritto). '
      + 'Orali su prenotazione dopo la pubblicazione degli esiti. Iscrizioni su Esse3 fino a 5 giorni prima dell\'appello.',
    metadata: { id: 'cal-2025-est/10592', corso_codice: '10592', aggiornato: '2025-04-28' } },
  { pageContent: 'Analisi Matematica I (cod. 10588, 9 CFU) – Prof. G. Ruffini. Sessione estiva 2025: appello 12/06/2025 ore 9:00 aula N1; '
      + 'appello 03/07/2025 ore 9:00 aula N2.',
    metadata: { id: 'cal-2025-est/10588', corso_codice: '10588', aggiornato: '2025-04-28' } },
];
const retriever = new ScriptedRetriever({ results: async (q) =>
  (/analisi matematica (ii|2)/i.test(q) ? calendario : []) });
const cercaAppelli = tool(async ({ query }, config) => {
  const docs = await retriever.invoke(query, config);
  return docs.length ? docs.map((d) => d.pageContent).join('\n') : 'Nessun risultato nel calendario esami.';
}, { name: 'cerca_appelli', description: 'Cerca nel calendario esami della Scuola di Ingegneria (sessione corrente).',
  schema: z.object({ query: z.string() }) });

const prenota = tool(async ({ matricola, appello_id }) => JSON.stringify({ esito: 'ok', prenotazione: 'PR-250617-0143', matricola,
  appello_id, posizione_lista: 143, chiusura_iscrizioni: '2025-06-12T23:59' }), {
  name: 'prenota_appello', description: 'Prenota lo studente autenticato a un appello (Esse3).',
  schema: z.object({ matricola: z.string(), appello_id: z.string().describe('formato <codice>-<AAAAMMGG>') }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', temperature: 0.2, replies: [
  // Giulia, matricola 301245
  { tool_calls: [{ name: 'cerca_appelli', args: { query: 'Analisi Matematica II appelli sessione estiva' } }] },
  { tool_calls: [{ name: 'prenota_appello', args: { matricola: '301245', appello_id: '10592-20250617' } }] },
  { content: 'Fatto! Sei prenotata all\'appello scritto di Analisi Matematica II del 17/06/2025 alle 9:00 in aula N1 '
    + '(prenotazione PR-250617-0143, sei la n. 143 in lista). Puoi annullare su Esse3 fino al 12/06 alle 23:59. '
    + 'Il secondo appello è l\'08/07 alle 14:30 in aula N3.' },
  // Marco, matricola 298870 – prima domanda
  { tool_calls: [{ name: 'cerca_appelli', args: { query: 'ANL2 appelli' } }] },
  { content: 'Nel calendario esami non trovo nessun corso "ANL2". Mi scrivi il nome completo del corso (o il codice a 5 cifre) '
    + 'e il tuo corso di laurea? Così cerco gli appelli giusti.' },
  // Marco – seconda domanda
  { tool_calls: [{ name: 'cerca_appelli', args: { query: 'Analisi Matematica 2 Bertolini Ingegneria Gestionale appelli' } }] },
  { content: 'Trovato: Analisi Matematica II (cod. 10592) della Prof.ssa Bertolini. In sessione estiva ci sono due scritti: '
    + '17/06/2025 ore 9:00 in aula N1 e 08/07/2025 ore 14:30 in aula N3. Le iscrizioni su Esse3 chiudono 5 giorni prima '
    + 'di ciascun appello. Vuoi che ti prenoti a uno dei due?' },
] });

const SYSTEM = 'Sei l\'assistente della Segreteria Studenti di Ingegneria. Rispondi solo allo studente autenticato al chiosco, '
  + 'usando il calendario esami. Se non trovi il corso, chiedi chiarimenti invece di indovinare.';
const app = await reactGraph({ model, tools: [cercaAppelli, prenota], checkpointer: new MemorySaver(), name: 'segreteria' });

const kiosk = 'chiosco-BIB-ING-02/2025-05-06';
const turno = (matricola, testo, primo) => t.turn({ userId: `s${matricola}` }, () => app.invoke(
  { messages: [...(primo ? [new SystemMessage(SYSTEM + ` Studente autenticato: matricola ${matricola}.`)] : []), new HumanMessage(testo)] },
  { configurable: { thread_id: `esse3:${matricola}` }, metadata: { session_id: kiosk, postazione: 'BIB-ING-02' } }));

await turno('301245', 'Ciao, quando sono gli appelli estivi di Analisi Matematica II? Vorrei iscrivermi al primo.', true);
await turno('298870', 'quando c\'è ANL2??', true);
await turno('298870', 'analisi matematica 2, gestionale, quella della Bertolini');

t.write(path.join(here, 'traces.jsonl'));
