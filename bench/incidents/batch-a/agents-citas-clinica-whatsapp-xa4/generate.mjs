// Asistente de citas de una clínica por WhatsApp. El servicio guarda el historial de la conversación
// en una variable del módulo (pensada para un solo chat) y la reutiliza en la siguiente conversación.
// OpenAI Agents SDK (JS) con un modelo guionizado, sin red. Escribe trace.jsonl junto a este script.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const pacientes = {
  '34611208457': { id: 'PAC-004471', nombre: 'María Fuentes Llorente' },
  '34699013520': { id: 'PAC-005820', nombre: 'Jorge Salinas Pardo' },
};

const buscarCitas = tool({
  name: 'buscar_citas',
  description: 'Citas futuras de un paciente.',
  parameters: z.object({ paciente_id: z.string() }),
  execute: async ({ paciente_id }) => JSON.stringify(paciente_id === 'PAC-004471'
    ? { paciente_id, citas: [{ cita_id: 'CT-90233', especialidad: 'Dermatología', profesional: 'Dra. Inés Ibáñez', fecha: '2026-03-10', hora: '09:15', sala: 'Consulta 2.14' }] }
    : { paciente_id, citas: [{ cita_id: 'CT-90871', especialidad: 'Análisis clínicos (extracción)', profesional: 'Enfermería – Laboratorio', fecha: '2026-03-13', hora: '08:00', sala: 'Planta baja, box 3', preparacion: 'Ayuno de 8 horas' }] }),
});

const huecosLibres = tool({
  name: 'huecos_libres',
  description: 'Huecos libres de un profesional en una fecha.',
  parameters: z.object({ profesional: z.string(), fecha: z.string() }),
  execute: async ({ fecha }) => JSON.stringify({ fecha, huecos: ['09:45', '10:30', '12:00'] }),
});

const reprogramarCita = tool({
  name: 'reprogramar_cita',
  description: 'Cambia la fecha y hora de una cita existente.',
  parameters: z.object({ cita_id: z.string(), fecha: z.string(), hora: z.string() }),
  execute: async ({ cita_id, fecha, hora }) => JSON.stringify({ ok: true, cita_id, fecha, hora, especialidad: 'Dermatología', profesional: 'Dra. Inés Ibáñez', sala: 'Consulta 2.14', preparacion: 'Ninguna' }),
});

const enviarSms = tool({
  name: 'enviar_sms',
  description: 'Envía un SMS de recordatorio al teléfono registrado del paciente.',
  parameters: z.object({ paciente_id: z.string(), texto: z.string() }),
  execute: async ({ paciente_id }) => JSON.stringify({ enviado: true, paciente_id, sms_id: 'sms-7f41c0e2', destino: '+34 699 *** 520' }),
});

function makeAgent(model) {
  return new Agent({
    name: 'Recepción Clínica Levante',
    instructions: (ctx) => `Eres la recepción virtual de la Clínica Levante. Hablas con el paciente ${ctx.context.paciente.nombre} (id ${ctx.context.paciente.id}). Solo puedes gestionar las citas de este paciente. Tono cercano y breve.`,
    model, tools: [buscarCitas, huecosLibres, reprogramarCita, enviarSms],
  });
}

// Historial compartido a nivel de módulo (el worker lo reutiliza entre chats).
let historial = [];

// Conversación 1: María cambia su cita de dermatología.
{
  const model = scriptedModel([
    { tool_calls: [{ name: 'buscar_citas', args: { paciente_id: 'PAC-004471' } }] },
    { tool_calls: [{ name: 'huecos_libres', args: { profesional: 'Dra. Inés Ibáñez', fecha: '2026-03-12' } }] },
    { tool_calls: [{ name: 'reprogramar_cita', args: { cita_id: 'CT-90233', fecha: '2026-03-12', hora: '10:30' } }] },
    { content: 'Hecho, María 😊 Tu cita de Dermatología con la Dra. Ibáñez pasa al jueves 12 de marzo a las 10:30, en la Consulta 2.14. No necesitas ninguna preparación especial.' },
  ], { seed: 'wa-34611208457' });
  const tel = '34611208457';
  const runner = new Runner({ groupId: 'wa:' + tel + ':2026-03-09', workflowName: 'Citas WhatsApp', traceMetadata: { user_id: pacientes[tel].id, canal: 'whatsapp' } });
  const r = await runner.run(makeAgent(model),
    [...historial, { role: 'user', content: 'Hola, tengo cita el martes 10 con la dermatóloga pero no puedo ir. ¿Me la podéis pasar al jueves 12 a media mañana?' }],
    { context: { paciente: pacientes[tel] } });
  historial = r.history;
}

// Conversación 2: Jorge pregunta por su propia cita, desde otro teléfono, minutos después.
{
  const model = scriptedModel([
    { tool_calls: [{ name: 'enviar_sms', args: { paciente_id: 'PAC-005820', texto: 'Clínica Levante: recordatorio de su cita de Dermatología con la Dra. Inés Ibáñez el jueves 12/03 a las 10:30, Consulta 2.14. No requiere preparación.' } }] },
    { content: 'Claro, Jorge. Tu cita es el jueves 12 de marzo a las 10:30 con la Dra. Ibáñez (Dermatología), en la Consulta 2.14. No hace falta que vengas en ayunas. Te acabo de mandar el recordatorio por SMS.' },
  ], { seed: 'wa-34699013520' });
  const tel = '34699013520';
  const runner = new Runner({ groupId: 'wa:' + tel + ':2026-03-09', workflowName: 'Citas WhatsApp', traceMetadata: { user_id: pacientes[tel].id, canal: 'whatsapp' } });
  const r = await runner.run(makeAgent(model),
    [...historial, { role: 'user', content: 'Buenas, ¿me recordáis a qué hora tengo la cita de esta semana y si tengo que ir en ayunas? Mandádmelo por SMS porfa' }],
    { context: { paciente: pacientes[tel] } });
  historial = r.history;
}

writeTrace(here, 'trace.jsonl');
