// HR assistant for a Spanish subsidiary (LangGraph.js + OpenInference, scripted model, offline).
// The policy search tool wraps a vector-store retriever; the employee asks about leave rules.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('portal-empleado-es', { 'deployment.environment': 'prod-eu' });

// The index for the Madrid office was re-built overnight; filtering by office returns nothing.
const retriever = new ScriptedRetriever({ results: async (q) => [] });
const buscarPolitica = tool(async ({ consulta, sede }) => {
  const docs = await retriever.invoke(`${consulta} sede:${sede}`);
  return JSON.stringify({ sede, resultados: docs.map((d) => ({ id: d.metadata.id, texto: d.pageContent })) });
}, { name: 'buscar_politica_rrhh', description: 'Busca en el manual de políticas de RR. HH. por sede.',
  schema: z.object({ consulta: z.string(), sede: z.string() }) });

const consultarSaldo = tool(async ({ empleado_id }) => JSON.stringify({ empleado_id, vacaciones_pendientes_dias: 9, asuntos_propios_dias: 2, anio: 2024 }),
  { name: 'consultar_saldo_ausencias', description: 'Saldo de días de ausencia del empleado.', schema: z.object({ empleado_id: z.string() }) });

const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'consultar_saldo_ausencias', args: { empleado_id: 'E-MAD-04417' } }] },
  { content: '', tool_calls: [{ name: 'buscar_politica_rrhh', args: { consulta: 'permiso por nacimiento y cuidado de menor, preaviso, retribución', sede: 'Madrid' } }] },
  { content: 'Según la política de la sede de Madrid, el permiso por nacimiento es de 19 semanas retribuidas al 100 % del salario base, de las cuales las 6 primeras son obligatorias e ininterrumpidas tras el parto. Debes comunicarlo a RR. HH. con un preaviso mínimo de 15 días naturales a través del portal, y puedes disfrutar las 13 semanas restantes a tiempo parcial hasta que el menor cumpla 12 meses. Además conservas tus 9 días de vacaciones pendientes y 2 de asuntos propios de 2024, que puedes acumular al final del permiso.' },
] });

const app = await reactGraph({ model, tools: [buscarPolitica, consultarSaldo], name: 'asistente-rrhh',
  prepare: (m) => [new SystemMessage('Eres el asistente de RR. HH. de la filial española. Responde solo con la información del manual de políticas y de los sistemas de RR. HH.; si no la encuentras, dilo.'), ...m] });

await t.turn({ userId: 'E-MAD-04417' }, () => app.invoke(
  { messages: [new HumanMessage('Hola, voy a ser padre en marzo. ¿Cuántas semanas de permiso me corresponden, con cuánto preaviso lo tengo que pedir y qué pasa con mis vacaciones pendientes?')] },
  { configurable: { thread_id: 'rrhh-conv-8b21d0' }, metadata: { session_id: 'rrhh-conv-8b21d0' } }));

t.write(path.join(here, 'traces.otlp.jsonl'));
