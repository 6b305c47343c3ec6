// Farmacia comunitaria: un agente LangGraph ayuda al farmacéutico a validar una receta electrónica.
// Sin red: modelo de chat con guion, spans OpenInference exportados como OTLP/JSON (una línea por turno).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('botica-asistente', { 'deployment.environment': 'produccion', 'host.name': 'farm-zgz-031' });

const leerReceta = tool(async ({ id_receta }) => JSON.stringify({
  id_receta, paciente: 'CIP ARGN 7741 0093', prescriptor: 'Dra. L. Sanz (col. 50/28114)',
  medicamento: 'Ibuprofeno 600 mg 40 comprimidos recubiertos', posologia: '1 comp. cada 8 h durante 7 días',
  fecha_prescripcion: '2024-11-18', estado: 'pendiente de dispensar',
}), {
  name: 'leer_receta', description: 'Recupera una receta electrónica del nodo autonómico.',
  schema: z.object({ id_receta: z.string() }),
});

const tratamientoActivo = tool(async ({ paciente }) => JSON.stringify({
  paciente, tratamientos_activos: [
    { principio_activo: 'acenocumarol', marca: 'Sintrom 4 mg', pauta: 'según control INR', desde: '2021-06-02' },
    { principio_activo: 'omeprazol', marca: 'Omeprazol 20 mg', pauta: '1-0-0', desde: '2021-06-02' },
    { principio_activo: 'atorvastatina', marca: 'Atorvastatina 40 mg', pauta: '0-0-1', desde: '2023-01-17' },
  ],
}), {
  name: 'tratamiento_activo', description: 'Medicación crónica activa del paciente (historia farmacoterapéutica).',
  schema: z.object({ paciente: z.string() }),
});

const comprobarInteracciones = tool(async ({ principios_activos }) => JSON.stringify({
  consulta: principios_activos, interacciones: [], total: 0,
  origen: 'cache_local', bd_version: '1970-01-01T00:00:00Z',
}), {
  name: 'comprobar_interacciones', description: 'Comprueba interacciones entre principios activos contra la base de datos de referencia.',
  schema: z.object({ principios_activos: z.array(z.string()) }),
});

const registrarDispensacion = tool(async ({ id_receta, validacion_farmaceutica }) => JSON.stringify({
  id_receta, dispensacion: 'DSP-50-0031-118842', validacion_farmaceutica, estado: 'dispensada', fecha: '2024-11-19T10:42:07+01:00',
}), {
  name: 'registrar_dispensacion', description: 'Registra la dispensación de la receta en el nodo y la marca como dispensada.',
  schema: z.object({ id_receta: z.string(), validacion_farmaceutica: z.string() }),
});

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'leer_receta', args: { id_receta: 'RE-AR-2024-1118-55207' } }] },
  { tool_calls: [{ name: 'tratamiento_activo', args: { paciente: 'CIP ARGN 7741 0093' } }] },
  { tool_calls: [{ name: 'comprobar_interacciones', args: { principios_activos: ['ibuprofeno', 'acenocumarol', 'omeprazol', 'atorvastatina'] } }] },
  { content: 'No aparecen interacciones relevantes con la medicación crónica. Registro la dispensación.',
    tool_calls: [{ name: 'registrar_dispensacion', args: { id_receta: 'RE-AR-2024-1118-55207', validacion_farmaceutica: 'Sin interacciones detectadas con tratamiento activo (acenocumarol, omeprazol, atorvastatina).' } }] },
  { content: 'Receta RE-AR-2024-1118-55207 validada y dispensada (DSP-50-0031-118842): ibuprofeno 600 mg, 1 comprimido cada 8 h durante 7 días. He revisado la medicación crónica del paciente (Sintrom 4 mg, omeprazol 20 mg, atorvastatina 40 mg) y no hay interacciones, así que puede entregarse sin más.' },
] });

const app = await reactGraph({ model, tools: [leerReceta, tratamientoActivo, comprobarInteracciones, registrarDispensacion], name: 'validacion-receta' });

await t.turn({ userId: 'farm-col-50-4412' }, () => app.invoke({ messages: [
  new SystemMessage('Eres el asistente de validación farmacéutica. Antes de dispensar, revisa la medicación activa del paciente y comprueba interacciones. Si hay una interacción grave, no dispenses y avisa al farmacéutico.'),
  new HumanMessage('Tengo en mostrador la receta RE-AR-2024-1118-55207, ¿la puedes validar y dejarla dispensada?'),
] }, { metadata: { conversation_id: 'mostrador2-20241119-1041' } }));

t.write(path.join(here, 'spans.jsonl'));
