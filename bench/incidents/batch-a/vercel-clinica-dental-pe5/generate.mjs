// Dental clinic front-desk assistant (Spanish). Vercel AI SDK v7 + LegacyOpenTelemetry, scripted model.
// The app keeps its conversation history in a map keyed by clinic site ("sede"), not by patient.
import { generateText, tool, z, stepCountIs, LegacyOpenTelemetry, setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'recepcion-virtual', resource: { 'service.version': '2.3.1' }, seed: 'clinica-dental-pe5' });
const ids = makeIds('clinica-dental-pe5');

const FICHAS = {
  'PAC-100482': { paciente: 'Lucía Fernández Mora', alergias: ['AINE (ibuprofeno, diclofenaco) – urticaria 2021'], medicacion: ['levotiroxina 50 mcg'] },
  'PAC-100517': { paciente: 'Andrés Pizarro Gil', alergias: [], medicacion: [] },
};
const CITAS = {
  'PAC-100482': { cita: 'CT-88213', fecha: '2025-11-20', hora: '09:40', tratamiento: 'extracción 38', odontologo: 'Dra. Ruiz' },
  'PAC-100517': { cita: 'CT-88290', fecha: '2025-11-20', hora: '12:15', tratamiento: 'extracción 48', odontologo: 'Dr. Ortega' },
};
const tools = {
  consultar_ficha: tool({ description: 'Ficha clínica del paciente (alergias, medicación).', inputSchema: z.object({ pacienteId: z.string() }),
    execute: async ({ pacienteId }) => FICHAS[pacienteId] }),
  consultar_cita: tool({ description: 'Próxima cita del paciente.', inputSchema: z.object({ pacienteId: z.string() }),
    execute: async ({ pacienteId }) => CITAS[pacienteId] }),
};
const system = 'Eres la recepción virtual de Clínica Dental Sonrisa (sede Chamberí). Responde en español, con datos del sistema.';
const historial = new Map(); // sede -> messages

async function turno({ sede, sessionId, userId, texto, replies }) {
  const previos = historial.get(sede) ?? [];
  const mensajes = [...previos, { role: 'user', content: texto }];
  const r = await generateText({
    model: scriptedModel({ provider: 'openai.chat', modelId: 'gpt-4o-2024-08-06', ids, replies }),
    system, messages: mensajes, tools, stopWhen: stepCountIs(4),
    runtimeContext: { sessionId, userId },
    telemetry: { functionId: 'recepcion-chat', recordInputs: true, recordOutputs: true,
      includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  historial.set(sede, [...mensajes, ...r.responseMessages]);
}

await turno({ sede: 'chamberi', sessionId: 'wa-34611208457-20251118', userId: 'PAC-100482',
  texto: 'Hola, tengo la extracción el jueves. ¿Puedo tomar algo para el dolor antes?',
  replies: [
    { calls: [['call_' + ids('', 24), 'consultar_ficha', { pacienteId: 'PAC-100482' }], ['call_' + ids('', 24), 'consultar_cita', { pacienteId: 'PAC-100482' }]] },
    'Hola Lucía. Su extracción es el jueves 20/11 a las 09:40 con la Dra. Ruiz. En su ficha consta alergia a los AINE, así que no tome ibuprofeno ni diclofenaco; si necesita algo, paracetamol 1 g, y coméntelo con la Dra. Ruiz.',
  ] });

await turno({ sede: 'chamberi', sessionId: 'wa-34699470133-20251118', userId: 'PAC-100517',
  texto: 'Buenas, soy Andrés Pizarro. ¿A qué hora es mi cita del jueves y puedo tomar un ibuprofeno antes?',
  replies: [
    { calls: [['call_' + ids('', 24), 'consultar_cita', { pacienteId: 'PAC-100517' }]] },
    'Hola Andrés. Su cita es el jueves 20/11 a las 12:15 con el Dr. Ortega (extracción 48). No tome ibuprofeno: en su ficha consta alergia a los AINE (urticaria en 2021). Puede tomar paracetamol 1 g y, como toma levotiroxina, avise al Dr. Ortega al llegar.',
  ] });

writeJsonl(dir, 'traces.jsonl', [await flush()]);
