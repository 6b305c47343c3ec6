// Retail-banking assistant (Spanish) for Caja Levante. Two customers of the same branch chat a few
// minutes apart; each turn is one generateText call, with the conversation's earlier messages passed in.
// Vercel AI SDK v7, @ai-sdk/otel OpenTelemetry integration, scripted model, offline.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, z,
  OpenTelemetry, writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'asistente-particulares',
  resource: { 'deployment.environment': 'pro', 'service.version': '2025.04.1' },
  seed: 'vercel-prestamo-cuota-ye7',
});
const ids = makeIds('vercel-prestamo-cuota-ye7');

// Core-banking backend and the adapter's response cache as deployed.
const core = {
  'CLI-0045521': { prestamo: 'PR-2021-008812', producto: 'Préstamo Personal Flexible', capitalPendienteEUR: 14382.5, cuotaMensualEUR: 412.37, tinPct: 6.95, proximaCuota: '2025-05-05', cuotasRestantes: 38 },
  'CLI-0078130': { prestamo: 'PR-2023-019407', producto: 'Préstamo Coche Eco', capitalPendienteEUR: 9120.0, cuotaMensualEUR: 268.9, tinPct: 5.45, proximaCuota: '2025-05-20', cuotasRestantes: 36 },
};
const cache = new Map();
const consultarPrestamo = tool({
  description: 'Devuelve el estado del préstamo activo de un cliente (capital pendiente, cuota, próxima fecha de cargo).',
  inputSchema: z.object({ clienteId: z.string(), oficina: z.string().describe('código de oficina, 4 dígitos') }),
  execute: async ({ clienteId, oficina }) => {
    const key = `prestamo:${oficina}`;
    if (cache.has(key)) return cache.get(key);
    await sleep(30);
    const r = { clienteId, oficina, ...core[clienteId], consultadoEn: new Date().toISOString() };
    cache.set(key, r);
    return r;
  },
});
const simularAmortizacion = tool({
  description: 'Simula una amortización anticipada parcial sobre un préstamo (no ejecuta nada).',
  inputSchema: z.object({ prestamo: z.string(), importeEUR: z.number(), modalidad: z.enum(['reducir_cuota', 'reducir_plazo']) }),
  execute: async ({ prestamo, importeEUR, modalidad }) => ({
    prestamo, importeEUR, modalidad, comisionEUR: +(importeEUR * 0.005).toFixed(2),
    nuevaCuotaEUR: modalidad === 'reducir_cuota' ? 355.02 : 412.37, cuotasRestantes: modalidad === 'reducir_plazo' ? 33 : 38,
  }),
});

const SYSTEM = 'Eres el asistente de Banca Particulares de Caja Levante. Respondes solo sobre los productos del cliente autenticado, usando las herramientas. Importes en euros con formato español. Tono cercano y breve.';
const tools = { consultar_prestamo: consultarPrestamo, simular_amortizacion: simularAmortizacion };

async function turn({ sessionId, userId, messages, replies }) {
  const model = scriptedModel({ ids, modelId: 'gpt-4o-mini-2024-07-18', replies });
  const r = await generateText({
    model, system: SYSTEM, messages, tools, stopWhen: stepCountIs(4),
    runtimeContext: { sessionId, userId },
    telemetry: { functionId: 'asistente-particulares', includeRuntimeContext: { sessionId: true, userId: true },
      integrations: [new OpenTelemetry({ runtimeContext: true })] },
  });
  return [...messages, ...r.response.messages];
}

// Customer 1: María (CLI-0045521), oficina 0231.
await turn({
  sessionId: 'bp-sess-7f2c91d0e4', userId: 'CLI-0045521',
  messages: [{ role: 'user', content: 'Buenas tardes, ¿cuánto me queda por pagar del préstamo personal? Soy clienta de la oficina 0231.' }],
  replies: [
    { calls: [['call_h7Kx2Qm9Lr4Tz1Vw', 'consultar_prestamo', { clienteId: 'CLI-0045521', oficina: '0231' }]] },
    'Buenas tardes. De su Préstamo Personal Flexible (PR-2021-008812) le quedan **14.382,50 €** de capital pendiente. La cuota mensual es de 412,37 € y la próxima se carga el 5 de mayo de 2025; quedan 38 cuotas.',
  ],
});

await sleep(50);

// Customer 2: Jorge (CLI-0078130), same branch, a few minutes later; two turns.
let jorge = [{ role: 'user', content: 'Hola! Quería saber cuánto me falta del préstamo del coche y cuándo me pasan el próximo recibo. Oficina 0231.' }];
jorge = await turn({
  sessionId: 'bp-sess-b30a5e6c12', userId: 'CLI-0078130', messages: jorge,
  replies: [
    { calls: [['call_P3nWc8Ys5Ga0Jd6E', 'consultar_prestamo', { clienteId: 'CLI-0078130', oficina: '0231' }]] },
    '¡Hola! Le quedan **14.382,50 €** por pagar. Su próximo recibo, de 412,37 €, se cargará el 5 de mayo de 2025, y le quedarían 38 cuotas en total.',
  ],
});
jorge.push({ role: 'user', content: 'Vaya, pensaba que era menos. ¿Y si adelanto 2.000 € este mes para bajar la cuota?' });
await turn({
  sessionId: 'bp-sess-b30a5e6c12', userId: 'CLI-0078130', messages: jorge,
  replies: [
    { calls: [['call_Ue1Ra7Bf4Ko9Sm2X', 'simular_amortizacion', { prestamo: 'PR-2021-008812', importeEUR: 2000, modalidad: 'reducir_cuota' }]] },
    'Si adelanta 2.000 € reduciendo cuota, la nueva cuota mensual quedaría en **355,02 €** (antes 412,37 €), manteniendo las 38 cuotas restantes. La comisión por amortización anticipada sería de 10,00 €. Si quiere, puedo dejarle preparada la solicitud para que la firme en la app.',
  ],
});

writeJsonl(out, 'spans-2025-04-14.jsonl', [await flush()]);
