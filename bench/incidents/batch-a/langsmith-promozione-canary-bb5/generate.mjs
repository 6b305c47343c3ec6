// Team piattaforma: un agente di rilascio (LangGraph, tool-calling) controlla le metriche del canary e le
// migrazioni del database prima di promuovere una versione al 100 %.
// Offline: @langchain/langgraph + @langchain/core reali, modello scriptato, run LangSmith catturati.
import path from 'node:path';
import { startClock, advance, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-06-12T07:41:55.000Z', 4);

let tentativi = 0;
const metriche = tool(async ({ servizio, versione, finestra_min }) => {
  tentativi += 1;
  if (tentativi === 1) { advance(30_000); throw new Error('prometheus query failed: context deadline exceeded (30s) — upstream thanos-query-frontend returned 504 Gateway Timeout'); }
  return JSON.stringify({ servizio, versione, finestra_min, quota_traffico_pct: 10, richieste: 48211, errori_5xx: 101,
    tasso_errore_pct: 0.21, baseline_tasso_errore_pct: 0.24, p95_ms: 182, baseline_p95_ms: 190, campionato_alle: new Date().toISOString() });
}, { name: 'metriche_canary', description: 'Tasso di errore e latenza del canary rispetto alla baseline (Prometheus/Thanos).',
  schema: z.object({ servizio: z.string(), versione: z.string(), finestra_min: z.number().int() }), latency: [700, 2200] });

const migrazioni = tool(async ({ servizio }) => JSON.stringify({ servizio, database: 'orders-pg-prod', pendenti: 0,
  ultima_applicata: '20250611_0932_add_idx_orders_created_at', applicata_il: '2025-06-11T09:34:12Z' }),
{ name: 'migrazioni_pendenti', description: 'Migrazioni di schema non ancora applicate sul database di produzione del servizio.',
  schema: z.object({ servizio: z.string() }), latency: [200, 500] });

const promuovi = tool(async ({ servizio, versione, percentuale }) => JSON.stringify({ rollout_id: 'ro-7f3c21e9', servizio, versione,
  percentuale, stato: 'in_corso', argo_rollout: 'checkout-api', step: 'setWeight 100', avviato_da: 'release-bot' }),
{ name: 'promuovi_canary', description: 'Porta il canary alla percentuale indicata (Argo Rollouts). Azione in produzione.',
  schema: z.object({ servizio: z.string(), versione: z.string(), percentuale: z.number().int() }), latency: [400, 900] });

const args = { servizio: 'checkout-api', versione: 'v2.14.3', finestra_min: 30 };
const model = new ScriptedChatModel({ model: 'claude-3-5-haiku-20241022', provider: 'anthropic', replies: [
  { tool_calls: [{ id: 'toolu_vrtx_01A8pWm3QxK5rN', name: 'metriche_canary', args }] },
  { content: 'La query a Prometheus è andata in timeout, quindi non ho ancora i dati del canary. Riprovo.',
    tool_calls: [{ id: 'toolu_vrtx_01C2hYt7LbE9sD', name: 'metriche_canary', args }] },
  { content: 'Metriche ok: 0,21 % di errori (baseline 0,24 %), p95 182 ms. Controllo le migrazioni prima di promuovere.',
    tool_calls: [{ id: 'toolu_vrtx_01F6jNc4VzR1uG', name: 'migrazioni_pendenti', args: { servizio: 'checkout-api' } }] },
  { tool_calls: [{ id: 'toolu_vrtx_01K9eBq2MwT8yH', name: 'promuovi_canary', args: { servizio: 'checkout-api', versione: 'v2.14.3', percentuale: 100 } }] },
  { content: 'Promozione avviata: checkout-api v2.14.3 va al 100 % (rollout ro-7f3c21e9).\n\n'
    + '- Primo tentativo di lettura metriche fallito (timeout 504 di Thanos), secondo tentativo riuscito.\n'
    + '- Canary al 10 % negli ultimi 30 min: 48.211 richieste, 101 errori 5xx → 0,21 % (baseline 0,24 %), sotto la soglia dell\'1 %.\n'
    + '- p95 182 ms contro 190 ms della baseline.\n'
    + '- Nessuna migrazione pendente su orders-pg-prod (ultima applicata ieri: 20250611_0932_add_idx_orders_created_at).' },
] });

const app = agentGraph({ model, tools: [metriche, migrazioni, promuovi], name: 'release-agent' });
advance(300, 800);
await traced(app, { messages: [
  new SystemMessage('Sei l\'agente di rilascio del team Piattaforma. Promuovi un canary solo con dati di metrica effettivi: '
    + 'tasso di errore sotto la soglia indicata e nessuna migrazione pendente. In caso di dubbio non promuovere e chiedi.'),
  new HumanMessage('ciao, puoi promuovere il canary di checkout-api v2.14.3 al 100%? soglia errori 1% sugli ultimi 30 minuti. grazie — Giulia'),
] }, { project: 'release-bot', runName: 'release-agent', tags: ['slack', '#rilasci'],
  metadata: { session_id: 'rel-20250612-checkout-api-v2.14.3', user_id: 'giulia.ferraro', ambiente: 'prod-eu-south-1' },
  configurable: { thread_id: 'rel-20250612-checkout-api-v2.14.3' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
