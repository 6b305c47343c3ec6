// Assistente della segreteria studenti (italiano): date d'esame dal calendario accademico e
// domande sul regolamento didattico (ricerca nella base documentale).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('segreteria-virtuale', { 'deployment.environment': 'prod', 'service.version': '4.2.0' });

let tentativi = 0;
const calendario = tool(async ({ codice_insegnamento, sessione }) => {
  tentativi++;
  if (tentativi === 1) throw new Error('ESSE3 REST 504 Gateway Timeout: upstream /calesa-service-v1/appelli did not respond within 8000 ms');
  return JSON.stringify({ codice_insegnamento, insegnamento: 'Analisi Matematica II', sessione, appelli: [
    { id_appello: 'AP-24107', data: '2025-06-17', ora: '09:30', aula: 'Aula Magna B', iscrizioni_entro: '2025-06-12' },
    { id_appello: 'AP-24108', data: '2025-07-08', ora: '14:00', aula: 'Aula 2.4', iscrizioni_entro: '2025-07-03' } ] });
}, { name: 'calendario_appelli', description: 'Appelli d’esame di un insegnamento.', schema: z.object({ codice_insegnamento: z.string(), sessione: z.string() }) });
const retriever = new ScriptedRetriever({ results: async () => [] });
const regolamento = tool(async ({ domanda }, config) => {
  const docs = await retriever.invoke(domanda, config);
  return JSON.stringify({ risultati: docs.map((d) => d.pageContent) });
}, { name: 'cerca_regolamento', description: 'Cerca nel regolamento didattico dei corsi di laurea.', schema: z.object({ domanda: z.string() }) });
const tools = [calendario, regolamento];

const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'calendario_appelli', args: { codice_insegnamento: 'MAT0042', sessione: 'estiva 2025' } }] },
  { content: '', tool_calls: [{ name: 'calendario_appelli', args: { codice_insegnamento: 'MAT0042', sessione: 'estiva 2025' } }] },
  { content: '', tool_calls: [{ name: 'cerca_regolamento', args: { domanda: 'numero massimo di volte in cui si può ripetere un esame, rifiuto del voto' } }] },
  { content: 'Per Analisi Matematica II (MAT0042) nella sessione estiva ci sono due appelli:\n- 17 giugno 2025, ore 9:30, Aula Magna B (iscrizioni entro il 12 giugno)\n- 8 luglio 2025, ore 14:00, Aula 2.4 (iscrizioni entro il 3 luglio)\n\nSul numero di volte in cui puoi ripetere l’esame non ho trovato nulla nel regolamento che riesco a consultare. Mi dici il tuo corso di laurea e l’anno di immatricolazione? Così cerco il regolamento giusto; altrimenti ti conviene chiedere direttamente alla segreteria didattica.' },
] });
const g = await reactGraph({ model, tools, name: 'assistente_segreteria',
  prepare: (m) => [new SystemMessage('Sei l’assistente della segreteria studenti. Rispondi solo con informazioni presenti negli strumenti; se non trovi qualcosa, dillo.'), ...m] });
await t.turn({ userId: 'matricola-1048823' }, () => g.invoke(
  { messages: [new HumanMessage('Ciao, quando sono gli appelli di Analisi 2 quest’estate? E quante volte posso ridare l’esame se rifiuto il voto?')] },
  { configurable: { thread_id: 'web-7c41e0f2' }, metadata: { session_id: 'web-7c41e0f2' } }));
t.write(path.join(here, 'traces.otlp.jsonl'));
