// Bank branch assistant (Italian). The server process keeps the running conversation in one
// module-level array that is not reset per client; a second client's turn is sent with the first
// client's history.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry,
  writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('bonifici-ye5');
const { flush } = setupTracing({ serviceName: 'sportello-digitale', seed: 'bonifici-ye5' });

const conti = {
  'CL-IT-55120': { iban: 'IT60X0542811101000000123456', saldo: '4.212,37 EUR' },
  'CL-IT-80944': { iban: 'IT02L1234512345123456789012', saldo: '918,05 EUR' },
};
const movimenti = {
  'CL-IT-55120': [{ data: '2025-03-10', tipo: 'bonifico in uscita', beneficiario: 'Studio Dentistico Ferri', importo: '-1.850,00 EUR', cro: '0306912345678' }],
  'CL-IT-80944': [],
};
const makeTools = (cliente) => ({
  saldo_conto: tool({
    description: 'Saldo disponibile del conto del cliente autenticato.',
    inputSchema: z.object({ cliente_id: z.string() }),
    execute: async () => ({ cliente_id: cliente, ...conti[cliente] }),
  }),
  ultimi_movimenti: tool({
    description: 'Movimenti degli ultimi 7 giorni del cliente autenticato.',
    inputSchema: z.object({ cliente_id: z.string(), giorni: z.number() }),
    execute: async () => ({ cliente_id: cliente, movimenti: movimenti[cliente] }),
  }),
});

const cronologia = []; // shared by every request the worker serves
async function turno({ sessionId, cliente, testo, replies }) {
  cronologia.push({ role: 'user', content: testo });
  const r = await generateText({
    model: scriptedModel({ modelId: 'gpt-4.1-mini', ids, replies }),
    system: 'Sei l’assistente dello sportello digitale di Banca Valpadana. Rispondi al cliente autenticato sui suoi conti.',
    messages: [...cronologia],
    tools: makeTools(cliente), stopWhen: stepCountIs(4),
    runtimeContext: { sessionId, userId: cliente },
    telemetry: { functionId: 'sportello-chat', includeRuntimeContext: { sessionId: true, userId: true },
      integrations: [new LegacyOpenTelemetry()] },
  });
  cronologia.push(...r.response.messages);
  return flush();
}

const lines = [];
lines.push(await turno({ sessionId: 'sd_9f1c2a77e0', cliente: 'CL-IT-55120',
  testo: 'Buongiorno, è partito il bonifico di ieri al dentista? Vorrei anche sapere quanto mi resta sul conto.',
  replies: [
    { calls: [['call_mv_01', 'ultimi_movimenti', { cliente_id: 'CL-IT-55120', giorni: 7 }], ['call_sl_01', 'saldo_conto', { cliente_id: 'CL-IT-55120' }]] },
    'Sì, il bonifico del 10/03 a Studio Dentistico Ferri di 1.850,00 € è stato eseguito (CRO 0306912345678). Il saldo disponibile è di 4.212,37 €.',
  ] }));
lines.push(await turno({ sessionId: 'sd_4b07de31c8', cliente: 'CL-IT-80944',
  testo: 'Salve, mi ricorda a chi ho fatto l’ultimo bonifico e di quanto? Non trovo la ricevuta.',
  replies: [
    { calls: [['call_sl_02', 'saldo_conto', { cliente_id: 'CL-IT-80944' }]] },
    'Il suo ultimo bonifico è quello del 10/03 a Studio Dentistico Ferri, per 1.850,00 €, CRO 0306912345678: può usare il CRO come ricevuta. Il saldo attuale del conto IT02L1234512345123456789012 è di 918,05 €.',
  ] }));
writeJsonl(dir, 'spans.jsonl', lines);
