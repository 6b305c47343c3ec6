// Customer-care assistant of an energy retailer (Italian). One Node process serves two customers one
// after the other; the refund-status tool memoises backend answers in-process.
// Vercel AI SDK v7, legacy ai.* telemetry; scripted fake model, no network.
import {
  generateText, tool, stepCountIs, LegacyOpenTelemetry, z,
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'assistente-clienti', resource: { 'service.version': '3.8.2' }, seed: 'rimborso-luce-re0' });
const ids = makeIds('rimborso-luce-re0');

const backend = {
  'CL-0048213': { codice_cliente: 'CL-0048213', intestatario: 'Giulia Benedetti', pratica: 'RIM-24-117305', importo: '86,40 €', iban: 'IT60 X054 2811 1010 0000 0123 456', stato: 'approvato', accredito_previsto: '2025-07-04', motivo: 'conguaglio lettura effettiva' },
  'CL-0071950': { codice_cliente: 'CL-0071950', intestatario: 'Marco Ferri', pratica: 'RIM-24-118842', importo: '23,15 €', iban: 'IT02 L123 4512 3451 2345 6789 012', stato: 'in lavorazione', accredito_previsto: null, motivo: 'doppio addebito SDD' },
};
const memo = new Map();
const stato_rimborso = tool({
  description: 'Stato della pratica di rimborso del cliente.',
  inputSchema: z.object({ codice_cliente: z.string(), tipo: z.enum(['bolletta', 'deposito']) }),
  execute: async ({ codice_cliente, tipo }) => {
    const key = `rimborso:${tipo}`;
    if (!memo.has(key)) memo.set(key, backend[codice_cliente]);
    return memo.get(key);
  },
});

async function turn({ sessionId, userId, prompt, replies }) {
  await generateText({
    model: scriptedModel({ ids, modelId: 'gpt-4.1-mini', replies }),
    system: 'Sei l\'assistente clienti di LuceChiara Energia. Rispondi in italiano, in modo cordiale e breve. Usa solo i dati del cliente autenticato.',
    prompt,
    tools: { stato_rimborso },
    stopWhen: stepCountIs(4),
    runtimeContext: { sessionId, userId },
    telemetry: { functionId: 'assistente-rimborsi', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  return flush();
}

const lines = [];
lines.push(await turn({
  sessionId: 'conv_9a61e0d2', userId: 'CL-0048213',
  prompt: '[cliente autenticato: CL-0048213] Buongiorno, volevo sapere quando arriva il rimborso della bolletta di maggio.',
  replies: [
    { calls: [['toolu_' + ids('', 18), 'stato_rimborso', { codice_cliente: 'CL-0048213', tipo: 'bolletta' }]] },
    'Buongiorno Giulia! La pratica RIM-24-117305 è approvata: 86,40 € per conguaglio su lettura effettiva, con accredito previsto il 4 luglio 2025 sull\'IBAN che termina con 3456.',
  ],
}));
lines.push(await turn({
  sessionId: 'conv_c47f18b5', userId: 'CL-0071950',
  prompt: '[cliente autenticato: CL-0071950] Salve, mi avete addebitato due volte la bolletta. A che punto è il rimborso?',
  replies: [
    { calls: [['toolu_' + ids('', 18), 'stato_rimborso', { codice_cliente: 'CL-0071950', tipo: 'bolletta' }]] },
    'Salve! Il suo rimborso (pratica RIM-24-117305) è stato approvato: riceverà 86,40 € il 4 luglio 2025 sul conto IT60 X054 2811 1010 0000 0123 456 intestato a Giulia Benedetti. Per qualsiasi dubbio sono qui.',
  ],
}));
writeJsonl(dir, 'collector-export.jsonl', lines);
