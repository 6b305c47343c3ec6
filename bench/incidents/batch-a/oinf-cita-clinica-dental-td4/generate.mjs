// Recepción virtual de una clínica dental (canal WhatsApp): agente LangGraph con MemorySaver por
// conversación; antes de cada llamada al modelo el historial se recorta con trimMessages para no
// pasar de la ventana configurada. Offline: modelo guionizado, spans OpenInference en OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage, trimMessages } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('recepcion-dental-wa', { 'service.version': '1.12.0', 'deployment.environment': 'produccion' });

const buscarPaciente = tool(async ({ dni }) => JSON.stringify({
  id_paciente: 'P-0048213', nombre: 'Lucía Ferrer Soler', dni, aseguradora: 'Sanitas Dental 21',
  ultima_visita: '2024-02-07', odontologa_habitual: 'Dra. Marta Ibáñez',
}), { name: 'buscar_paciente', description: 'Busca la ficha del paciente por DNI/NIE.', schema: z.object({ dni: z.string() }) });

const huecos = {
  '2025-05-12': [
    { hueco_id: 'H-250512-0900', dia: 'lunes 12/05', hora: '09:00', profesional: 'Dra. Marta Ibáñez' },
    { hueco_id: 'H-250513-1030', dia: 'martes 13/05', hora: '10:30', profesional: 'Dr. Andrés Pol' },
    { hueco_id: 'H-250513-1730', dia: 'martes 13/05', hora: '17:30', profesional: 'Dra. Marta Ibáñez' },
    { hueco_id: 'H-250515-1815', dia: 'jueves 15/05', hora: '18:15', profesional: 'Dra. Marta Ibáñez' },
    { hueco_id: 'H-250516-1200', dia: 'viernes 16/05', hora: '12:00', profesional: 'Dr. Andrés Pol' },
  ],
  '2025-05-19': [
    { hueco_id: 'H-250519-0830', dia: 'lunes 19/05', hora: '08:30', profesional: 'Dra. Marta Ibáñez' },
    { hueco_id: 'H-250519-1600', dia: 'lunes 19/05', hora: '16:00', profesional: 'Dr. Andrés Pol' },
    { hueco_id: 'H-250520-1100', dia: 'martes 20/05', hora: '11:00', profesional: 'Dra. Marta Ibáñez' },
    { hueco_id: 'H-250520-1745', dia: 'martes 20/05', hora: '17:45', profesional: 'Dra. Marta Ibáñez' },
    { hueco_id: 'H-250522-1715', dia: 'jueves 22/05', hora: '17:15', profesional: 'Dr. Andrés Pol' },
  ],
};
const consultarHuecos = tool(async ({ desde, hasta, tratamiento }) => JSON.stringify({
  tratamiento, desde, hasta, duracion_min: 45, huecos: huecos[desde] ?? [],
}), { name: 'consultar_huecos', description: 'Huecos libres de agenda para un tratamiento entre dos fechas.',
  schema: z.object({ tratamiento: z.string(), desde: z.string(), hasta: z.string() }) });

const cobertura = tool(async ({ id_paciente, tratamiento }) => JSON.stringify({
  id_paciente, tratamiento, poliza: 'Sanitas Dental 21', cubierto: true, copago_eur: 0,
  limite: '1 limpieza por año natural', usadas_2025: 0,
}), { name: 'consultar_cobertura', description: 'Cobertura de la póliza del paciente para un tratamiento.',
  schema: z.object({ id_paciente: z.string(), tratamiento: z.string() }) });

const tarifas = tool(async ({ codigo, id_paciente }) => JSON.stringify({
  codigo, descripcion: 'Ortopantomografía digital', precio_privado_eur: 45, precio_poliza_eur: 18, id_paciente,
}), { name: 'consultar_tarifa', description: 'Precio de una prueba o tratamiento (privado y con póliza).',
  schema: z.object({ codigo: z.string(), id_paciente: z.string() }) });

