// Travel-insurance assistant (Spanish). Policy wording is looked up in a vector store through a tool.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('viajes-asistente', { 'deployment.environment': 'production' });
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

// the index was rebuilt with a new product code namespace; filters on the old one match nothing
const retriever = new ScriptedRetriever({ results: async () => [] });

const poliza = tool(async ({ numero_poliza }) => JSON.stringify({
  numero_poliza, titular: 'Lucía Ferrándiz Soler', producto: 'VIAJE-PLUS-ANUAL', vigencia: '2025-02-01/2026-01-31', estado: 'activa',
}), { name: 'consultar_poliza', description: 'Datos de una póliza por su número.', schema: z.object({ numero_poliza: z.string() }) });

const condiciones = tool(async ({ consulta, producto }, config) => {
  const docs = await retriever.invoke(`${producto}: ${consulta}`, config);
  return JSON.stringify({ producto, fragmentos: docs.map((d) => d.pageContent) });
}, { name: 'buscar_condiciones', description: 'Busca en el condicionado general de un producto.',
  schema: z.object({ consulta: z.string(), producto: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ name: 'consultar_poliza', args: { numero_poliza: 'VP-2025-0093381' } }] },
  { content: '', tool_calls: [{ name: 'buscar_condiciones', args: { producto: 'VIAJE-PLUS-ANUAL', consulta: 'cancelación del viaje por enfermedad de un familiar, límite y franquicia' } }] },
  { content: 'Sí, Lucía: su póliza VIAJE-PLUS-ANUAL está activa y cubre la cancelación por enfermedad grave de un familiar de primer grado. El límite es de 3.000 € por asegurado y se aplica una franquicia de 75 €. Debe comunicar la cancelación en un plazo máximo de 7 días desde el diagnóstico, adjuntando el informe médico y las facturas del viaje. El reembolso suele tramitarse en 30 días.' },
] });

const SYSTEM = 'Eres el asistente de Asegura Viajes. Responde solo con lo que diga el condicionado del producto contratado.';
const app = await reactGraph({ model, tools: [poliza, condiciones], prepare: (m) => [new SystemMessage(SYSTEM), ...m], name: 'asistente_polizas' });
const sid = 'chat_01JQ7ZK4M2VXN8R3T6B9WCEHDA';
await t.turn({ userId: 'cli-5581204' }, () => app.invoke({ messages: [new HumanMessage(
  'Hola, tengo la póliza VP-2025-0093381. Mi padre ha ingresado en el hospital y tengo que cancelar el viaje a Lisboa del día 20. ¿Me cubre? ¿Cuánto me devolverían y qué plazo tengo?')] },
  { metadata: { session_id: sid }, recursionLimit: 20 }));
t.write(path.join(here, 'traces.otlp.jsonl'));
