// WhatsApp assistant of a dental clinic chain (Spanish). The webhook keeps the recent chat history in
// an in-process cache keyed by the clinic branch the number was routed to, not by the patient, so a
// second patient writing to the same branch gets the first patient's turns prepended to the prompt.
// Vercel AI SDK (ai v7) + @ai-sdk/otel LegacyOpenTelemetry (ai.* attributes); session and user come
// from the runtime context (ai.settings.context.*).
import {
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir, sleep,
  generateText, tool, z, stepCountIs, LegacyOpenTelemetry,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'sonrisa-whatsapp-bot',
  resource: { 'deployment.environment': 'production', 'cloud.region': 'eu-south-2' },
  seed: 'vercel-clinica-dental-historial',
});
const ids = makeIds('vercel-clinica-dental-historial');

const SYSTEM = 'Eres el asistente de WhatsApp de Clínicas Sonrisa (sede Valencia-Ruzafa). Ayudas a los pacientes '
  + 'a consultar, mover y confirmar sus citas. Usa siempre las herramientas; trata al paciente de usted.';

// Appointment book of the branch.
const agenda = {
  'CT-VLC-20931': { paciente: 'Lucía Ferrer Roig', telefono: '+34612884410', tratamiento: 'endodoncia molar 36',
    doctora: 'Dra. Ibáñez', fecha: '2024-11-19T10:30', estado: 'pendiente' },
  'CT-VLC-20957': { paciente: 'Javier Montesinos Gil', telefono: '+34699120377', tratamiento: 'revisión y limpieza',
    doctora: 'Dr. Soler', fecha: '2024-11-22T18:15', estado: 'pendiente' },
};

const tools = {
  buscar_citas: tool({
    description: 'Busca las citas pendientes de un paciente por su teléfono.',
    inputSchema: z.object({ telefono: z.string() }),
    execute: async ({ telefono }) => {
      await sleep(30);
      return Object.entries(agenda).filter(([, c]) => c.telefono === telefono).map(([id, c]) => ({ id, ...c }));
    },
  }),
  reprogramar_cita: tool({
    description: 'Mueve una cita a una nueva fecha y hora (formato ISO local).',
    inputSchema: z.object({ cita_id: z.string(), nueva_fecha: z.string() }),
    execute: async ({ cita_id, nueva_fecha }) => {
      await sleep(45);
      agenda[cita_id].fecha = nueva_fecha;
      return { cita_id, fecha: nueva_fecha, doctora: agenda[cita_id].doctora, estado: 'reprogramada' };
    },
  }),
  confirmar_cita: tool({
    description: 'Marca una cita como confirmada por el paciente y envía el recordatorio por SMS.',
    inputSchema: z.object({ cita_id: z.string() }),
    execute: async ({ cita_id }) => {
      await sleep(35);
      agenda[cita_id].estado = 'confirmada';
      const c = agenda[cita_id];
      return { cita_id, estado: 'confirmada', fecha: c.fecha, tratamiento: c.tratamiento, sms_enviado_a: c.telefono };
    },
  }),
};

// In-process history cache of the webhook: keyed by branch.
const historial = new Map();
async function turno({ sede, sessionId, userId, telefono, texto, replies }) {
  const previos = historial.get(sede) ?? [];
  const messages = [...previos, { role: 'user', content: `[${telefono}] ${texto}` }];
  const res = await generateText({
    model: scriptedModel({ provider: 'openai.chat', modelId: 'gpt-4o-mini-2024-07-18', ids, replies }),
    system: SYSTEM,
    messages,
    tools,
    stopWhen: stepCountIs(5),
    runtimeContext: { sessionId, userId, sede },
    telemetry: { functionId: 'citas-whatsapp', includeRuntimeContext: { sessionId: true, userId: true, sede: true },
      integrations: [new LegacyOpenTelemetry()] },
  });
  historial.set(sede, [...messages, ...res.response.messages].slice(-12));
  return flush();
}

const lines = [];
lines.push(await turno({
  sede: 'VLC-RUZAFA', sessionId: 'wa-34612884410-20241118T0912', userId: 'pac_5521873', telefono: '+34612884410',
  texto: 'Buenos días, soy Lucía Ferrer. Tengo la endodoncia mañana a las 10:30 pero no puedo ir, ¿me la pueden pasar al jueves por la tarde? Mejor a partir de las 16h.',
  replies: [
    { calls: [['call_b1NcR8uQ0sVfH2yT', 'buscar_citas', { telefono: '+34612884410' }]] },
    { calls: [['call_k4ZeP7wLm3XaJ6dG', 'reprogramar_cita', { cita_id: 'CT-VLC-20931', nueva_fecha: '2024-11-21T16:00' }]] },
    'Hecho, Lucía: su endodoncia (molar 36) con la Dra. Ibáñez pasa del martes 19 a las 10:30 al jueves 21 de noviembre a las 16:00. ¿Desea que se la deje confirmada?',
  ],
}));
lines.push(await turno({
  sede: 'VLC-RUZAFA', sessionId: 'wa-34699120377-20241118T0947', userId: 'pac_6610294', telefono: '+34699120377',
  texto: 'Hola! Quería confirmar mi cita de esta semana, gracias',
  replies: [
    { calls: [['call_Xr2hT9vBq6LsN1mE', 'confirmar_cita', { cita_id: 'CT-VLC-20931' }]] },
    'Perfecto, su cita queda confirmada: endodoncia del molar 36 con la Dra. Ibáñez el jueves 21 de noviembre a las 16:00. Le hemos enviado el recordatorio por SMS. ¡Hasta el jueves!',
  ],
}));
writeJsonl(out, 'traces.jsonl', lines);
