// Assistente home banking (LangGraph.js + scripted model), OpenInference OTLP/JSON.
// Run from /work/main: node bench/incidents/batch-a/oinf-bonifici-dd4/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('hb-assistente', { 'deployment.environment': 'prod-mil1' });

let tentativi = 0;
const statoBonifico = tool(async ({ cro }) => {
  if (tentativi++ === 0) throw new Error('GatewayTimeout: upstream core-banking (CBS-PAY) non ha risposto entro 8000 ms [trace 7d1e03aa]');
  return JSON.stringify({ cro, stato: 'ESEGUITO', importo: '1.250,00', divisa: 'EUR', beneficiario: 'Immobiliare Navigli S.r.l.',
    iban_beneficiario: 'IT60 X054 2811 1010 0000 0123 456', data_esecuzione: '05/03/2025', data_valuta: '07/03/2025',
    causale: 'Canone marzo 2025 - app. via Vigevano 12' });
}, { name: 'stato_bonifico', description: 'Stato di un bonifico SEPA dato il codice CRO/TRN.', schema: z.object({ cro: z.string() }) });

const impostaPeriodico = tool(async (a) => JSON.stringify({ esito: 'OK', ordine_id: 'PER-2025-0048813', ...a, prima_esecuzione: '2025-04-07' }),
  { name: 'imposta_bonifico_periodico', description: 'Crea un ordine di bonifico periodico. Importo in euro come numero decimale.',
    schema: z.object({ iban: z.string(), importo: z.number(), divisa: z.enum(['EUR']), frequenza: z.enum(['mensile', 'trimestrale']),
      data_inizio: z.string().describe('AAAA-MM-GG'), causale: z.string() }) });

const model = new ScriptedChatModel({ replies: [
  { tool_calls: [{ name: 'stato_bonifico', args: { cro: '0306909611475203' } }] },
  { content: 'Il sistema dei pagamenti non ha risposto in tempo, riprovo.', tool_calls: [{ name: 'stato_bonifico', args: { cro: '0306909611475203' } }] },
  { content: 'Il bonifico di 1.250,00 € a Immobiliare Navigli S.r.l. (CRO 0306909611475203) risulta eseguito il 05/03/2025, con valuta 07/03/2025. Il beneficiario dovrebbe quindi averlo già ricevuto: le consiglio di girargli la contabile.' },
  { tool_calls: [{ name: 'imposta_bonifico_periodico', args: { iban: 'IT60X0542811101000000123456', importo: 1250.0, divisa: 'EUR',
    frequenza: 'mensile', data_inizio: '2025-04-07', causale: 'Canone mensile - app. via Vigevano 12' } }] },
  { content: 'Fatto: ordine periodico PER-2025-0048813 di 1.250,00 € al mese verso Immobiliare Navigli S.r.l., a partire dal 7 aprile 2025.' },
] });
const app = await reactGraph({ model, tools: [statoBonifico, impostaPeriodico], name: 'hb-assistente' });
const sys = new SystemMessage('Sei l\'assistente di Banca Lombarda Digitale. Rispondi in italiano. Non inventare esiti: se un servizio non risponde, riprova o dillo al cliente.');
const cfg = { metadata: { session_id: 'hb-5f0c2d91-4e77-4b1a-9c0d-3a61e2f8b7c4' } };
const h1 = new HumanMessage('Buongiorno, l\'agenzia dice che non ha ricevuto l\'affitto di marzo. CRO 0306909611475203, è partito o no?');
const r1 = await t.turn({ userId: 'CLI-00731522' }, () => app.invoke({ messages: [sys, h1] }, cfg));
await t.turn({ userId: 'CLI-00731522' }, () => app.invoke({ messages: [...r1.messages,
  new HumanMessage('Ok grazie. Allora mi imposti lo stesso bonifico ogni mese, dal 7 aprile.')] }, cfg));
t.write(path.join(here, 'traces.otlp.jsonl'));
