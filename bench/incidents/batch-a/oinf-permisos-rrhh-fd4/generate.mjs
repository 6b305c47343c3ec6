// Spanish HR help desk (LangGraph.js + scripted model), traced by OpenInference. The policy tool
// queries a vector store (retriever span) and returns what the store returns.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('rrhh-asistente', { 'deployment.environment': 'pro-eu-west' });

const store = new ScriptedRetriever({ results: async () => [
  { id: 'pol-es-tt-2024#c3', pageContent: 'Política de teletrabajo (España), apartado 3: la plantilla de oficinas centrales podrá teletrabajar hasta 2 días por semana, previa validación del responsable directo. La empresa abona una compensación de 30 € mensuales por gastos de conexión.',
    metadata: { doc_id: 'POL-ES-TT-2024', seccion: '3', pais: 'ES', score: 0.41 } },
  { id: 'pol-es-tt-2024#c5', pageContent: 'Política de teletrabajo (España), apartado 5: las solicitudes de cambio de modalidad se tramitan en el portal del empleado y se resuelven en un plazo máximo de 10 días hábiles.',
    metadata: { doc_id: 'POL-ES-TT-2024', seccion: '5', pais: 'ES', score: 0.38 } },
] });
const consultar = tool(async ({ consulta }) => {
  const docs = await store.invoke(consulta);
  return JSON.stringify(docs.map((d) => ({ doc: d.metadata.doc_id, seccion: d.metadata.seccion, texto: d.pageContent })));
}, { name: 'consultar_normativa_rrhh', description: 'Busca en la normativa interna de RR. HH. (políticas, convenio, permisos).',
  schema: z.object({ consulta: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'consultar_normativa_rrhh', args: { consulta: 'permiso por nacimiento y cuidado de menor, duración, complemento salarial, preaviso' } }] },
  { content: '¡Enhorabuena, Javier! Según la normativa interna te corresponden 16 semanas de permiso por nacimiento; las 4 primeras deben disfrutarse de forma ininterrumpida tras el parto. ' +
    'Además, la empresa complementa la prestación hasta el 100 % de tu salario bruto durante las 10 primeras semanas. ' +
    'Debes comunicarlo a RR. HH. con al menos 15 días de antelación mediante el formulario RH-27 del portal del empleado, y las 12 semanas restantes puedes repartirlas en bloques semanales hasta que el bebé cumpla 12 meses.' },
] });
const app = await reactGraph({ model, tools: [consultar], name: 'asistente_rrhh' });

await t.turn({ userId: 'emp-ES-20931' }, () => app.invoke({ messages: [
  new SystemMessage('Eres el asistente de RR. HH. de Grupo Meridiano. Responde solo con lo que diga la normativa interna consultada; si no encuentras la información, dilo y remite a rrhh@meridiano.example.'),
  new HumanMessage('Hola, voy a ser padre en junio. ¿Cuántas semanas de permiso tengo, cobro el 100 % y con cuánta antelación tengo que avisar?'),
] }, { metadata: { session_id: 'rrhh-chat-7c1d0e52' }, recursionLimit: 12 }));

t.write(path.join(here, 'spans.otlp.jsonl'));