const reservar = tool(async ({ id_paciente, hueco_id }) => JSON.stringify({
  estado: 'confirmada', localizador: 'CD-7Q4K2', id_paciente, hueco_id, recordatorio_sms: '24h antes',
}), { name: 'reservar_cita', description: 'Reserva un hueco de agenda para el paciente.',
  schema: z.object({ id_paciente: z.string(), hueco_id: z.string(), tratamiento: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  // turno 1
  { tool_calls: [{ name: 'buscar_paciente', args: { dni: '48213377K' } }] },
  { tool_calls: [{ name: 'consultar_huecos', args: { tratamiento: 'limpieza_revision', desde: '2025-05-12', hasta: '2025-05-16' } }] },
  { content: '¡Hola, Lucía! Te encuentro en la ficha. Para limpieza + revisión esta semana encajan con tu horario:\n'
    + '• martes 13/05 a las 17:30 con la Dra. Ibáñez\n• jueves 15/05 a las 18:15 con la Dra. Ibáñez\n¿Cuál prefieres?' },
  // turno 2
  { tool_calls: [{ name: 'consultar_cobertura', args: { id_paciente: 'P-0048213', tratamiento: 'limpieza_revision' } }] },
  { content: 'Sí: tu póliza Sanitas Dental 21 cubre una limpieza al año sin copago, y este año aún no la has usado.' },
  // turno 3
  { tool_calls: [{ name: 'consultar_tarifa', args: { codigo: 'RX-OPG', id_paciente: 'P-0048213' } }] },
  { content: 'La ortopantomografía, si la doctora la ve necesaria, te costaría 18 € con tu póliza (45 € en privado).' },
  // turno 4
  { tool_calls: [{ name: 'consultar_huecos', args: { tratamiento: 'limpieza_revision', desde: '2025-05-19', hasta: '2025-05-23' } }] },
  { tool_calls: [{ name: 'reservar_cita', args: { id_paciente: 'P-0048213', hueco_id: 'H-250519-0830', tratamiento: 'limpieza_revision' } }] },
  { content: 'Hecho ✅ Te he reservado el primer hueco libre de la semana siguiente: lunes 19/05 a las 08:30 con la Dra. Ibáñez '
    + '(localizador CD-7Q4K2). Te llegará un SMS de recordatorio 24 h antes.' },
] });

const SYSTEM = 'Eres la recepción virtual de Clínica Dental Ruzafa (Valencia). Tuteas al paciente, respondes breve, '
  + 'y solo reservas huecos que devuelva consultar_huecos.';
const approx = (msgs) => msgs.reduce((n, m) => n + Math.ceil((typeof m.content === 'string' ? m.content : JSON.stringify(m.content)).length / 4)
  + Math.ceil(JSON.stringify(m.tool_calls ?? []).length / 4) + 4, 0);
const trimmer = trimMessages({ maxTokens: 520, strategy: 'last', tokenCounter: approx, startOn: 'human' });
const prepare = async (messages) => {
  const kept = await trimmer.invoke(messages);
  if (process.env.TD4_DEBUG) console.error(`history ${messages.length} -> ${kept.length}`);
  return [new SystemMessage(SYSTEM), ...kept];
};

const app = await reactGraph({ model, tools: [buscarPaciente, consultarHuecos, cobertura, tarifas, reservar],
  prepare, checkpointer: new MemorySaver(), name: 'recepcion' });

const conv = { configurable: { thread_id: 'wa-34611802274' }, runName: 'recepcion' };
const user = { userId: '+34611802274' };
const say = (text) => t.turn(user, () => app.invoke({ messages: [new HumanMessage(text)] }, conv));

await say('Hola, soy Lucía Ferrer Soler, DNI 48213377K. Necesito una limpieza y revisión. Importante: solo puedo martes o jueves '
  + 'a partir de las 17:00, por las mañanas trabajo en el hospital.');
await say('Antes de decidir: ¿la limpieza me entra en la póliza de Sanitas?');
await say('¿Y si hace falta una ortopantomografía, cuánto sería?');
await say('Vale. Esta semana al final no puedo, me toca viajar. Mírame la semana siguiente y resérvame el primer hueco que me cuadre.');

t.write(path.join(here, 'traces.jsonl'));
