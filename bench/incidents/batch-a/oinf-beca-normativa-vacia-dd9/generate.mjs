// University student office assistant (Spanish): the regulations search over the scholarship
// knowledge base comes back with no documents (index for the 2026 call not loaded), and the answer
// still quotes coverage, deadline and minimum grade.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');

const t = tracing('secretaria-virtual-uni', { 'deployment.environment': 'produccion' });

const kb = new ScriptedRetriever({ results: async () => [] });
const buscar = tool(async ({ consulta, convocatoria }, config) => {
  const docs = await kb.invoke(`${consulta} (convocatoria ${convocatoria})`, config);
  return JSON.stringify({ convocatoria, resultados: docs.map((d) => ({ id: d.metadata.id, texto: d.pageContent })), total: docs.length });
}, { name: 'buscar_normativa_becas', description: 'Busca artículos de las bases reguladoras de becas y ayudas de la universidad.',
  schema: z.object({ consulta: z.string(), convocatoria: z.string() }) });

const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'buscar_normativa_becas', args: { consulta: 'beca de excelencia matrícula cuantía requisitos plazo solicitud', convocatoria: '2026-2027' } }] },
  { content: '¡Hola, Lucía! Sí, puedes optar a la Beca de Excelencia 2026-2027. Cubre el 75 % del importe de la matrícula de primera ocupación y se exige una nota media mínima de 8,25 en el curso anterior. El plazo de solicitud es de 20 días hábiles desde la publicación de la convocatoria en el BOUC, y la resolución se comunica en un máximo de 3 meses. Recuerda adjuntar el certificado académico.' },
] });

const app = await reactGraph({ model, tools: [buscar], name: 'secretaria-virtual' });
await t.turn({ userId: 'est-20231187' }, () => app.invoke({ messages: [
  new SystemMessage('Eres la secretaría virtual de la Universidad. Responde sobre becas solo con lo que diga la normativa que encuentres con buscar_normativa_becas.'),
  new HumanMessage('Hola, soy Lucía, de 3º de Ingeniería Química. ¿Puedo pedir la beca de excelencia este curso? ¿Cuánto cubre y hasta cuándo tengo para solicitarla?'),
] }, { metadata: { session_id: 'sv-chat-5c1e9a' }, configurable: { thread_id: 'sv-chat-5c1e9a' } }));
t.write(path.join(here, 'traces.otlp.jsonl'));
