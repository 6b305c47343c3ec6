// Universidad (ES): asistente de secretaría con búsqueda en la normativa (retriever dentro de una tool).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('secretaria-virtual', { 'service.namespace': 'uni-campus' });

// El índice de la Facultad de Ciencias todavía no tiene cargada la normativa de 2025.
const retriever = new ScriptedRetriever({ results: async () => [] });
const buscar = tool(async ({ consulta }, runManager) => {
  const docs = await retriever.invoke(consulta, runManager);
  return docs.length ? docs.map((d) => d.pageContent).join('\n---\n') : 'Sin resultados.';
}, { name: 'buscar_normativa', description: 'Busca en la normativa académica vigente de la facultad.',
  schema: z.object({ consulta: z.string() }) });

const replies = [
  { tool_calls: [{ name: 'buscar_normativa', args: { consulta: 'plazo solicitud revisión calificación examen final' } }] },
  { tool_calls: [{ name: 'buscar_normativa', args: { consulta: 'revisión de exámenes procedimiento tasa' } }] },
  { content: 'Puedes solicitar la revisión de tu examen de Termodinámica en un plazo de 10 días hábiles desde la publicación de las calificaciones provisionales. Tienes que presentar el formulario R-7 en la sede electrónica y abonar una tasa de 12,50 €. El departamento debe responder en un máximo de 15 días.' },
];
const app = await reactGraph({ name: 'secretaria', tools: [buscar], model: new ScriptedChatModel({ replies }) });
await t.turn({ userId: 'alu.2291847' }, () => app.invoke({ messages: [
  new SystemMessage('Eres la secretaría virtual de la Facultad de Ciencias. Responde solo con la normativa que encuentres.'),
  new HumanMessage('Hola, me han puesto un 4,6 en Termodinámica. ¿Cuánto tiempo tengo para pedir revisión y qué tengo que hacer?'),
] }, { metadata: { conversation_id: 'conv-20250211-0093' } }));
t.write(path.join(here, 'traces.jsonl'));
