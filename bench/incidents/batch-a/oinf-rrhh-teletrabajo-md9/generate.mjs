// HR self-service assistant (Spanish) of a Madrid engineering firm: LangGraph.js agent whose policy
// search tool queries a vector store. Traced with OpenInference into OTLP/JSON.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('portal-empleado', { 'service.version': '3.8.1' });

// the policy index was rebuilt for the 2025 handbook; the collection filter still names the old one
const retriever = new ScriptedRetriever({ results: async () => [] });
const buscarNormativa = tool(async ({ consulta, coleccion }, config) => {
  const docs = await retriever.invoke(consulta, config);
  return JSON.stringify({ coleccion, resultados: docs.map((d) => ({ id: d.metadata.id, texto: d.pageContent })), total: docs.length });
}, { name: 'buscar_normativa', description: 'Busca en la normativa interna de RR. HH.',
  schema: z.object({ consulta: z.string(), coleccion: z.string() }) });
const ficha = tool(async ({ empleado }) => JSON.stringify({ empleado, nombre: 'Lucía Ferrán Ortega', puesto: 'Ingeniera de calidad', centro: 'Madrid - Méndez Álvaro', antiguedad: '2021-03-01', jornada: 'completa' }),
  { name: 'ficha_empleado', description: 'Datos laborales del empleado', schema: z.object({ empleado: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ name: 'ficha_empleado', args: { empleado: 'E-20417' } }] },
  { content: '', tool_calls: [{ name: 'buscar_normativa', args: { consulta: 'teletrabajo días por semana compensación gastos', coleccion: 'manual-empleado-2023' } }] },
  { content: 'Hola, Lucía. Según la política de teletrabajo vigente, como ingeniera de calidad a jornada completa en Méndez Álvaro puedes teletrabajar hasta 3 días por semana, siempre que el martes sea presencial. La empresa abona una compensación de 35 € brutos al mes por gastos de conexión y suministros, y en el primer año te reembolsa hasta 250 € en material ergonómico (silla o pantalla). La solicitud se tramita con tu responsable con 15 días de antelación.' },
] });

const app = await reactGraph({ model, tools: [ficha, buscarNormativa], name: 'asistente-rrhh',
  prepare: (m) => [new SystemMessage('Eres el asistente de RR. HH. Responde solo con información de la normativa interna.'), ...m] });
await t.turn({ userId: 'E-20417' }, () => app.invoke({ messages: [new HumanMessage('Hola, soy E-20417. ¿Cuántos días puedo teletrabajar a la semana y me pagáis algo por los gastos de casa?')] },
  { metadata: { session_id: 'rrhh-2025-02-11-E20417-0931' } }));
t.write(path.join(here, 'traces.jsonl'));
