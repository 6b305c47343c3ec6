// Negozio di elettronica (italiano): la verifica di disponibilità va in timeout, l'agente riprova e prenota col dato buono.
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'elettrocasa-assistente', seed: 'ritiro-he5' });
const ids = makeIds('ritiro-he5');

let tentativi = 0;
const verificaDisponibilita = tool({
  description: 'Verifica la disponibilità di un articolo in un punto vendita.',
  inputSchema: z.object({ sku: z.string(), negozio: z.string() }),
  execute: async ({ sku, negozio }) => {
    if (tentativi++ === 0) { const e = new Error('magazzino-api: upstream request timeout after 8000ms (GET /v2/stock/' + sku + '?store=' + negozio + ')'); e.name = 'GatewayTimeoutError'; throw e; }
    return { sku, negozio, disponibili: 3, riservati: 1, aggiornato_al: '2025-02-07T10:41:12+01:00' };
  },
});
const prenotaRitiro = tool({
  description: 'Prenota il ritiro in negozio (paga e ritira).',
  inputSchema: z.object({ sku: z.string(), negozio: z.string(), quantita: z.number().int(), cliente_email: z.string() }),
  execute: async (p) => ({ prenotazione: 'RIT-BO-000781', stato: 'confermata', ritiro_entro: '2025-02-09', ...p }),
});

await generateText({
  model: scriptedModel({ ids, provider: 'google.generative-ai', modelId: 'gemini-2.0-flash', responsePrefix: 'resp-', replies: [
    { calls: [['fc_' + ids('', 16), 'verifica_disponibilita', { sku: 'DYS-V15-DET-ABS', negozio: 'BO-VIA-MARCO-POLO' }]] },
    { text: 'Il servizio magazzino non ha risposto, riprovo.', calls: [['fc_' + ids('', 16), 'verifica_disponibilita', { sku: 'DYS-V15-DET-ABS', negozio: 'BO-VIA-MARCO-POLO' }]] },
    { calls: [['fc_' + ids('', 16), 'prenota_ritiro', { sku: 'DYS-V15-DET-ABS', negozio: 'BO-VIA-MARCO-POLO', quantita: 1, cliente_email: 'g.ferri@libero.it' }]] },
    'Fatto! Il Dyson V15 Detect Absolute è disponibile a Bologna, via Marco Polo (2 pezzi liberi). Ho prenotato il ritiro: codice RIT-BO-000781, da ritirare entro domenica 9 febbraio.',
  ] }),
  system: 'Sei l\'assistente di ElettroCasa. Prenota ritiri solo dopo aver verificato la disponibilità.',
  prompt: 'Ciao, vorrei ritirare oggi un Dyson V15 Detect Absolute nel negozio di via Marco Polo a Bologna. La mia email è g.ferri@libero.it',
  tools: { verifica_disponibilita: verificaDisponibilita, prenota_ritiro: prenotaRitiro },
  stopWhen: stepCountIs(6),
  runtimeContext: { sessionId: 'sess-EC-2025-02-07-8842', userId: 'g.ferri@libero.it' },
  telemetry: { functionId: 'ritiro-in-negozio', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});
writeJsonl(dir, 'spans.jsonl', [await flush()]);
