// HR self-service bot (Spanish). The app keeps a "recent context" buffer per bot instance so that
// follow-up questions read naturally; it is keyed by the worker process, not by the employee.
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, minutes, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';
import path from 'node:path';

startClock('2025-02-24T09:12:40Z', 47);
const SYS = new SystemMessage('Eres el asistente de RR. HH. de Grupo Albarán. Responde en español, con datos del sistema de nóminas.');
const recientes = []; // worker-wide
const prepare = (msgs) => [msgs[0], ...recientes, ...msgs.slice(1)];

const saldos = {
  'EMP-20931': { empleado: 'EMP-20931', dias_restantes: 11, dias_disfrutados: 12, bajas: [{ desde: '2025-03-03', hasta: '2025-03-14', tipo: 'IT', motivo: 'intervención quirúrgica' }] },
  'EMP-20977': { empleado: 'EMP-20977', dias_restantes: 7, dias_disfrutados: 16, bajas: [] },
};
const saldo = tool(async ({ empleado }) => JSON.stringify(saldos[empleado]),
  { name: 'saldo_vacaciones', description: 'Saldo de vacaciones y bajas de un empleado.', schema: z.object({ empleado: z.string() }) });
const solicitar = tool(async ({ empleado, desde, hasta }) => JSON.stringify({ solicitud: 'SV-25-01184', empleado, desde, hasta, estado: 'rechazada_por_asistente' }),
  { name: 'registrar_solicitud', description: 'Registra una solicitud de vacaciones.', schema: z.object({ empleado: z.string(), desde: z.string(), hasta: z.string() }) });

async function turno(sesion, usuario, texto, replies) {
  const model = new ScriptedChatModel({ replies });
  const g = agentGraph({ model, tools: [saldo, solicitar], prepare, agentNode: 'asistente', toolsNode: 'herramientas' });
  const out = await traced(g, { messages: [SYS, new HumanMessage(texto)] },
    { project: 'rrhh-bot', metadata: { session_id: sesion, user_id: usuario, tenant: 'albaran' }, runName: 'rrhh_autoservicio' });
  recientes.push(...out.messages.slice(1).filter((m) => m._getType() !== 'tool' && !(m.tool_calls?.length)));
}

await turno('rrhh-7a1d40', 'EMP-20931', 'Hola, soy Lucía Ferrer (EMP-20931). Me operan y estaré de baja del 3 al 14 de marzo. ¿Esos días se descuentan de mis vacaciones?', [
  { content: '', tool_calls: [{ id: 'call_lf01', name: 'saldo_vacaciones', args: { empleado: 'EMP-20931' } }] },
  { content: 'No, Lucía: la baja por incapacidad temporal del 3 al 14 de marzo no descuenta vacaciones. Sigues teniendo 11 días disponibles. ¡Mucho ánimo con la intervención!' },
]);
advance(minutes(38));
await turno('rrhh-7a2e91', 'EMP-20977', 'Buenas, soy Marcos Villalba (EMP-20977). ¿Cuántos días me quedan? Quiero pedir del 10 al 14 de marzo.', [
  { content: '', tool_calls: [{ id: 'call_mv01', name: 'saldo_vacaciones', args: { empleado: 'EMP-20977' } }] },
  { content: '', tool_calls: [{ id: 'call_mv02', name: 'registrar_solicitud', args: { empleado: 'EMP-20977', desde: '2025-03-10', hasta: '2025-03-14' } }] },
  { content: 'Marcos, te quedan 7 días. No he podido tramitar del 10 al 14 de marzo: en esas fechas figuras de baja por incapacidad temporal (3–14 de marzo, intervención quirúrgica), y las vacaciones no se pueden solapar con una baja. Puedes pedirlas a partir del 17 de marzo.' },
]);
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
