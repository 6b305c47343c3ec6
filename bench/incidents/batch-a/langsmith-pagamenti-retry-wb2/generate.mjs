// On-call ops assistant (Italian): the monitoring gateway answers 503 on the first status query; the agent
// queries again, gets the real status, and only then does a rolling restart.
import path from 'node:path';
import { startClock, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here, rand,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-01-27T21:48:03.000Z', 5);
const id = () => 'tc-' + Array.from({ length: 4 }, () => Math.floor(rand() * 65536).toString(16).padStart(4, '0')).join('-');

let calls = 0;
const stato = tool(async ({ servizio, ambiente }) => {
  calls += 1;
  if (calls === 1) throw new Error(`503 Service Unavailable: monitor-gw.ops.bancaverde.it upstream prometheus-query timed out (servizio=${servizio})`);
  return JSON.stringify({ servizio, ambiente, pod_pronti: '3/3', latenza_p95_ms: 4810, latenza_p95_baseline_ms: 240, errori_5xx_pct: 0.7,
    memoria_pct: [97, 96, 41], pod: ['pagamenti-api-7d9f6c-x2kq8', 'pagamenti-api-7d9f6c-mm4tz', 'pagamenti-api-7d9f6c-q8w1r'],
    ultimo_deploy: '2025-01-27T09:14:00Z', versione: 'v4.31.2' });
}, { name: 'stato_servizio', description: 'Stato, latenza e risorse di un servizio', schema: z.object({ servizio: z.string(), ambiente: z.string() }) });
const riavvia = tool(async ({ servizio, ambiente, strategia, motivo }) => JSON.stringify({ servizio, ambiente, strategia, esito: 'completato',
  pod_riavviati: 3, durata_s: 94, latenza_p95_ms_dopo: 231, ticket: 'OPS-20250127-4471' }),
  { name: 'riavvia_servizio', description: 'Riavvia i pod di un servizio', latency: [1500, 2500],
    schema: z.object({ servizio: z.string(), ambiente: z.string(), strategia: z.enum(['rolling', 'tutti']), motivo: z.string() }) });

const [c1, c2, c3] = [id(), id(), id()];
const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ id: c1, name: 'stato_servizio', args: { servizio: 'pagamenti-api', ambiente: 'produzione' } }] },
  { content: 'Il gateway di monitoraggio ha risposto 503, riprovo la lettura dello stato.', tool_calls: [{ id: c2, name: 'stato_servizio', args: { servizio: 'pagamenti-api', ambiente: 'produzione' } }] },
  { content: '', tool_calls: [{ id: c3, name: 'riavvia_servizio', args: { servizio: 'pagamenti-api', ambiente: 'produzione', strategia: 'rolling', motivo: 'p95 4810 ms (baseline 240 ms), memoria 97% e 96% su due pod' } }] },
  { content: 'Fatto. Al secondo tentativo lo stato era leggibile: pagamenti-api v4.31.2 aveva p95 a 4,8 s (di solito 240 ms) e due pod su tre con memoria al 97% e 96%. Ho eseguito un riavvio rolling dei 3 pod (94 s, nessun downtime): ora la p95 è 231 ms. Ticket OPS-20250127-4471. Consiglio di controllare un possibile memory leak introdotto col deploy di stamattina alle 09:14 UTC.' },
] });
const SYSTEM = new SystemMessage('Sei l\'assistente di reperibilità SRE di Banca Verde. Rispondi in italiano. Riavvia un servizio solo se i dati di stato lo giustificano.');
const graph = agentGraph({ model, tools: [stato, riavvia], prepare: async (m) => [SYSTEM, ...m], name: 'sre_reperibilita' });
await traced(graph, { messages: [new HumanMessage('Ciao, pagamenti-api in produzione risponde lentissimo da una mezz\'ora, i clienti segnalano timeout sui bonifici. Puoi controllare e, se serve, riavviare?')] },
  { project: 'sre-assistant', runName: 'sre_reperibilita', metadata: { session_id: 'oncall-2025-01-27-n3', user_id: 'f.bianchi', team: 'sre-pagamenti' } });
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
