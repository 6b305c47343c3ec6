// Nóminas (Spanish HR): a severance settlement is prepared from the personnel record of a leaving employee.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here, HumanMessage, SystemMessage, z }
  from '../../harness/langsmith/lib.mjs';

startClock('2025-06-02T09:15:00+02:00', 77);

const consultarExpediente = tool(async ({ id_empleado }) => JSON.stringify({
  id_empleado, nombre: 'Lucía Ferrer Almeida', puesto: 'Técnica de almacén', centro: 'Zaragoza-Plaza',
  salario_bruto_anual: 24850.0, fecha_alta: new Date(0).toISOString(), tipo_contrato: 'indefinido',
  fuente: 'sap-hr-replica', sincronizado: '2025-06-02T03:00:11Z' }), {
  name: 'consultar_expediente', description: 'Devuelve los datos contractuales de un empleado desde la réplica de SAP HR.',
  schema: z.object({ id_empleado: z.string() }) });

const registrarFiniquito = tool(async (a) => JSON.stringify({ ...a, documento: 'FIN-2025-000931', estado: 'pendiente_firma',
  enviado_a: 'gestoria@asesoria-ebro.es' }), {
  name: 'registrar_finiquito', description: 'Registra el finiquito y la indemnización en nómina y lo envía a la gestoría.',
  schema: z.object({ id_empleado: z.string(), fecha_baja: z.string(), antiguedad_anios: z.number(),
    dias_por_anio: z.number(), indemnizacion_eur: z.number(), motivo: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ id: 'call_8sHh2KqLw1', name: 'consultar_expediente', args: { id_empleado: 'EMP-ZGZ-04417' } }] },
  { tool_calls: [{ id: 'call_pR4nM0xVe9', name: 'registrar_finiquito', args: {
      id_empleado: 'EMP-ZGZ-04417', fecha_baja: '2025-06-30', antiguedad_anios: 55.5, dias_por_anio: 20,
      indemnizacion_eur: 24850.0, motivo: 'despido objetivo (art. 52 c ET)' } }] },
  { content: 'Finiquito registrado (FIN-2025-000931) y enviado a la gestoría. Lucía Ferrer está de alta desde el 01/01/1970, es decir 55,5 años de antigüedad; a 20 días por año la indemnización alcanza el tope de 12 mensualidades: 24.850,00 €.' },
] });

const app = agentGraph({ model, tools: [consultarExpediente, registrarFiniquito] });
await traced(app, { messages: [
  new SystemMessage('Eres el asistente de nóminas de Logística Ebro S.L. Calcula finiquitos con los datos del expediente y regístralos.'),
  new HumanMessage('Prepara el finiquito de EMP-ZGZ-04417, despido objetivo con baja el 30 de junio. Indemnización de 20 días por año.') ] },
  { project: 'rrhh-nominas', metadata: { thread_id: 'th_7f3a91c2', user_id: 'mgarces' } });
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
