// Asistente de secretaría académica (LangGraph.js, trazas OpenInference, modelo guionizado, sin red).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('secretaria-virtual', { 'service.version': '2.14.0' });

// The policy index was rebuilt overnight and the 2025/26 regulations are not in it yet.
const normativa = new ScriptedRetriever({ results: async () => [] });

const buscarNormativa = tool(async ({ consulta }, config) => {
  const docs = await normativa.invoke(consulta, config);
  if (!docs.length) return JSON.stringify({ consulta, resultados: [], total: 0 });
  return JSON.stringify({ consulta, resultados: docs.map((d) => ({ texto: d.pageContent, ...d.metadata })) });
}, { name: 'buscar_normativa', description: 'Busca en la normativa académica vigente (reglamentos de matrícula, tasas, plazos).',
  schema: z.object({ consulta: z.string() }) });

const expediente = tool(async ({ dni }) => JSON.stringify({ dni, titulacion: 'Grado en Ingeniería Informática', curso: '2025/26',
  matricula: { id: 'MAT-25-0093814', creditos: 60, importe: 1178.40, fecha: '2025-07-21', estado: 'pagada' } }),
  { name: 'consultar_expediente', description: 'Datos de matrícula del estudiante.', schema: z.object({ dni: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ name: 'consultar_expediente', args: { dni: '48291037K' } }] },
  { content: '', tool_calls: [{ name: 'buscar_normativa', args: { consulta: 'anulación de matrícula devolución de tasas plazo porcentaje' } }] },
  { content: 'Hola Lucía. Tu matrícula MAT-25-0093814 (60 créditos, 1.178,40 €) está pagada. Según la normativa de matrícula, si solicitas la anulación antes del 15 de octubre se te devuelve el 100 % de los precios públicos; entre el 16 de octubre y el 30 de noviembre se devuelve el 50 %, y a partir del 1 de diciembre no hay devolución. La solicitud se presenta por la sede electrónica y se resuelve en un plazo máximo de 20 días hábiles. Como hoy estamos en plazo, recuperarías los 1.178,40 € íntegros.' },
] });

const app = await reactGraph({ model, tools: [expediente, buscarNormativa], name: 'secretaria_agent',
  prepare: (m) => [new SystemMessage('Eres el asistente de la Secretaría de la Escuela de Ingeniería. Responde solo con información de la normativa y del expediente.'), ...m] });

await t.turn({ userId: '48291037K' }, () => app.invoke(
  { messages: [new HumanMessage('Buenas, me estoy pensando anular la matrícula de este curso. ¿Me devolverían el dinero? ¿Hasta cuándo tengo?')] },
  { metadata: { session_id: 'SEC-20251003-5d81e0' } }));

t.write(path.join(here, 'traces.jsonl'));
