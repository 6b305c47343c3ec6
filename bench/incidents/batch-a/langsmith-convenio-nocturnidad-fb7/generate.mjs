// Spanish HR self-service assistant answering from collective agreements (convenios) in a vector index.
// LangGraph agent <-> ToolNode; the search tool calls a retriever (child retriever run). Scripted model,
// LangSmith runs captured through the shared harness.
import path from 'node:path';
import { ScriptedChatModel, tool, FnRetriever, agentGraph, traced, writeRuns, startClock, here,
  SystemMessage, HumanMessage, Document, z } from '../../harness/langsmith/lib.mjs';

startClock('2026-11-30T21:47:19.000Z', 44);

// The index only holds the Málaga hospitality agreement; nothing for Valencia.
const corpus = [
  new Document({ pageContent: 'Artículo 31. Vacaciones. El personal disfrutará de treinta días naturales de vacaciones retribuidas, de los cuales al menos quince se disfrutarán entre junio y septiembre, salvo pacto en contrario.',
    metadata: { convenio: 'Hostelería de la provincia de Málaga 2022-2025', boe_bop: 'BOP Málaga n.º 141', articulo: '31', chunk_id: 'hos-mal-0312' } }),
];
const retriever = new FnRetriever({ name: 'convenios-pgvector', search: (q) =>
  /valencia/i.test(q) ? [] : corpus });

const buscarConvenio = tool(async ({ consulta }, config) => {
  const docs = await retriever.invoke(consulta, config);
  return docs.length ? JSON.stringify(docs.map((d) => ({ texto: d.pageContent, ...d.metadata })))
    : JSON.stringify({ resultados: [], aviso: 'sin coincidencias en el índice' });
}, { name: 'buscar_convenio', description: 'Busca artículos del convenio colectivo aplicable.',
  schema: z.object({ consulta: z.string() }) });

const model = new ScriptedChatModel({ model: 'claude-3-5-haiku-20241022', provider: 'anthropic', replies: [
  { tool_calls: [{ id: 'toolu_01HqLw3', name: 'buscar_convenio', args: { consulta: 'convenio hostelería Valencia plus nocturnidad y permiso por traslado de domicilio' } }] },
  { tool_calls: [{ id: 'toolu_01HqLw4', name: 'buscar_convenio', args: { consulta: 'hostelería plus de nocturnidad permiso mudanza' } }] },
  { content: 'Según el convenio de hostelería que te aplica:\n\n- **Plus de nocturnidad:** las horas trabajadas entre las 22:00 y las 6:00 se pagan con un recargo del 25 % sobre el salario base.\n- **Permiso por traslado de domicilio:** tienes 2 días laborables retribuidos, ampliables a 4 si el traslado es a otra provincia.\n\nPuedes solicitar el permiso desde el portal con 7 días de antelación.' },
] });

const app = agentGraph({ model, tools: [buscarConvenio], name: 'rrhh-autoservicio' });
await traced(app, { messages: [
  new SystemMessage('Eres el asistente de RR. HH. del grupo Arrocería Turia S.L. Responde solo con lo que digan los convenios recuperados.'),
  new HumanMessage('Hola, soy camarera en el local de Ruzafa (Valencia). ¿Cuánto me tienen que pagar de plus por las horas de noche? Y me mudo el mes que viene, ¿cuántos días de permiso me corresponden?'),
] }, { project: 'rrhh-turia', metadata: { session_id: 'RRHH#000918273', user_id: 'emp-VLC-2231' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
