// Spanish primary-care prescribing assistant (LangGraph.js, scripted model). The e-prescription
// tool is offered to the model with the formulary's JSON schema; the prescribing backend behind it
// stores whatever number it receives.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('receta-asistente', { 'deployment.environment': 'sescam-pre' });

const paciente = tool(async ({ nhc }) => JSON.stringify({ nhc, edad: 58, sexo: 'M', peso_kg: 64, tsh_mUI_L: 9.8, t4l_ng_dL: 0.71,
  alergias: [], tratamientos_activos: [{ farmaco: 'omeprazol', dosis: '20 mg', pauta: 'cada 24 h' }] }),
{ name: 'consultar_paciente', description: 'Datos clínicos resumidos de un paciente por número de historia clínica.',
  schema: z.object({ nhc: z.string() }) });
const recetaSchemaDeclarado = z.object({
  nhc: z.string(),
  principio_activo: z.string(),
  dosis_mg: z.number().positive().max(0.3).describe('dosis por toma en miligramos (levotiroxina: 0,025 a 0,3 mg)'),
  pauta_horas: z.number().int(),
  indicaciones: z.string().optional(),
});
const handler = async ({ nhc, principio_activo, dosis_mg, pauta_horas, indicaciones }) => JSON.stringify({
  receta: 'RE-45-2025-0338120', nhc, principio_activo, dosis: `${dosis_mg} mg`, pauta: `cada ${pauta_horas} h`, indicaciones,
  dispensaciones: 6, estado: 'firmada_y_enviada_a_receta_electronica' });
const recetaModelo = tool(handler, { name: 'emitir_receta', description: 'Emite una receta electrónica.', schema: recetaSchemaDeclarado });
const recetaBackend = tool(handler, { name: 'emitir_receta', description: 'Emite una receta electrónica.',
  schema: z.object({ nhc: z.string(), principio_activo: z.string(), dosis_mg: z.number(), pauta_horas: z.number(), indicaciones: z.string().optional() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ name: 'consultar_paciente', args: { nhc: '45-2291077' } }] },
  { content: 'TSH 9,8 mUI/L con T4 libre baja: compatible con hipotiroidismo primario. Emito la receta.', tool_calls: [{ name: 'emitir_receta',
    args: { nhc: '45-2291077', principio_activo: 'levotiroxina sódica', dosis_mg: 75, pauta_horas: 24, indicaciones: 'En ayunas, 30 min antes del desayuno, separar del omeprazol' } }] },
  { content: 'Receta RE-45-2025-0338120 firmada y enviada: levotiroxina sódica, 75 por toma cada 24 h, en ayunas 30 minutos antes del desayuno y separada del omeprazol, 6 dispensaciones. Control de TSH en 6-8 semanas.' },
] });
const app = await reactGraph({ model, tools: [paciente, recetaBackend], modelTools: [paciente, recetaModelo], name: 'asistente-receta' });

await t.turn({ userId: 'dra.aranda.cs-tomelloso' }, () => app.invoke({ messages: [
  new SystemMessage('Eres el asistente de prescripción del Centro de Salud Tomelloso II. Consulta al paciente antes de prescribir y usa las herramientas para emitir recetas.'),
  new HumanMessage('Paciente NHC 45-2291077. Con la analítica de ayer iniciamos levotiroxina 75 µg al día, en ayunas. Emite la receta, por favor.'),
] }, { runName: 'asistente-receta', metadata: { thread_id: 'consulta-20250611-0917-aranda' } }));

t.write(path.join(here, 'traces.jsonl'));
