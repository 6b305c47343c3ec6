// HR self-service assistant (Spanish): three turns on one LangGraph thread with a MemorySaver;
// the app trims the history it sends to the model to the last five messages.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';
const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('portal-empleado-rrhh', { 'service.version': '3.8.1' });
const SYSTEM = new SystemMessage('Eres el asistente de RR. HH. de Grupo Albéniz. Responde en español y usa las herramientas del portal.');

const saldoVacaciones = tool(async ({ empleado }) => JSON.stringify({ empleado, dias_disponibles: 14, dias_pendientes_aprobacion: 2, anio: 2025 }), {
  name: 'saldo_vacaciones', description: 'Días de vacaciones disponibles de un empleado.',
  schema: z.object({ empleado: z.string() }) });
const listarConvocatorias = tool(async ({ curso }) => JSON.stringify({ curso, convocatorias: [
  { id: 'PRL-25-061', fecha: '2025-02-07', dia: 'viernes', horario: '09:00-14:00', sede: 'Zaragoza (presencial)', plazas: 6 },
  { id: 'PRL-25-064', fecha: '2025-02-11', dia: 'martes', horario: '15:00-20:00', sede: 'online', plazas: 11 },
  { id: 'PRL-25-070', fecha: '2025-02-19', dia: 'miércoles', horario: '09:00-14:00', sede: 'Zaragoza (presencial)', plazas: 3 },
] }), { name: 'listar_convocatorias', description: 'Convocatorias abiertas de un curso de formación.',
  schema: z.object({ curso: z.string() }) });
const inscribir = tool(async ({ empleado, convocatoria }) => JSON.stringify({ empleado, convocatoria, estado: 'inscrito', justificante: 'INS-2025-003918' }), {
  name: 'inscribir_formacion', description: 'Inscribe a un empleado en una convocatoria.',
  schema: z.object({ empleado: z.string(), convocatoria: z.string() }) });

const model = new ScriptedChatModel({ replies: [
  { content: 'Gracias, Lucía. Lo tengo en cuenta para lo que gestionemos hoy. ¿En qué te ayudo?' },
  { content: '', tool_calls: [{ name: 'saldo_vacaciones', args: { empleado: 'E-40217' } }] },
  { content: 'Tienes 14 días disponibles en 2025 y otros 2 pendientes de aprobación.' },
  { content: '', tool_calls: [{ name: 'listar_convocatorias', args: { curso: 'PRL básico (60 h)' } }] },
  { content: '', tool_calls: [{ name: 'inscribir_formacion', args: { empleado: 'E-40217', convocatoria: 'PRL-25-061' } }] },
  { content: 'Listo: te he inscrito en la convocatoria PRL-25-061, el viernes 7 de febrero de 09:00 a 14:00 en la sede de Zaragoza, la primera fecha disponible. Justificante INS-2025-003918.' },
] });
const app = await reactGraph({ model, tools: [saldoVacaciones, listarConvocatorias, inscribir], name: 'AsistenteRRHH',
  checkpointer: new MemorySaver(), prepare: (msgs) => [SYSTEM, ...msgs.slice(-5)] });

const cfg = { configurable: { thread_id: 'hilo-E40217-20250120' }, metadata: { thread_id: 'hilo-E40217-20250120' } };
const say = (text) => t.turn({ userId: 'E-40217' }, () => app.invoke({ messages: [new HumanMessage(text)] }, cfg));
await say('Hola, soy Lucía Ferrer (E-40217). Antes de nada: tengo reducción de jornada por guarda legal y los viernes no trabajo, y además no puedo desplazarme a ninguna sede hasta que termine mi permiso el 28 de febrero. Todo lo que me apuntes tiene que ser de lunes a jueves y online.');
await say('¿Cuántos días de vacaciones me quedan este año?');
await say('Vale. Me toca el curso obligatorio de PRL básico, apúntame en la convocatoria que mejor me venga.');
t.write(path.join(here, 'traces.jsonl'));
