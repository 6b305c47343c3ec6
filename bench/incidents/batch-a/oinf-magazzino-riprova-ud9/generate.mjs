// Retail store assistant (Italian): the stock lookup times out once, is retried and answers.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('assistente-negozio', { 'deployment.environment': 'produzione' });
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

let tentativi = 0;
const giacenza = tool(async ({ sku, negozio }) => {
  tentativi += 1;
  if (tentativi === 1) throw new Error('ETIMEDOUT: inventario-api.interno:8443 non ha risposto entro 5000 ms');
  return JSON.stringify({ sku, negozio, disponibili: 7, riservati: 0, in_arrivo: 0, aggiornato: '2024-11-22T09:14:51+01:00' });
}, { name: 'giacenza_negozio', description: 'Giacenza in tempo reale di un articolo in un punto vendita.',
  schema: z.object({ sku: z.string(), negozio: z.string().describe('codice punto vendita') }) });

const prenota = tool(async ({ sku, negozio, quantita, cliente }) => JSON.stringify({ esito: 'OK', prenotazione: 'RIT-MI03-55120', sku, negozio, quantita, cliente, ritiro_entro: '2024-11-24' }),
{ name: 'prenota_ritiro', description: 'Prenota articoli per il ritiro in negozio.',
  schema: z.object({ sku: z.string(), negozio: z.string(), quantita: z.number().int(), cliente: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: '', tool_calls: [{ name: 'giacenza_negozio', args: { sku: '8051234-XL-NERO', negozio: 'MI03' } }] },
  { content: '', tool_calls: [{ name: 'giacenza_negozio', args: { sku: '8051234-XL-NERO', negozio: 'MI03' } }] },
  { content: '', tool_calls: [{ name: 'prenota_ritiro', args: { sku: '8051234-XL-NERO', negozio: 'MI03', quantita: 2, cliente: 'CL-0048812' } }] },
  { content: 'Fatto! Nel negozio di Milano Corso Buenos Aires (MI03) ci sono 7 piumini neri taglia XL disponibili. Ho prenotato i 2 che ha chiesto (prenotazione RIT-MI03-55120): può ritirarli entro domenica 24 novembre.' },
] });

const app = await reactGraph({ model, tools: [giacenza, prenota], name: 'assistente-negozio' });
await t.turn({ userId: 'CL-0048812' }, () => app.invoke({ messages: [
  new SystemMessage('Sei l\'assistente clienti della catena. Se un servizio non risponde, riprova prima di concludere qualcosa.'),
  new HumanMessage('Ciao, avete il piumino 8051234 nero in XL nel negozio di Corso Buenos Aires? Se sì me ne tenete da parte 2?'),
] }, { metadata: { conversation_id: 'conv_01JD7K3QWZ8R5M2T9XH4B6N0PA' }, runName: 'assistente-negozio' }));
t.write(path.join(here, 'traces.jsonl'));
