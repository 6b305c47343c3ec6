// Payroll overtime (Spanish): clock-in durations come back as "HH:MM" strings, the agent sends them to the
// payroll tool whose schema wants decimal hours.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here, HumanMessage, SystemMessage, z }
  from '../../harness/langsmith/lib.mjs';

startClock('2025-05-30T15:02:47.000Z', 58);
const consultarFichajes = tool(async ({ empleado, semana }) => JSON.stringify({
  empleado, semana, jornada_pactada: '40:00',
  dias: [
    { fecha: '2025-05-26', trabajado: '09:15' }, { fecha: '2025-05-27', trabajado: '08:00' },
    { fecha: '2025-05-28', trabajado: '09:45' }, { fecha: '2025-05-29', trabajado: '08:30' },
    { fecha: '2025-05-30', trabajado: '08:00' } ],
  total_trabajado: '43:30', horas_extra: '03:30' }),
{ name: 'consultar_fichajes', description: 'Devuelve los fichajes semanales de un empleado (duraciones en formato HH:MM).',
  schema: z.object({ empleado: z.string(), semana: z.string() }) });
const registrarHorasExtra = tool(async ({ empleado, semana, horas_decimales, tarifa_eur_hora }) => JSON.stringify({
  ok: true, id_apunte: 'NOM-2025-22-004417', empleado, semana, horas_decimales, importe_eur: Math.round(horas_decimales * tarifa_eur_hora * 100) / 100 }),
{ name: 'registrar_horas_extra', description: 'Registra horas extra en la nómina. horas_decimales: horas en decimal (p. ej. 1.25 = 1 h 15 min).',
  schema: z.object({ empleado: z.string(), semana: z.string(), horas_decimales: z.number(), tarifa_eur_hora: z.number() }) });

const model = new ScriptedChatModel({ model: 'claude-3-5-haiku-20241022', provider: 'anthropic', replies: [
  { tool_calls: [{ id: 'toolu_01HbQ7w3sXfR2k', name: 'consultar_fichajes', args: { empleado: 'E-30418', semana: '2025-W22' } }] },
  { tool_calls: [{ id: 'toolu_01NcV8p1tLmY6d', name: 'registrar_horas_extra',
    args: { empleado: 'E-30418', semana: '2025-W22', horas_decimales: 3.3, tarifa_eur_hora: 21.4 } }] },
  { content: 'Hecho. He registrado 3,3 horas extra de Lucía Ferrer (E-30418) en la semana 22, a 21,40 €/h: 70,62 € en la nómina de junio (apunte NOM-2025-22-004417).' },
] });
const graph = agentGraph({ model, tools: [consultarFichajes, registrarHorasExtra], agentNode: 'asistente_nominas' });
await traced(graph, { messages: [
  new SystemMessage('Eres el asistente de nóminas de Grupo Sarrià. Las horas extra se pagan a la tarifa del convenio: 21,40 €/h.'),
  new HumanMessage('Hola, ¿puedes pasar a nómina las horas extra de Lucía Ferrer (E-30418) de esta semana? Gracias.'),
] }, { project: 'rrhh-nominas', metadata: { session_id: 'rrhh-7c1e0b2a-4f95-4d1e-9a63-2b8d5e0f1c47', user_id: 'gestor.mpuig' } });
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
