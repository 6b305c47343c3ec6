// HR self-service assistant (LangGraph.js, MemorySaver) that keeps only the last messages of the thread in the prompt.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';
const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');

const t = tracing('portal-empleado-rrhh');
const THREAD = 'th_01HZK4V9R2M8QX3T6';
const USER = 'EMP-40417';

const festivos_locales = tool(async ({ municipio, mes }) => JSON.stringify({ municipio, mes, festivos: [{ fecha: '2025-03-19', nombre: 'San José' }] }), {
  name: 'festivos_locales', description: 'Festivos locales de un municipio.', schema: z.object({ municipio: z.string(), mes: z.number() }) });
const horas_formacion = tool(async ({ empleado, jornada }) => JSON.stringify({ empleado, jornada, horas_anuales: jornada === 'completa' ? 40 : 20, consumidas: 0 }), {
  name: 'horas_formacion_disponibles', description: 'Bolsa anual de horas de formación según convenio (proporcional a la jornada).',
  schema: z.object({ empleado: z.string(), jornada: z.enum(['completa', 'parcial_50', 'parcial_75']) }) });
const inscribir = tool(async ({ empleado, curso, horas }) => JSON.stringify({ solicitud: 'FOR-2025-00871', empleado, curso, horas, estado: 'aprobada_automaticamente' }), {
  name: 'inscribir_curso', description: 'Inscribe al empleado en un curso con cargo a su bolsa de horas.',
  schema: z.object({ empleado: z.string(), curso: z.string(), horas: z.number() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: 'Gracias, Lucía. He tomado nota: media jornada, 20 horas semanales, desde enero. ¿En qué te puedo ayudar?' },
  { content: '', tool_calls: [{ name: 'festivos_locales', args: { municipio: 'València', mes: 3 } }] },
  { content: 'En marzo el festivo local de València es el 19 (San José).' },
  { content: '', tool_calls: [{ name: 'horas_formacion_disponibles', args: { empleado: USER, jornada: 'completa' } }] },
  { content: '', tool_calls: [{ name: 'inscribir_curso', args: { empleado: USER, curso: 'Excel avanzado y Power BI (36 h)', horas: 36 } }] },
  { content: 'Listo: tienes 40 horas de formación este año y te he inscrito en «Excel avanzado y Power BI» (36 h). Solicitud FOR-2025-00871, aprobada.' },
] });
const app = await reactGraph({ model, tools: [festivos_locales, horas_formacion, inscribir], checkpointer: new MemorySaver(), name: 'asistente_rrhh',
  prepare: (m) => [new SystemMessage('Eres el asistente de RR. HH. de Grupo Levante Servicios. Convenio: bolsa de formación proporcional a la jornada.'), ...m.slice(-4)] });

const cfg = { configurable: { thread_id: THREAD }, metadata: { session_id: THREAD } };
for (const text of [
  'Hola, soy Lucía Ortega (EMP-40417). Te aviso de que desde enero trabajo a media jornada, 20 horas a la semana.',
  '¿Qué festivo local hay en València en marzo?',
  '¿Cuántas horas de formación me quedan? Si me llegan, apúntame al curso de Excel avanzado y Power BI de 36 horas.',
]) await t.turn({ userId: USER }, () => app.invoke({ messages: [new HumanMessage(text)] }, cfg));
t.write(path.join(here, 'traces.otlp.jsonl'));
