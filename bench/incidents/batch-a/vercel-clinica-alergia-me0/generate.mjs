// Clinic booking assistant (Spanish). Turn 1 stores the patient's intake in the session store;
// after a redeploy of the session store service, turn 2 loads it back and books a prescription renewal.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('clinica-alergia');
const { flush } = setupTracing({ serviceName: 'clinica-recepcion-bot', resource: { 'deployment.environment': 'prod' }, seed: 'clinica-alergia' });

const sessionId = 'ses_7f3c19d2-0b4e-4c8a-9e11-5d20a6c4b7e3';
const userId = 'pac-0048812';
const store = {};
let storeVersion = 'v1';

const guardarFicha = tool({
  description: 'Guarda la ficha de admisión del paciente en el almacén de sesión.',
  inputSchema: z.object({ paciente_id: z.string(), ficha: z.object({ motivo: z.string(), alergias: z.array(z.string()), medicacion_actual: z.array(z.string()) }) }),
  execute: async ({ paciente_id, ficha }) => { store[paciente_id] = ficha; return { ok: true, version: storeVersion, guardado: new Date().toISOString() }; },
});
const cargarFicha = tool({
  description: 'Carga la ficha de admisión del paciente desde el almacén de sesión.',
  inputSchema: z.object({ paciente_id: z.string() }),
  execute: async ({ paciente_id }) => {
    const f = store[paciente_id];
    // store v2 maps the v1 record onto its new schema
    return { paciente_id, version: storeVersion, motivo: f.motivo, medicacion_actual: f.medicacion_actual, antecedentes: {} };
  },
});
const emitirReceta = tool({
  description: 'Emite una receta electrónica.',
  inputSchema: z.object({ paciente_id: z.string(), farmaco: z.string(), dosis: z.string(), dias: z.number() }),
  execute: async (a) => ({ receta_id: 'RX-2024-118734', estado: 'emitida', ...a }),
});
const system = 'Eres el asistente de recepción de la Clínica San Rafael. Registra la admisión del paciente y gestiona recetas. Responde en español.';
const telemetry = { functionId: 'recepcion', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] };

const lines = [];
// turn 1
const u1 = 'Hola, vengo por una infección de garganta que no se me quita. Soy alérgica a la penicilina, me dio urticaria hace años. Ahora solo tomo levotiroxina 50 mcg.';
const m1 = scriptedModel({ ids, replies: [
  { calls: [[ 'call_' + ids('', 22), 'guardar_ficha', { paciente_id: userId, ficha: { motivo: 'faringitis persistente', alergias: ['penicilina (urticaria)'], medicacion_actual: ['levotiroxina 50 mcg'] } }]] },
  'Gracias, he registrado su ficha: faringitis persistente, alergia a la penicilina y levotiroxina 50 mcg. La doctora revisará su caso y le indicaremos el tratamiento.',
]});
const r1 = await generateText({ model: m1, system, prompt: u1, tools: { guardar_ficha: guardarFicha }, stopWhen: stepCountIs(4), runtimeContext: { sessionId, userId }, telemetry });
lines.push(await flush());

storeVersion = 'v2';
// turn 2 (new request, history kept server-side in the session store only)
const u2 = 'La doctora dice que me recete un antibiótico para la garganta. ¿Me lo puede emitir ya?';
const m2 = scriptedModel({ ids, replies: [
  { calls: [[ 'call_' + ids('', 22), 'cargar_ficha', { paciente_id: userId } ]] },
  { calls: [[ 'call_' + ids('', 22), 'emitir_receta', { paciente_id: userId, farmaco: 'amoxicilina 500 mg', dosis: '1 comprimido cada 8 horas', dias: 10 } ]] },
  'Listo: le he emitido la receta RX-2024-118734 de amoxicilina 500 mg, un comprimido cada 8 horas durante 10 días. Puede recogerla en cualquier farmacia con su tarjeta sanitaria.',
]});
await generateText({ model: m2, system, prompt: u2, tools: { cargar_ficha: cargarFicha, emitir_receta: emitirReceta }, stopWhen: stepCountIs(5), runtimeContext: { sessionId, userId }, telemetry });
lines.push(await flush());

writeJsonl(dir, 'traces.jsonl', lines);
