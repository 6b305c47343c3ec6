// Asistente de secretaría académica (español): agente LangGraph.js con MemorySaver que consulta plazas
// en el sistema de gestión académica y gestiona listas de espera y cambios de grupo. Modelo con guion,
// trazas OpenInference. Dos turnos de una misma conversación.
// Ejecutar desde la raíz del repositorio: node bench/incidents/batch-a/oinf-matricula-grupo-lleno-vv3/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('secretaria-virtual', { 'deployment.environment': 'pro', 'service.namespace': 'uni-gestion' });
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

let intentosG11 = 0;
const plazas = tool(async ({ asignatura, grupo }) => {
  if (grupo === 'G11' && intentosG11++ === 0) throw new Error('SIGMA-WS 504 Gateway Timeout (consultaPlazasGrupo, 30002 ms)');
  const g = { G11: { turno: 'mañana', plazas_totales: 60, matriculados: 60, plazas_libres: 0, lista_espera: 4 },
    G12: { turno: 'tarde', plazas_totales: 55, matriculados: 48, plazas_libres: 7, lista_espera: 0 } }[grupo];
  return JSON.stringify({ asignatura, grupo, curso: '2025-26', cuatrimestre: 1, ...g, consultado: '2025-09-03T10:41:07+02:00' });
}, { name: 'consultar_plazas', description: 'Plazas de un grupo de una asignatura en SIGMA.',
  schema: z.object({ asignatura: z.string(), grupo: z.string() }) });

const listaEspera = tool(async ({ niu, asignatura, grupo }) => JSON.stringify({ niu, asignatura, grupo, posicion: 5,
  aviso: 'Se notificará por correo institucional si se libera una plaza (plazo de aceptación 48 h).' }),
{ name: 'inscribir_lista_espera', description: 'Inscribe al estudiante en la lista de espera de un grupo.',
  schema: z.object({ niu: z.string(), asignatura: z.string(), grupo: z.string() }) });

const cambioGrupo = tool(async ({ niu, asignatura, grupo_destino }) => JSON.stringify({ solicitud: 'CG-25-018833', niu, asignatura,
  grupo_origen: null, grupo_destino, estado: 'RESUELTA', importe_adicional_eur: 0,
  observaciones: 'Créditos ya abonados en la matrícula anual; la asignación de grupo no genera cargo.' }),
{ name: 'asignar_grupo', description: 'Asigna (o cambia) el grupo de una asignatura ya matriculada.',
  schema: z.object({ niu: z.string(), asignatura: z.string(), grupo_destino: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  // Turno 1
  { tool_calls: [{ name: 'consultar_plazas', args: { asignatura: '20533-BDII', grupo: 'G11' } }] },
  { tool_calls: [{ name: 'consultar_plazas', args: { asignatura: '20533-BDII', grupo: 'G11' } }] },
  { tool_calls: [{ name: 'consultar_plazas', args: { asignatura: '20533-BDII', grupo: 'G12' } }] },
  { content: 'He consultado SIGMA (la primera consulta dio un timeout y la repetí). Para Bases de Datos II:\n'
    + '• G11 (mañana): las 60 plazas están ocupadas, 0 libres, y ya hay 4 personas en lista de espera.\n'
    + '• G12 (tarde): quedan 7 plazas libres.\n'
    + '¿Quieres que te apunte a la lista de espera del G11, que te asigne al G12, o ambas cosas?' },
  // Turno 2
  { tool_calls: [{ name: 'inscribir_lista_espera', args: { niu: '1456789', asignatura: '20533-BDII', grupo: 'G11' } }] },
  { tool_calls: [{ name: 'asignar_grupo', args: { niu: '1456789', asignatura: '20533-BDII', grupo_destino: 'G12' } }] },
  { content: 'Hecho:\n• Estás en la lista de espera del G11 en la posición 5. Si se libera una plaza te llegará un correo y tendrás 48 h para aceptarla.\n'
    + '• Mientras tanto quedas asignado al G12 (tarde), solicitud CG-25-018833, ya resuelta. No tiene coste adicional: los créditos ya estaban abonados en tu matrícula anual.' },
] });

const system = new SystemMessage('Eres la secretaría virtual de la Facultad de Informática. Atiendes a estudiantes identificados. '
  + 'No realices inscripciones ni cambios sin confirmación explícita del estudiante. Estudiante: NIU 1456789.');
const app = await reactGraph({ model, tools: [plazas, listaEspera, cambioGrupo], checkpointer: new MemorySaver(), name: 'secretaria' });
const hilo = 'sv-2509-1456789-0003';
const cfg = { configurable: { thread_id: hilo } };
await t.turn({ userId: 'niu-1456789' }, () => app.invoke({ messages: [system, new HumanMessage(
  'Hola, quiero cursar Bases de Datos II (20533) en el grupo de mañana, el G11. ¿Me podéis matricular ahí?')] }, cfg));
await t.turn({ userId: 'niu-1456789' }, () => app.invoke({ messages: [new HumanMessage(
  'Vaya. Apúntame a la lista de espera del G11 y, mientras tanto, ponme en el G12.')] }, cfg));
t.write(path.join(here, 'traces.otlp.jsonl'));
