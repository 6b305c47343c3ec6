// Assistente di home banking (italiano): un bonifico istantaneo in due turni sullo stesso thread
// (MemorySaver). Il servizio commissioni va in timeout al primo tentativo e risponde al secondo.
import path from 'node:path';
import { here, startClock, advance, minutes, ScriptedChatModel, tool, agentGraph, traced, writeRuns, MemorySaver,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
const SESSION = 'conv-bnk-it-55190';
const USER = 'cli-883104';

let pricingCalls = 0;
const commissioni = tool(async ({ tipo, importo_eur }) => {
  pricingCalls += 1;
  if (pricingCalls === 1) throw new Error('ETIMEDOUT: pricing-svc 10.4.2.17:8443 non ha risposto entro 5000 ms');
  return JSON.stringify({ tipo, importo_eur, commissione_eur: 0.0,
    motivo: 'Canone Conto Più: bonifici SCT Inst inclusi fino a 20 al mese (utilizzati 3 su 20 a dicembre)', listino: 'LST-2026-11' });
}, { name: 'calcola_commissioni', description: 'Calcola la commissione di un bonifico secondo il listino del conto.',
  schema: z.object({ tipo: z.enum(['SCT', 'SCT_INST']), importo_eur: z.number() }) });

const esegui = tool(async ({ iban, beneficiario, importo_eur, causale }) => JSON.stringify({
  esito: 'ESEGUITO', tipo: 'SCT_INST', trn: 'IT26ZZ0000BNK20261204091732118', iban, beneficiario, importo_eur,
  commissione_eur: 0.0, causale, data_regolamento: '2026-12-04T09:17:34+01:00' }),
{ name: 'esegui_bonifico', description: 'Esegue un bonifico istantaneo (richiede conferma esplicita del cliente).',
  schema: z.object({ iban: z.string(), beneficiario: z.string(), importo_eur: z.number(), causale: z.string() }) });

const tools = [commissioni, esegui];
const app = agentGraph({ model: new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_1sBv7HqLm0Tz', name: 'calcola_commissioni', args: { tipo: 'SCT_INST', importo_eur: 1250.0 } }] },
  { content: 'Il servizio listino non ha risposto, riprovo.', tool_calls: [{ id: 'call_8RwYe2GdNc4K', name: 'calcola_commissioni', args: { tipo: 'SCT_INST', importo_eur: 1250.0 } }] },
  { content: 'Per un bonifico istantaneo di 1.250,00 € la commissione è di 0,00 €: con il Conto Più i bonifici istantanei sono inclusi fino a 20 al mese e a dicembre ne hai usati 3.\n\n'
    + 'Riepilogo:\n- Beneficiario: Immobiliare Dal Pozzo S.r.l.\n- IBAN: IT60 X054 2811 1010 0000 0123 456\n- Importo: 1.250,00 €\n- Causale: Canone locazione dicembre 2026\n\nConfermi l\'invio?' },
  { tool_calls: [{ id: 'call_Jd5Qa9XsPu3F', name: 'esegui_bonifico', args: { iban: 'IT60X0542811101000000123456',
    beneficiario: 'Immobiliare Dal Pozzo S.r.l.', importo_eur: 1250.0, causale: 'Canone locazione dicembre 2026' } }] },
  { content: 'Fatto! Il bonifico istantaneo di 1.250,00 € a Immobiliare Dal Pozzo S.r.l. è stato eseguito e accreditato (TRN IT26ZZ0000BNK20261204091732118). Commissione: 0,00 €.' },
] }), tools, checkpointer: new MemorySaver() });

const config = { project: 'homebanking-assistente', metadata: { session_id: SESSION, user_id: USER }, configurable: { thread_id: SESSION } };
startClock('2026-12-04T08:14:52Z', 47);
await traced(app, { messages: [
  new SystemMessage('Sei l\'assistente di Banca Adriatica per il cliente cli-883104 (Conto Più). Prima di ogni bonifico calcola la commissione e chiedi conferma esplicita.'),
  new HumanMessage('Ciao, devo mandare l\'affitto di dicembre, 1.250,00 €, con bonifico istantaneo a Immobiliare Dal Pozzo S.r.l., IBAN IT60X0542811101000000123456. Quanto mi costa di commissione?'),
] }, config);
advance(minutes(2), minutes(3));
await traced(app, { messages: [new HumanMessage('Sì, confermo. Procedi pure.')] }, config);

writeRuns(path.join(dir, 'runs.jsonl'));
