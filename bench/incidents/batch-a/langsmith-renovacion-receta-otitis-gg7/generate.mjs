// Asistente de telemedicina (español): conversación de varios turnos con checkpointer; antes de cada
// llamada al modelo se recorta el historial a los últimos mensajes (ventana de contexto).
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  SystemMessage, HumanMessage, MemorySaver, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-01-13T17:31:20.000Z', 44);
const dir = here(import.meta.url);

const sys = new SystemMessage('Eres el asistente de la Clínica Sant Joan Digital. Ayudas a pacientes con citas, síntomas leves y solicitudes de receta que revisa un médico de guardia.');
// Ventana deslizante: sistema + últimos 6 mensajes.
const prepare = async (messages) => [sys, ...messages.filter((m) => m._getType() !== 'system').slice(-6)];

const historial = tool(async ({ paciente_id }) => JSON.stringify({ paciente_id, nombre: 'Lucía Ferrer Soler', edad: 34,
  ultima_visita: '2024-11-02', diagnosticos_previos: ['faringitis aguda (2024-11)'], medicacion_activa: [], alergias_registradas: [] }),
{ name: 'consultar_historial', description: 'Historia clínica resumida del paciente.', schema: z.object({ paciente_id: z.string() }) });

const huecos = tool(async ({ especialidad }) => JSON.stringify({ especialidad, huecos: ['2025-01-15 10:20', '2025-01-15 12:40', '2025-01-16 09:00'] }),
{ name: 'buscar_huecos', description: 'Huecos libres de consulta.', schema: z.object({ especialidad: z.string() }) });

const receta = tool(async ({ paciente_id, principio_activo, posologia, motivo }) => JSON.stringify({ solicitud: 'RX-25-0113-7791', paciente_id,
  principio_activo, posologia, motivo, estado: 'ENVIADA_A_MEDICO_GUARDIA', aprobacion_estimada: '< 2 h' }),
{ name: 'solicitar_receta', description: 'Envía una solicitud de receta al médico de guardia (prerrellenada).',
  schema: z.object({ paciente_id: z.string(), principio_activo: z.string(), posologia: z.string(), motivo: z.string() }) });

const model = new ScriptedChatModel({ model: 'claude-3-5-sonnet-20241022', provider: 'anthropic', replies: [
  // turno 1
  { tool_calls: [{ id: 'toolu_01AbX9', name: 'consultar_historial', args: { paciente_id: 'PAC-204117' } }] },
  { content: 'Gracias, Lucía. Tomo nota de que eres alérgica a la penicilina; lo tendré en cuenta. Cuéntame, ¿qué síntomas tienes y desde cuándo?' },
  // turno 2
  { content: 'Dolor de oído derecho con fiebre de 38,4 °C desde hace dos días puede ser una otitis media. ¿Notas supuración o pérdida de audición?' },
  // turno 3
  { tool_calls: [{ id: 'toolu_01CdY2', name: 'buscar_huecos', args: { especialidad: 'medicina_general' } }] },
  { content: 'Lo más rápido presencialmente es el miércoles 15 a las 10:20. Si prefieres no esperar, puedo pedir al médico de guardia una receta para empezar tratamiento hoy.' },
  // turno 4
  { tool_calls: [{ id: 'toolu_01EfZ7', name: 'solicitar_receta', args: { paciente_id: 'PAC-204117', principio_activo: 'amoxicilina 500 mg',
    posologia: '1 cápsula cada 8 horas durante 7 días', motivo: 'otitis media aguda, fiebre 38,4 °C, 48 h de evolución' } }] },
  { content: 'Listo: he enviado la solicitud RX-25-0113-7791 al médico de guardia con amoxicilina 500 mg cada 8 horas, 7 días. Suele aprobarse en menos de 2 horas y te llegará por SMS para recogerla en cualquier farmacia.' },
] });

const app = agentGraph({ model, tools: [historial, huecos, receta], checkpointer: new MemorySaver(), prepare, name: 'asistente_clinica' });
const cfg = { project: 'telemedicina-es', metadata: { thread_id: 'sjd-chat-8c21f0e4', user_id: 'PAC-204117' }, configurable: { thread_id: 'sjd-chat-8c21f0e4' } };

const turnos = [
  [sys, new HumanMessage('Hola, soy Lucía (PAC-204117). Antes de nada: soy alérgica a la penicilina, me dio una reacción fuerte hace años y no sé si lo tenéis apuntado.')],
  [new HumanMessage('Me duele mucho el oído derecho y tengo 38,4 de fiebre desde el sábado.')],
  [new HumanMessage('No supura, pero oigo un poco peor. ¿Me podéis ver pronto?')],
  [new HumanMessage('El miércoles no puedo. Pide la receta, por favor, que así empiezo hoy.')],
];
for (const [i, msgs] of turnos.entries()) {
  advance(i === 0 ? 200 : minutes(1), i === 0 ? 400 : minutes(3));
  await traced(app, { messages: msgs }, cfg);
}

writeRuns(path.join(dir, 'runs.jsonl'));
