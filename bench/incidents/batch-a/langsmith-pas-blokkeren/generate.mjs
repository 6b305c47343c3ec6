// Klantenservice-assistent van een bank (LangGraph.js, LangSmith-runs), Nederlands.
// node bench/incidents/batch-a/langsmith-pas-blokkeren/generate.mjs  -> runs.jsonl
import path from 'node:path';
import * as h from '../../harness/langsmith/lib.mjs';
const { z, SystemMessage, HumanMessage } = h;

h.startClock('2025-02-15T22:47:18Z', 77);

let attempts = 0;
const listCards = h.tool(async ({ klant_id }) => {
  attempts += 1;
  if (attempts === 1) { h.advance(8000); throw new Error('GatewayTimeout: core-banking GET /v2/customers/' + klant_id + '/cards did not respond within 8000 ms'); }
  return JSON.stringify({ klant_id, kaarten: [
    { kaart_id: 'crd_9f31c2', type: 'debit', merk: 'Maestro', laatste4: '4417', status: 'actief', rekening: 'NL91 ABNA 0417 1643 00' },
    { kaart_id: 'crd_2b77e0', type: 'credit', merk: 'Mastercard', laatste4: '0932', status: 'actief', limiet_eur: 2500 } ] });
}, { name: 'kaarten_ophalen', description: 'Haalt de betaalpassen en creditcards van de klant op.', schema: z.object({ klant_id: z.string() }) });
const blockCard = h.tool(async ({ kaart_id, reden }) => JSON.stringify({ kaart_id, status: 'geblokkeerd', reden, referentie: 'BLK-20250215-66104',
  vervangende_pas: { verzonden: true, verwachte_levering: '2025-02-19' } }), {
  name: 'kaart_blokkeren', description: 'Blokkeert een kaart definitief en vraagt een vervangende pas aan.',
  schema: z.object({ kaart_id: z.string(), reden: z.enum(['verloren', 'gestolen', 'beschadigd']) }) });

const model = new h.ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ id: 'call_kx01', name: 'kaarten_ophalen', args: { klant_id: '0038817265' } }] },
  { content: '', tool_calls: [{ id: 'call_kx02', name: 'kaarten_ophalen', args: { klant_id: '0038817265' } }] },
  { content: '', tool_calls: [{ id: 'call_kx03', name: 'kaart_blokkeren', args: { kaart_id: 'crd_9f31c2', reden: 'verloren' } }] },
  { content: 'Uw Maestro-betaalpas eindigend op 4417 is geblokkeerd (referentie BLK-20250215-66104). Er is automatisch een nieuwe pas naar u verstuurd; ' +
      'die verwachten we op woensdag 19 februari. Uw Mastercard eindigend op 0932 blijft gewoon actief. Ziet u afschrijvingen die u niet herkent, laat het ons dan weten.' },
] });

const app = h.agentGraph({ model, tools: [listCards, blockCard], agentNode: 'assistent', toolsNode: 'bank_api' });
await h.traced(app, { messages: [
  new SystemMessage('Je bent de digitale assistent van Polderbank. Klant: J. de Vries, klantnummer 0038817265 (ingelogd via de app). Spreek de klant aan met u. ' +
    'Bij verlies of diefstal: zoek de juiste kaart op en blokkeer die direct.'),
  new HumanMessage('Ik ben mijn pinpas kwijt, ik denk in de trein laten liggen. Die eindigt op 4417. Kunt u hem blokkeren?'),
] }, { project: 'polderbank-app-assistent', metadata: { session_id: '7730214965', user_id: '0038817265', platform: 'ios' } });

h.writeRuns(path.join(h.here(import.meta.url), 'runs.jsonl'));
